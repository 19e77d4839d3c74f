import {
  openPeriod,
  trends,
  type Granularity,
  type ReadModelDatabase,
  type Trends,
} from '@redress/read-models';
import type { LocalDate } from '@redress/complaints';
import type { Kysely } from 'kysely';

/** What one trends table needs: plain data, so it can be handed to the counting thread. */
export interface TrendsRequest {
  readonly granularity: Granularity;
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

/** Trends by period, counted wherever the counting runs (read-model-counter.ts). */
export function countTrends(
  db: Kysely<ReadModelDatabase>,
  { granularity, from, to }: TrendsRequest,
): Promise<Trends> {
  return trends(db, granularity, openPeriod(from, to));
}

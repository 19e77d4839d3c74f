import { PolicyRegistry } from '@redress/complaints';
import {
  tenantSatisfactionMeasures,
  type ReadModelDatabase,
  type TsmOptions,
  type TsmReport,
} from '@redress/read-models';
import type { Kysely } from 'kysely';

/** What one TSM return needs: plain data, so it can be handed to the counting thread. */
export interface TsmRequest extends Omit<TsmOptions, 'policies'> {
  /** The reporting year, e.g. 2024/25. */
  readonly year: string;
}

/** The TSM return (CH01, CH02), counted wherever the counting runs (read-model-counter.ts). */
export function countTsm(
  db: Kysely<ReadModelDatabase>,
  { year, ...options }: TsmRequest,
): Promise<TsmReport> {
  // The same registry the decider and every report use: a class, so not sent across a thread.
  return tenantSatisfactionMeasures(db, year, { ...options, policies: PolicyRegistry.default() });
}

import type { LocalDate } from '@redress/complaints';
import {
  ombudsmanSummary,
  type OmbudsmanSummary,
  type Period,
  type ReadModelDatabase,
} from '@redress/read-models';
import type { Kysely } from 'kysely';

/** What the Ombudsman report needs: plain data, for the counting thread. */
export interface OmbudsmanReportRequest {
  readonly period: Period;
  /** The day its orders are judged on: overdue or not. */
  readonly asOf: LocalDate;
}

/** The Ombudsman's findings and orders in a period (CHC 9.7), counted wherever the counting runs. */
export function countOmbudsmanReport(
  db: Kysely<ReadModelDatabase>,
  { period, asOf }: OmbudsmanReportRequest,
): Promise<OmbudsmanSummary> {
  return ombudsmanSummary(db, period, asOf);
}

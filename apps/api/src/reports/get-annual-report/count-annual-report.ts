import { PolicyRegistry } from '@redress/complaints';
import {
  buildAnnualReport,
  type AnnualReport,
  type AnnualReportOptions,
  type ReadModelDatabase,
} from '@redress/read-models';
import type { Kysely } from 'kysely';

/** What one annual report needs: plain data, so it can be handed to the counting thread. */
export interface AnnualReportRequest extends Omit<AnnualReportOptions, 'policies'> {
  /** The reporting year, e.g. 2024/25. */
  readonly year: string;
}

/** The annual report (CHC 8.1), counted wherever the counting runs (read-model-counter.ts). */
export function countAnnualReport(
  db: Kysely<ReadModelDatabase>,
  { year, ...options }: AnnualReportRequest,
): Promise<AnnualReport> {
  // The same registry the decider and every report use: a class, so not sent across a thread.
  return buildAnnualReport(db, year, { ...options, policies: PolicyRegistry.default() });
}

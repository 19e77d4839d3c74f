import {
  learningLog,
  type LearningLog,
  type Period,
  type ReadModelDatabase,
} from '@redress/read-models';
import type { Kysely } from 'kysely';

/** What the learning log needs: plain data, for the counting thread. */
export interface LearningLogRequest {
  readonly period: Period;
  readonly filter: { readonly category?: string; readonly rootCause?: string };
}

/** The learning log of a period (CHC 9.1–9.3), counted wherever the counting runs. */
export function countLearningLog(
  db: Kysely<ReadModelDatabase>,
  { period, filter }: LearningLogRequest,
): Promise<LearningLog> {
  return learningLog(db, period, filter);
}

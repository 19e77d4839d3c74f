import type { LocalDate } from '@redress/complaints';
import {
  selfAssessmentEvidence,
  type Period,
  type ReadModelDatabase,
  type SelfAssessmentEvidence,
} from '@redress/read-models';
import type { Kysely } from 'kysely';

/** What the self-assessment's evidence needs: plain data, for the counting thread. */
export interface SelfAssessmentRequest {
  readonly period: Period;
  readonly today: LocalDate;
}

/** The self-assessment's evidence (CHC 8.1(a)), counted wherever the counting runs. */
export function countSelfAssessment(
  db: Kysely<ReadModelDatabase>,
  { period, today }: SelfAssessmentRequest,
): Promise<SelfAssessmentEvidence> {
  return selfAssessmentEvidence(db, period, today);
}

import { within, type Period } from '../periods/reporting-period';
import type { ComplaintFacts } from './complaint-facts';

export type StageNo = 1 | 2;

/**
 * A Stage 1 complaint is one accepted into the process; a complaint refused under Section 2 is
 * reported as refused, not as received (CHC 8.1(b)). [UNCONFIRMED] definitions are in
 * docs/reports.md.
 */
export function receivedAtStage(f: ComplaintFacts, stage: StageNo, period: Period): boolean {
  return stage === 1
    ? within(f.received_on, period) && f.not_accepted_on === null
    : within(f.escalation_requested_on, period) && f.escalation_refused_on === null;
}

export function respondedAtStage(f: ComplaintFacts, stage: StageNo, period: Period): boolean {
  return within(stage === 1 ? f.s1_responded_on : f.s2_responded_on, period);
}

export function acknowledgedAtStage(f: ComplaintFacts, stage: StageNo, period: Period): boolean {
  return within(stage === 1 ? f.s1_acknowledged_on : f.s2_acknowledged_on, period);
}

export interface StageTimeliness {
  readonly acknowledgedInTime: boolean;
  /** Responded by the original date (10 / 20 working days from acknowledgement). */
  readonly respondedByOriginalDate: boolean;
  /** Responded by the date in force after notified extensions (CHC 6.4–6.5). */
  readonly respondedByExtendedDate: boolean;
  readonly extended: boolean;
}

/** The facts CH02 reads: received, acknowledged and responded dates (RSH guidance, §9). */
export function stageTimeliness(f: ComplaintFacts, stage: StageNo): StageTimeliness {
  const s =
    stage === 1
      ? [
          f.s1_acknowledged_on,
          f.s1_ack_due_on,
          f.s1_responded_on,
          f.s1_response_original_due_on,
          f.s1_response_due_on,
          f.s1_extensions,
        ]
      : [
          f.s2_acknowledged_on,
          f.s2_ack_due_on,
          f.s2_responded_on,
          f.s2_response_original_due_on,
          f.s2_response_due_on,
          f.s2_extensions,
        ];
  const [acked, ackDue, responded, originalDue, dueInForce, extensions] = s as [
    string | null,
    string | null,
    string | null,
    string | null,
    string | null,
    number,
  ];
  const acknowledgedInTime = !!acked && !!ackDue && acked <= ackDue;
  return {
    acknowledgedInTime,
    respondedByOriginalDate:
      acknowledgedInTime && !!responded && !!originalDue && responded <= originalDue,
    respondedByExtendedDate:
      acknowledgedInTime && !!responded && !!dueInForce && responded <= dueInForce,
    extended: extensions > 0,
  };
}

/** In time for CH02: the switch says whether a properly notified extension counts. */
export function respondedInTime(
  f: ComplaintFacts,
  stage: StageNo,
  extensionsCountAsInTime: boolean,
): boolean {
  const t = stageTimeliness(f, stage);
  return extensionsCountAsInTime ? t.respondedByExtendedDate : t.respondedByOriginalDate;
}

/** A share as a percentage to one decimal place, or null when there is nothing to divide by. */
export function percentage(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;
}

/** Nearest-rank percentile of whole working days; null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

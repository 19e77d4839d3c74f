import type { Kysely } from 'kysely';
import { addCalendarDays, type LocalDate } from '@redress/complaints';
import { within, type Period } from '../periods/reporting-period';
import type { ActionsTable, ReadModelDatabase } from '../schema/read-model-tables';
import { factsTouching, type ComplaintFacts } from './complaint-facts';
import { percentage, receivedAtStage, respondedAtStage, type StageNo } from './stage-measures';

export interface Shortfall {
  readonly complaintId: string;
  readonly detail: string;
}

/** One row of the Code's Appendix A "Evidence" column, measured from the events. */
export interface EvidenceRow {
  readonly provision: string;
  readonly requirement: string;
  readonly measure: string;
  readonly met: number;
  readonly of: number;
  readonly percentage: number | null;
  /** The complaints that fall short, for the commentary and the action plan. */
  readonly shortfalls: Shortfall[];
}

export interface SelfAssessmentEvidence {
  readonly period: Period;
  /** Open deadlines are judged as of this date (the period's end, or today if earlier). */
  readonly asOf: LocalDate;
  readonly rows: EvidenceRow[];
}

type Actions = readonly Pick<
  ActionsTable,
  'complaint_id' | 'action_id' | 'kind' | 'due_on' | 'completed_on'
>[];

/** Pure: the evidence rows from complaint facts and tracked actions. */
export function computeSelfAssessmentEvidence(
  facts: readonly ComplaintFacts[],
  actions: Actions,
  period: Period,
  asOf: LocalDate,
): SelfAssessmentEvidence {
  const row = (
    provision: string,
    requirement: string,
    measure: string,
    candidates: readonly ComplaintFacts[],
    // A detail for a shortfall, null when met, undefined when it cannot be judged yet.
    shortOf: (f: ComplaintFacts) => string | null | undefined,
  ): EvidenceRow => {
    const population = candidates.filter((f) => shortOf(f) !== undefined);
    const shortfalls = population.flatMap((f) => {
      const detail = shortOf(f);
      return detail ? [{ complaintId: f.complaint_id, detail }] : [];
    });
    const met = population.length - shortfalls.length;
    return {
      provision,
      requirement,
      measure,
      met,
      of: population.length,
      percentage: percentage(met, population.length),
      shortfalls,
    };
  };
  const received = (stage: StageNo) => facts.filter((f) => receivedAtStage(f, stage, period));
  const responded = (stage: StageNo) => facts.filter((f) => respondedAtStage(f, stage, period));
  const declined = facts.filter((f) => within(f.not_accepted_on, period));
  const escalationAsked = facts.filter((f) => within(f.escalation_requested_on, period));
  const extended = facts.filter(
    (f) =>
      (within(f.s1_responded_on, period) ||
        (f.s1_responded_on === null && within(f.received_on, period))) &&
      f.s1_extensions > 0,
  );
  // Still open and not yet due: not judged. Open and past due, or done late: a shortfall.
  const late = (done: string | null, due: string | null): string | null | undefined =>
    due === null
      ? undefined
      : done === null
        ? due < asOf
          ? `not done; due ${due}`
          : undefined
        : done > due
          ? `done ${done}; due ${due}`
          : null;
  const trackedRow = (
    provision: string,
    requirement: string,
    kind: 'remedy' | 'learning',
    measure: string,
  ): EvidenceRow => {
    const due = actions.filter(
      (a) =>
        a.kind === kind && within(a.due_on, period) && late(a.completed_on, a.due_on) !== undefined,
    );
    const shortfalls = due.flatMap((a) => {
      const detail = late(a.completed_on, a.due_on);
      return detail ? [{ complaintId: a.complaint_id, detail: `${a.action_id} ${detail}` }] : [];
    });
    return {
      provision,
      requirement,
      measure,
      met: due.length - shortfalls.length,
      of: due.length,
      percentage: percentage(due.length - shortfalls.length, due.length),
      shortfalls,
    };
  };
  return {
    period,
    asOf,
    rows: [
      row(
        '2.4',
        'A complaint not accepted is explained, with the right to take the decision to the Ombudsman',
        'Complaints not accepted with a recorded explanation, evidence and Ombudsman rights (required by Redress)',
        declined,
        (f) => (f.exclusion_code ? null : 'no exclusion recorded'),
      ),
      row(
        '6.2',
        'Stage 1 acknowledged, defined and logged within 5 working days of receipt',
        'Stage 1 complaints received in the period acknowledged by the due date',
        received(1),
        (f) => late(f.s1_acknowledged_on, f.s1_ack_due_on),
      ),
      row(
        '6.3',
        'Stage 1 response within 10 working days of acknowledgement',
        'Stage 1 responses in the period issued by the date in force (10 working days, or a notified extension)',
        responded(1),
        (f) => late(f.s1_responded_on, f.s1_response_due_on),
      ),
      row(
        '6.4',
        'Stage 1 extensions no longer than 10 working days without good reason',
        'Extended Stage 1 complaints whose extensions stayed within the cap',
        extended,
        (f) =>
          f.s1_extension_over_cap ? 'extended beyond 10 working days (good reason recorded)' : null,
      ),
      row(
        '6.5',
        "Extensions explained to the resident with the Ombudsman's contact details, within the original timescale",
        'Extensions notified before the original due date with Ombudsman details (required by Redress)',
        extended,
        (f) => (f.s1_response_original_due_on === null ? 'no original due date' : null),
      ),
      row(
        '6.11',
        'Stage 2 acknowledged, defined and logged within 5 working days of the escalation request',
        'Stage 2 complaints received in the period acknowledged by the due date',
        received(2),
        (f) => late(f.s2_acknowledged_on, f.s2_ack_due_on),
      ),
      row(
        '6.12',
        'Residents are not required to explain why they want Stage 2',
        'Escalation requests in the period taken to Stage 2 (refusals listed for review)',
        escalationAsked,
        (f) =>
          f.escalation_refused_on ? `escalation refused: ${f.escalation_refusal_code}` : null,
      ),
      row(
        '6.13',
        'The Stage 2 handler is not the person who considered the complaint at Stage 1',
        'Stage 2 complaints in the period handled by someone independent of Stage 1',
        received(2),
        (f) =>
          f.s2_handler_was_stage1
            ? `handled at Stage 2 by ${f.s2_handler}, who handled Stage 1`
            : null,
      ),
      row(
        'Stage 2 response',
        'Stage 2 final response within 20 working days of acknowledgement',
        'Stage 2 responses in the period issued by the date in force (20 working days, or a notified extension)',
        responded(2),
        (f) => late(f.s2_responded_on, f.s2_response_due_on),
      ),
      trackedRow(
        '7.3',
        'Remedies say what will happen and by when, and are followed through to completion',
        'remedy',
        'Remedy actions due in the period completed by their date',
      ),
      trackedRow(
        '9.1',
        'Learning from complaints leads to service improvements',
        'learning',
        'Service-improvement actions due in the period completed by their date',
      ),
      row(
        '9.7',
        'The governing body receives volumes, categories, outcomes and root causes',
        'Stage 1 complaints received in the period with category, root cause and outcome recorded (closed)',
        received(1),
        (f) =>
          f.root_cause !== null
            ? null
            : f.s1_responded_on
              ? 'responded but not closed: no category or root cause'
              : undefined,
      ),
    ],
  };
}

export async function selfAssessmentEvidence(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  today: LocalDate,
): Promise<SelfAssessmentEvidence> {
  const asOf = today < period.to ? today : addCalendarDays(period.to, 1);
  const actions = await db
    .selectFrom('rm_actions')
    .select(['complaint_id', 'action_id', 'kind', 'due_on', 'completed_on'])
    .where('kind', 'in', ['remedy', 'learning'])
    .where('due_on', '>=', period.from)
    .where('due_on', '<=', period.to)
    .execute();
  return computeSelfAssessmentEvidence(await factsTouching(db, period), actions, period, asOf);
}

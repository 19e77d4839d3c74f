import type { LocalDate } from '../calendar/local-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { CodePolicy } from '../policy/code-policy';
import type { ActionKind, ComplaintRecord, StageRecord } from '../state/complaint-state';
import type { Deadline, DeadlineKind } from './deadline';
import { judgeDeadline, type DeadlineFacts } from './deadline-status';
import { acknowledgementDueOn, originalResponseDueOn } from './stage-due-dates';

const ACTION_KINDS: Record<ActionKind, DeadlineKind> = {
  remedy: 'REMEDY',
  outstanding: 'OUTSTANDING_ACTION',
  learning: 'LEARNING_ACTION',
};
/** Remedies are followed through (7.3), outstanding actions tracked (6.6), learning acted on (9.1). */
const ACTION_PROVISIONS: Record<ActionKind, string> = {
  remedy: 'CHC 7.3',
  outstanding: 'CHC 6.6',
  learning: 'CHC 9.1',
};

/**
 * Every deadline of a complaint as of a date, recomputed from its facts each time: nothing is
 * scheduled, so a calendar or policy correction is reflected at once. Facts dated after `asOf`
 * are ignored, so the answer is the one that held on that day.
 */
export function computeDeadlines(
  record: ComplaintRecord,
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
  policy: CodePolicy,
): Deadline[] {
  if (asOf < record.receivedOn) return []; // nothing was due before the complaint existed
  const facts: DeadlineFacts[] = [
    ...stageDeadlines(record, record.stage1, asOf, calendar, policy),
    ...(record.stage2 && record.stage2.triggeredOn <= asOf
      ? stageDeadlines(record, record.stage2, asOf, calendar, policy)
      : []),
    ...record.actions
      .filter((a) => a.setOn <= asOf)
      .map((a) => ({
        kind: ACTION_KINDS[a.kind],
        provision: ACTION_PROVISIONS[a.kind],
        ref: a.actionId,
        startedOn: a.setOn,
        dueOn: a.dueOn,
        originalDueOn: a.dueOn,
        extended: false,
        completedOn: a.completedOn,
      })),
    ...(record.ombudsman?.orders ?? [])
      .filter((o) => o.effectiveOn <= asOf)
      .map((o) => ({
        kind: 'OMBUDSMAN_ORDER' as const,
        provision: 'Housing Ombudsman order',
        ref: o.orderId,
        startedOn: o.effectiveOn,
        dueOn: o.dueOn,
        originalDueOn: o.dueOn,
        extended: false,
        completedOn: o.compliedOn,
      })),
  ];
  return facts.map((f) => judgeDeadline(f, asOf, calendar));
}

function stageDeadlines(
  record: ComplaintRecord,
  s: StageRecord,
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
  policy: CodePolicy,
): DeadlineFacts[] {
  const stopped = firstOf(
    s.stage === 1 ? record.notAccepted?.effectiveOn : record.stage2?.refusal?.effectiveOn,
    record.withdrawnOn,
  );
  const ackDue = acknowledgementDueOn(s, policy, calendar);
  const facts: DeadlineFacts[] = [
    {
      kind: s.stage === 1 ? 'STAGE1_ACKNOWLEDGEMENT' : 'STAGE2_ACKNOWLEDGEMENT',
      provision: s.stage === 1 ? 'CHC 6.2' : 'CHC 6.11',
      startedOn: s.triggeredOn,
      dueOn: ackDue,
      originalDueOn: ackDue,
      extended: false,
      completedOn: s.acknowledgedOn,
      stoppedOn: stopped,
    },
  ];
  const original = originalResponseDueOn(s, policy, calendar);
  if (original !== undefined && s.acknowledgedOn !== undefined && s.acknowledgedOn <= asOf) {
    const extensions = s.extensions.filter((e) => e.notifiedOn <= asOf);
    facts.push({
      kind: s.stage === 1 ? 'STAGE1_RESPONSE' : 'STAGE2_RESPONSE',
      provision: s.stage === 1 ? 'CHC 6.3–6.4' : 'CHC Stage 2 response (20 working days)',
      startedOn: s.acknowledgedOn,
      dueOn: extensions[extensions.length - 1]?.newDueOn ?? original,
      originalDueOn: original,
      extended: extensions.length > 0,
      completedOn: s.response?.respondedOn,
      stoppedOn: record.withdrawnOn,
    });
  }
  return facts;
}

function firstOf(...dates: (LocalDate | undefined)[]): LocalDate | undefined {
  return dates.filter((d): d is LocalDate => d !== undefined).sort()[0];
}

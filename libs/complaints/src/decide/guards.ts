import { isLocalDate, londonDateOf, type LocalDate } from '../calendar/local-date';
import type { ComplaintCommand } from '../commands/complaint-command';
import { ComplaintError, ensure } from '../errors/complaint-error';
import type { ComplaintEvent, ComplaintEventType } from '../events/complaint-event';
import { lifecycleAccepts, statusOf } from '../lifecycle/lifecycle';
import type { Stage } from '../model/vocabulary';
import type { CodePolicy } from '../policy/code-policy';
import type { ComplaintRecord, ComplaintState } from '../state/complaint-state';
import type { DecisionContext } from './decision-context';

/** The complaint the command is about, or COMPLAINT_NOT_FOUND. */
export function existing(state: ComplaintState, command: ComplaintCommand): ComplaintRecord {
  if (state.complaint === null) throw ComplaintError.notFound(command.complaintId);
  return state.complaint;
}

/**
 * Refuses a command whose event the lifecycle machine would not accept now. The machine's
 * guards read only the event's `stage` and `orderId`, so a probe event is enough to ask.
 */
export function ensureTransition(
  state: ComplaintState,
  command: ComplaintCommand,
  eventType: ComplaintEventType,
  probeData: { stage?: Stage; orderId?: string } = {},
): void {
  const probe = {
    type: eventType,
    data: { effectiveOn: '', ...probeData },
  } as unknown as ComplaintEvent;
  if (!lifecycleAccepts(state.lifecycle, probe)) {
    throw ComplaintError.illegalTransition(command.type, statusOf(state.lifecycle));
  }
}

/** Today in England, from the injected clock. */
export function today(ctx: DecisionContext): LocalDate {
  return londonDateOf(ctx.now);
}

/**
 * The business date a command takes effect: today unless the officer gives an earlier date
 * with a reason. It may not be in the future nor before the step it follows.
 */
export function effectiveDate(
  command: ComplaintCommand,
  ctx: DecisionContext,
  notBefore?: LocalDate,
): { effectiveOn: LocalDate; backdateReason?: string } {
  const now = today(ctx);
  const effectiveOn = command.effectiveOn ?? now;
  ensureDate(effectiveOn, 'effectiveOn');
  ensure(
    effectiveOn <= now,
    'DATE_IN_FUTURE',
    `effectiveOn ${effectiveOn} is after today (${now})`,
  );
  if (notBefore !== undefined) {
    ensure(
      effectiveOn >= notBefore,
      'DATE_BEFORE_PREVIOUS_STEP',
      `effectiveOn ${effectiveOn} is before the previous step on ${notBefore}`,
    );
  }
  if (effectiveOn < now) {
    ensure(
      hasText(command.backdateReason),
      'BACKDATE_REASON_REQUIRED',
      `effectiveOn ${effectiveOn} is before today (${now}); give a backdateReason`,
    );
    return { effectiveOn, backdateReason: command.backdateReason };
  }
  return { effectiveOn };
}

export function ensureDate(value: unknown, field: string): asserts value is LocalDate {
  ensure(isLocalDate(value), 'INVALID_COMMAND', `${field} must be a date written YYYY-MM-DD`);
}

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function policyOf(record: ComplaintRecord, ctx: DecisionContext): CodePolicy {
  return ctx.policies.get(record.policyVersion);
}

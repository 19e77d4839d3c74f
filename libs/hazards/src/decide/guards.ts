import { londonDateOf } from '@redress/complaints';
import type { HazardCommand } from '../commands/hazard-command';
import { ensure, HazardError } from '../errors/hazard-error';
import type { HazardEvent, HazardEventType } from '../events/hazard-event';
import type { HazardFact } from '../events/hazard-fact';
import { hazardLifecycleAccepts, hazardStatusOf } from '../lifecycle/lifecycle';
import type { HazardPolicy } from '../policy/hazard-policy';
import type { HazardRecord, HazardState } from '../state/hazard-state';
import type { HazardDecisionContext } from './decision-context';

/** The case the command is about, or HAZARD_NOT_FOUND. */
export function existing(state: HazardState, command: HazardCommand): HazardRecord {
  if (state.hazard === null) {
    throw new HazardError('HAZARD_NOT_FOUND', `Hazard case ${command.hazardId} does not exist`);
  }
  return state.hazard;
}

/** Refuses a command whose event the lifecycle machine would not accept now. */
export function ensureTransition(
  state: HazardState,
  command: HazardCommand,
  eventType: HazardEventType,
  probeData: Record<string, unknown> = {},
): void {
  const probe = { type: eventType, data: { at: '', effectiveOn: '', ...probeData } };
  if (!hazardLifecycleAccepts(state.lifecycle, probe as unknown as HazardEvent)) {
    throw new HazardError(
      'ILLEGAL_TRANSITION',
      `${command.type} is not allowed while the hazard case is ${hazardStatusOf(state.lifecycle)}`,
    );
  }
}

/**
 * The instant a step happened: now unless the officer gives an earlier one. Never in the
 * future, never before the step it follows, and on an earlier day only with a reason.
 */
export function stepTime(
  command: HazardCommand,
  ctx: HazardDecisionContext,
  notBefore?: string,
): HazardFact {
  const now = ctx.now.toISOString();
  const at = command.at === undefined ? now : instant(command.at, 'at');
  ensure(at <= now, 'TIME_IN_FUTURE', `at ${at} is after now (${now})`);
  if (notBefore !== undefined) {
    ensure(
      at >= notBefore,
      'TIME_BEFORE_PREVIOUS_STEP',
      `at ${at} is before the step it follows (${notBefore})`,
    );
  }
  const effectiveOn = londonDateOf(at);
  if (effectiveOn < londonDateOf(now)) {
    ensure(
      hasText(command.backdateReason),
      'BACKDATE_REASON_REQUIRED',
      `at ${at} is on an earlier day than today; give a backdateReason`,
    );
    return { at, effectiveOn, backdateReason: command.backdateReason };
  }
  return { at, effectiveOn };
}

/** An ISO 8601 instant with a zone, normalised to UTC so instants sort as text. */
export function instant(value: unknown, field: string): string {
  try {
    londonDateOf(value as string); // rejects a missing zone and impossible dates
  } catch {
    throw new HazardError(
      'INVALID_COMMAND',
      `${field} must be an ISO 8601 date-time with Z or an offset`,
    );
  }
  return new Date(value as string).toISOString();
}

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function requireText(value: unknown, field: string): string {
  ensure(hasText(value), 'INVALID_COMMAND', `${field} is required`);
  return value;
}

/** The policy version the case recorded when its scope was decided. */
export function policyOf(record: HazardRecord, ctx: HazardDecisionContext): HazardPolicy {
  const version = record.scope?.policyVersion;
  const policy = version === undefined ? undefined : ctx.policies.get(version);
  ensure(policy, 'OUT_OF_SCOPE', `Hazard case ${record.hazardId} has no Awaab's Law policy`);
  return policy;
}

import { isLocalDate, londonDateOf, type LocalDate } from '@redress/complaints';
import type { ServiceRequestCommand } from '../commands/service-request-command';
import { ensure, ServiceRequestError } from '../errors/service-request-error';
import type {
  ServiceRequestEvent,
  ServiceRequestEventType,
} from '../events/service-request-events';
import { serviceRequestAccepts, serviceRequestStatusOf } from '../lifecycle/lifecycle';
import type { ServiceRequestRecord, ServiceRequestState } from '../state/service-request-state';
import type { ServiceRequestDecisionContext } from './decision-context';

export function existing(
  state: ServiceRequestState,
  command: ServiceRequestCommand,
): ServiceRequestRecord {
  if (state.request === null) {
    throw new ServiceRequestError(
      'SERVICE_REQUEST_NOT_FOUND',
      `Service request ${command.serviceRequestId} does not exist`,
    );
  }
  return state.request;
}

export function ensureTransition(
  state: ServiceRequestState,
  command: ServiceRequestCommand,
  eventType: ServiceRequestEventType,
): void {
  const probe = { type: eventType, data: { effectiveOn: '' } } as unknown as ServiceRequestEvent;
  if (!serviceRequestAccepts(state.lifecycle, probe)) {
    throw new ServiceRequestError(
      'ILLEGAL_TRANSITION',
      `${command.type} is not allowed while the service request is ${serviceRequestStatusOf(state.lifecycle)}`,
    );
  }
}

/** Today unless an earlier date is given with a reason; never future, never before the last step. */
export function effectiveDate(
  command: ServiceRequestCommand,
  ctx: ServiceRequestDecisionContext,
  notBefore?: LocalDate,
): { effectiveOn: LocalDate; backdateReason?: string } {
  const today = londonDateOf(ctx.now);
  const effectiveOn = command.effectiveOn ?? today;
  ensure(isLocalDate(effectiveOn), 'INVALID_COMMAND', 'effectiveOn must be written YYYY-MM-DD');
  ensure(effectiveOn <= today, 'DATE_IN_FUTURE', `effectiveOn ${effectiveOn} is after today`);
  ensure(
    notBefore === undefined || effectiveOn >= notBefore,
    'DATE_BEFORE_PREVIOUS_STEP',
    `effectiveOn ${effectiveOn} is before the previous step on ${notBefore}`,
  );
  if (effectiveOn === today) return { effectiveOn };
  ensure(
    hasText(command.backdateReason),
    'BACKDATE_REASON_REQUIRED',
    `effectiveOn ${effectiveOn} is before today (${today}); give a backdateReason`,
  );
  return { effectiveOn, backdateReason: command.backdateReason };
}

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function requireText(value: unknown, field: string): string {
  ensure(hasText(value), 'INVALID_COMMAND', `${field} is required`);
  return value;
}

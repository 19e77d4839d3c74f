import { CHANNELS, isLocalDate } from '@redress/complaints';
import type {
  CompleteServiceRequest,
  RaiseServiceRequest,
  TakeServiceRequestInHand,
} from '../commands/service-request-command';
import { ensure, ServiceRequestError } from '../errors/service-request-error';
import type {
  ServiceRequestCompleted,
  ServiceRequestRaised,
  ServiceRequestTakenInHand,
} from '../events/service-request-events';
import type { ServiceRequestState } from '../state/service-request-state';
import type { ServiceRequestDecisionContext } from './decision-context';
import { effectiveDate, ensureTransition, existing, requireText } from './guards';

/** CHC 1.4: a service request is recorded, so it can be monitored and reviewed. */
export function raiseServiceRequest(
  command: RaiseServiceRequest,
  state: ServiceRequestState,
  ctx: ServiceRequestDecisionContext,
): [ServiceRequestRaised] {
  if (state.request !== null) {
    throw new ServiceRequestError(
      'SERVICE_REQUEST_ALREADY_RAISED',
      `Service request ${command.serviceRequestId} already exists`,
    );
  }
  requireText(command.serviceRequestId, 'serviceRequestId');
  ensure(CHANNELS.includes(command.channel), 'INVALID_COMMAND', 'channel is not known');
  return [
    {
      type: 'ServiceRequestRaised',
      data: {
        ...effectiveDate(command, ctx),
        serviceRequestId: command.serviceRequestId,
        residentRef: requireText(command.residentRef, 'residentRef'),
        propertyRef: command.propertyRef,
        channel: command.channel,
        description: requireText(command.description, 'description'),
      },
    },
  ];
}

export function takeServiceRequestInHand(
  command: TakeServiceRequestInHand,
  state: ServiceRequestState,
  ctx: ServiceRequestDecisionContext,
): [ServiceRequestTakenInHand] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ServiceRequestTakenInHand');
  ensure(
    command.plannedFor === undefined || isLocalDate(command.plannedFor),
    'INVALID_COMMAND',
    'plannedFor must be written YYYY-MM-DD',
  );
  return [
    {
      type: 'ServiceRequestTakenInHand',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        assignee: requireText(command.assignee, 'assignee'),
        plannedFor: command.plannedFor,
      },
    },
  ];
}

/** Done, whatever offers to complain are open: the complaint runs on its own clock. */
export function completeServiceRequest(
  command: CompleteServiceRequest,
  state: ServiceRequestState,
  ctx: ServiceRequestDecisionContext,
): [ServiceRequestCompleted] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ServiceRequestCompleted');
  return [
    {
      type: 'ServiceRequestCompleted',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        outcome: requireText(command.outcome, 'outcome'),
      },
    },
  ];
}

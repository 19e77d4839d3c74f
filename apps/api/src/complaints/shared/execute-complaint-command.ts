import type { ComplaintCommand, ComplaintEvent } from '@redress/complaints';
import {
  handleCommand,
  type CommandRequest,
  type CommandResult,
  type EventStore,
} from '@redress/event-store';
import type { Actor } from '@redress/users';
import {
  calendar,
  complaintDecider,
  complaintStream,
  policies,
  serializer,
} from '@redress/complaint-stream';

export interface ExecuteOptions {
  readonly store: EventStore;
  readonly now: () => Date;
  readonly actor: Actor;
  readonly commandId: string;
  readonly correlationId: string;
  readonly expectedRevision?: bigint;
  /** REDRESS_MAX_EVENTS_PER_COMPLAINT: the most events one complaint's stream may hold. */
  readonly maxEvents?: number;
  /** A new complaint whose id was drawn at random: its stream need not be read. */
  readonly newStream?: boolean;
  /** Writes the events in place of a plain append (a log writes its reference with them). */
  readonly appendWith?: CommandRequest<ComplaintCommand, unknown, ComplaintEvent>['appendWith'];
}

/**
 * One complaint command through the generic handler: the api and the demo loader both come
 * through here, so a demo complaint is made exactly as an officer's would be.
 */
export function executeComplaintCommand(
  command: ComplaintCommand,
  options: ExecuteOptions,
): Promise<CommandResult<ComplaintEvent>> {
  return handleCommand(
    complaintDecider,
    {
      stream: complaintStream(command.complaintId),
      command,
      context: () => ({ now: options.now(), actor: options.actor, policies, calendar }),
      metadata: {
        commandId: options.commandId,
        correlationId: options.correlationId,
        causationId: options.commandId,
        actor: options.actor,
      },
      expectedRevision: options.expectedRevision,
      newStream: options.newStream,
      appendWith: options.appendWith,
    },
    { store: options.store, serializer, now: options.now, maxStreamLength: options.maxEvents },
  );
}

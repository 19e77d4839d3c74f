import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ComplaintError } from '@redress/complaints';
import { idFromKey, readComplaint } from '@redress/complaint-stream';
import { calendar } from '@redress/complaint-stream';
import { handleCommand, ConcurrencyError, type EventStore } from '@redress/event-store';
import { HazardError, type HazardCommand, type HazardEvent } from '@redress/hazards';
import {
  hazardDecider,
  hazardPolicies,
  hazardSerializer,
  hazardStream,
} from '@redress/hazard-stream';
import { CommandMetrics } from '../../metrics/command-metrics';
import { CLOCK, EVENT_STORE, type Clock } from '../../store/tokens';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { executeComplaintCommand } from '../../complaints/shared/execute-complaint-command';

export interface HazardOutcome {
  readonly id: string;
  readonly revision: number;
  readonly events: readonly HazardEvent[];
  readonly replayed: boolean;
}

/**
 * Runs one hazard command through the generic handler. A hazard reported in or linked to a
 * complaint is also recorded on that complaint (HazardCaseLinked), so each shows the other's
 * clocks without a scan; the complaint must exist first, or nothing is written.
 */
@Injectable()
export class HazardCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly metrics: CommandMetrics,
  ) {}

  /** The id a new hazard case gets: derived from the idempotency key when there is one. */
  newHazardId(request: RequestContext): string {
    return request.idempotencyKey
      ? idFromKey(request.actor.id, request.idempotencyKey, 'hazard')
      : randomUUID();
  }

  async execute(command: HazardCommand, request: RequestContext): Promise<HazardOutcome> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const outcome = await this.run(command, request);
      this.metrics.record(command.type, outcome.replayed ? 'replayed' : 'accepted', seconds());
      return outcome;
    } catch (error) {
      if (error instanceof HazardError || error instanceof ComplaintError)
        this.metrics.record(command.type, 'refused', seconds(), error.code);
      else if (error instanceof ConcurrencyError)
        this.metrics.record(command.type, 'conflict', seconds());
      else this.metrics.record(command.type, 'error', seconds());
      throw error;
    }
  }

  private async run(command: HazardCommand, request: RequestContext): Promise<HazardOutcome> {
    const complaintId = linkedComplaint(command);
    if (complaintId !== undefined && !(await readComplaint(this.store, complaintId))) {
      throw ComplaintError.notFound(complaintId);
    }
    const commandId = request.idempotencyKey
      ? idFromKey(request.actor.id, request.idempotencyKey, `${command.type}:${command.hazardId}`)
      : randomUUID();
    const metadata = {
      commandId,
      correlationId: request.correlationId,
      causationId: commandId,
      actor: request.actor,
    };
    const now = () => this.clock.now();
    const result = await handleCommand(
      hazardDecider,
      {
        stream: hazardStream(command.hazardId),
        command,
        context: () => ({ now: now(), actor: request.actor, policies: hazardPolicies, calendar }),
        metadata,
        expectedRevision: request.expectedRevision,
      },
      { store: this.store, serializer: hazardSerializer, now },
    );
    if (complaintId !== undefined) {
      // Derived from the hazard command's id, so a retried request mirrors the link once.
      const linkId = idFromKey(commandId, command.hazardId, `LinkHazardCase:${complaintId}`);
      await executeComplaintCommand(
        { type: 'LinkHazardCase', complaintId, hazardId: command.hazardId },
        {
          store: this.store,
          now,
          actor: request.actor,
          commandId: linkId,
          correlationId: request.correlationId,
        },
      );
    }
    return {
      id: command.hazardId,
      revision: Number(result.revision),
      events: result.events,
      replayed: result.replayed,
    };
  }
}

/** The complaint a command ties the case to, if any: both clocks then show on each side. */
function linkedComplaint(command: HazardCommand): string | undefined {
  if (command.type === 'LinkComplaint') return command.complaintId;
  if (command.type === 'ReportHazard') return command.complaintId;
  return undefined;
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ComplaintError, type Channel } from '@redress/complaints';
import { idFromKey } from '@redress/complaint-stream';
import { handleCommand, ConcurrencyError, type EventStore } from '@redress/event-store';
import {
  decideServiceRequest,
  ServiceRequestError,
  type AcceptComplaintOffer,
  type ServiceRequestCommand,
  type ServiceRequestEvent,
} from '@redress/service-requests';
import {
  readServiceRequest,
  serviceRequestDecider,
  serviceRequestSerializer,
  serviceRequestStream,
} from '@redress/service-request-stream';
import { CommandMetrics } from '../../metrics/command-metrics';
import { CLOCK, EVENT_STORE, type Clock } from '../../store/tokens';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { executeComplaintCommand } from '../../complaints/shared/execute-complaint-command';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';

export interface ServiceRequestOutcome {
  readonly id: string;
  readonly revision: number;
  readonly events: readonly ServiceRequestEvent[];
  readonly replayed: boolean;
  /** The complaint an accepted offer logged (CHC 1.5). */
  readonly complaintId?: string;
  /** That complaint's reference, allocated like any logged complaint's. */
  readonly reference?: string;
}

/** What the complaint an accepted offer logs may say beyond the request's own details. */
export interface ComplaintFromOffer {
  readonly channel?: Channel;
  readonly description?: string;
  readonly effectiveOn?: string;
  readonly backdateReason?: string;
}

/** Runs one service request command through the generic handler (CHC 1.2–1.5). */
@Injectable()
export class ServiceRequestCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly metrics: CommandMetrics,
    private readonly references: ReferenceIndex,
  ) {}

  newServiceRequestId(request: RequestContext): string {
    return request.idempotencyKey
      ? idFromKey(request.actor.id, request.idempotencyKey, 'service-request')
      : randomUUID();
  }

  execute(command: ServiceRequestCommand, request: RequestContext): Promise<ServiceRequestOutcome> {
    return this.measured(command.type, () => this.run(command, request));
  }

  /**
   * CHC 1.5: an accepted offer logs a complaint linked to the request, through the complaint
   * command path, then records the answer naming it. Both ids derive from the request and the
   * offer, so a retry after a failure between the two writes completes the pair, once.
   */
  acceptOffer(
    serviceRequestId: string,
    offerId: string,
    complaint: ComplaintFromOffer,
    request: RequestContext,
  ): Promise<ServiceRequestOutcome> {
    return this.measured('AcceptComplaintOffer', async () => {
      const loaded = await readServiceRequest(this.store, serviceRequestId);
      const complaintId = idFromKey(serviceRequestId, offerId, 'complaint-from-offer');
      const accept: AcceptComplaintOffer = {
        type: 'AcceptComplaintOffer',
        serviceRequestId,
        offerId,
        complaintId,
        effectiveOn: complaint.effectiveOn,
        backdateReason: complaint.backdateReason,
      };
      const record = loaded?.state.request;
      const offer = record?.offers.find((o) => o.offerId === offerId);
      // The complaint is referenced like any other; allocating finds a reference it already has.
      const year = (complaint.effectiveOn ?? this.clock.now().toISOString()).slice(0, 4);
      const reference = () => this.references.allocate(complaintId, year, request.actor);
      if (loaded && offer?.status === 'ACCEPTED' && offer.complaintId === complaintId) {
        return {
          id: serviceRequestId,
          revision: loaded.revision,
          events: [],
          replayed: true,
          complaintId,
          reference: await reference(),
        };
      }
      // Decided first without writing: a refused answer must not leave a complaint behind.
      const state = loaded?.state ?? serviceRequestDecider.initialState();
      decideServiceRequest(accept, state, { now: this.clock.now(), actor: request.actor });
      await executeComplaintCommand(
        {
          type: 'LogComplaint',
          complaintId,
          channel: complaint.channel ?? record!.channel,
          residentRef: record!.residentRef,
          propertyRef: record!.propertyRef,
          description: complaint.description ?? offer!.dissatisfaction,
          serviceRequestId,
          effectiveOn: complaint.effectiveOn,
          backdateReason: complaint.backdateReason,
        },
        {
          store: this.store,
          now: () => this.clock.now(),
          actor: request.actor,
          commandId: idFromKey(serviceRequestId, offerId, 'LogComplaint'),
          correlationId: request.correlationId,
        },
      );
      const allocated = await reference();
      const outcome = await this.run(
        accept,
        request,
        idFromKey(serviceRequestId, offerId, 'accept'),
      );
      return { ...outcome, complaintId, reference: allocated };
    });
  }

  private async measured(
    type: string,
    work: () => Promise<ServiceRequestOutcome>,
  ): Promise<ServiceRequestOutcome> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const outcome = await work();
      this.metrics.record(type, outcome.replayed ? 'replayed' : 'accepted', seconds());
      return outcome;
    } catch (error) {
      if (error instanceof ServiceRequestError || error instanceof ComplaintError)
        this.metrics.record(type, 'refused', seconds(), error.code);
      else if (error instanceof ConcurrencyError) this.metrics.record(type, 'conflict', seconds());
      else this.metrics.record(type, 'error', seconds());
      throw error;
    }
  }

  private async run(
    command: ServiceRequestCommand,
    request: RequestContext,
    fixedCommandId?: string,
  ): Promise<ServiceRequestOutcome> {
    const commandId =
      fixedCommandId ??
      (request.idempotencyKey
        ? idFromKey(
            request.actor.id,
            request.idempotencyKey,
            `${command.type}:${command.serviceRequestId}`,
          )
        : randomUUID());
    const now = () => this.clock.now();
    const result = await handleCommand(
      serviceRequestDecider,
      {
        stream: serviceRequestStream(command.serviceRequestId),
        command,
        context: () => ({ now: now(), actor: request.actor }),
        metadata: {
          commandId,
          correlationId: request.correlationId,
          causationId: commandId,
          actor: request.actor,
        },
        expectedRevision: request.expectedRevision,
      },
      { store: this.store, serializer: serviceRequestSerializer, now },
    );
    return {
      id: command.serviceRequestId,
      revision: Number(result.revision),
      events: result.events,
      replayed: result.replayed,
    };
  }
}

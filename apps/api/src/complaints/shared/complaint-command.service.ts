import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { ComplaintError, type ComplaintCommand, type ComplaintEvent } from '@redress/complaints';
import { ConcurrencyError, StreamLimitError, type EventStore } from '@redress/event-store';
import { CommandMetrics } from '../../metrics/command-metrics';
import type { Actor } from '@redress/users';
import type { RedressConfig } from '@redress/config';
import { CLOCK, EVENT_STORE, REDRESS_CONFIG, type Clock } from '../../store/tokens';
import { idFromKey } from '@redress/complaint-stream';
import { executeComplaintCommand, type ExecuteOptions } from './execute-complaint-command';
import { UserDirectory } from '@redress/users';
import { checkHandlerAgainstDirectory } from './directory-handler-check';

/** How the request came: for idempotency, tracing and optimistic concurrency. */
export interface RequestContext {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  /** From If-Match: the revision the officer last saw. */
  readonly expectedRevision?: bigint;
}

export interface CommandOutcome {
  readonly id: string;
  readonly revision: number;
  readonly events: readonly ComplaintEvent[];
  readonly replayed: boolean;
  /** A new complaint's reference, e.g. C-2025-000123. */
  readonly reference?: string;
}

/** How a use case writes its events, when not by a plain append (a log, with its reference). */
export interface WriteOptions {
  readonly appendWith?: (store: EventStore) => ExecuteOptions['appendWith'];
}

/** Runs one domain command through the generic handler (habit 7: handlers stay thin). */
@Injectable()
export class ComplaintCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly metrics: CommandMetrics,
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
    @Optional() private readonly directory?: UserDirectory,
  ) {}

  /** The id a new complaint gets: derived from the idempotency key when there is one. */
  newComplaintId(request: RequestContext): string {
    return request.idempotencyKey
      ? idFromKey(request.actor.id, request.idempotencyKey, 'complaint')
      : randomUUID();
  }

  async execute(
    command: ComplaintCommand,
    request: RequestContext,
    write: WriteOptions = {},
  ): Promise<CommandOutcome> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    // Bad input, not a refusal by the rules: checked before the command is counted.
    await checkHandlerAgainstDirectory(command, this.directory);
    try {
      const outcome = await this.run(command, request, write);
      this.metrics.record(command.type, outcome.replayed ? 'replayed' : 'accepted', seconds());
      return outcome;
    } catch (error) {
      if (error instanceof ComplaintError || error instanceof StreamLimitError)
        this.metrics.record(command.type, 'refused', seconds(), error.code);
      else if (error instanceof ConcurrencyError)
        this.metrics.record(command.type, 'conflict', seconds());
      else this.metrics.record(command.type, 'error', seconds());
      throw error;
    }
  }

  private async run(
    command: ComplaintCommand,
    request: RequestContext,
    write: WriteOptions,
  ): Promise<CommandOutcome> {
    const commandId = request.idempotencyKey
      ? idFromKey(
          request.actor.id,
          request.idempotencyKey,
          `${command.type}:${command.complaintId}`,
        )
      : randomUUID();
    const result = await executeComplaintCommand(command, {
      store: this.store,
      now: () => this.clock.now(),
      actor: request.actor,
      commandId,
      correlationId: request.correlationId,
      expectedRevision: request.expectedRevision,
      maxEvents: this.config.maxEventsPerComplaint,
      // Without an Idempotency-Key a new complaint's id was drawn at random: nothing to read.
      newStream: command.type === 'LogComplaint' && !request.idempotencyKey,
      appendWith: write.appendWith?.(this.store),
    });
    return {
      id: command.complaintId,
      revision: Number(result.revision),
      events: result.events,
      replayed: result.replayed,
    };
  }
}

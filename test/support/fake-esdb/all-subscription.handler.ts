import { randomUUID } from 'node:crypto';
import { status, type ServerWritableStream } from '@grpc/grpc-js';
import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { drained, isGone, writeMessage } from './call.writer';
import type { EventLogStore } from './event-log.store';
import { readFilter } from './read-filter.mapper';
import {
  caughtUpResponse,
  checkpointResponse,
  confirmationResponse,
  eventResponse,
} from './read-response.mapper';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/** The open subscription calls, so a test can cut them all as a dropped connection would. */
export class SubscriptionRegistry {
  private readonly calls = new Map<ReadCall, AbortController>();

  add(call: ReadCall, controller: AbortController): void {
    this.calls.set(call, controller);
  }

  delete(call: ReadCall): void {
    this.calls.delete(call);
  }

  get size(): number {
    return this.calls.size;
  }

  /** Ends every open subscription with UNAVAILABLE, what the client sees when a link drops. */
  dropAll(details: string): void {
    for (const [call, controller] of [...this.calls]) {
      controller.abort();
      this.calls.delete(call);
      call.emit('error', { code: status.UNAVAILABLE, details });
    }
  }
}

/**
 * A subscription to `$all`: confirmation first, then every matching event after the start
 * position (exclusive), then `caught_up` (or, imitating servers before 23.10, a checkpoint) once
 * it reaches the end of the log, then live events as they are appended. One loop walks the log with one cursor for both phases,
 * so the switch to live has no gap and no duplicate. Filtered subscriptions also get a
 * checkpoint after every window of scanned events, carrying the last scanned position.
 */
export async function runAllSubscription(
  call: ReadCall,
  log: EventLogStore,
  options: ReadReq.Options,
  registry: SubscriptionRegistry,
  caughtUpMessages: boolean,
): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  registry.add(call, controller);
  call.on('cancelled', stop);
  try {
    const structuredIds = options.getUuidOption()?.hasStructured() ?? false;
    const filter = readFilter(options);
    const all = options.getAll()!;
    let cursor = all.hasStart()
      ? 0
      : all.hasEnd()
        ? log.all.length
        : log.firstIndexAtOrAfter(BigInt(all.getPosition()!.getCommitPosition()) + 1n);
    if (!(await writeMessage(call, confirmationResponse(randomUUID())))) return;
    let scanned = 0;
    let announced = false;
    while (!controller.signal.aborted) {
      while (cursor < log.all.length) {
        if (controller.signal.aborted) return;
        const event = log.all[cursor++]!;
        scanned++;
        if (filter.matches(event)) {
          if (isGone(call)) return;
          const sent = call.write(eventResponse(event, structuredIds));
          if (!sent && !(await drained(call))) return;
        }
        if (filter.checkpointEvery && scanned % filter.checkpointEvery === 0) {
          if (!(await writeMessage(call, checkpointResponse(event.position)))) return;
        }
      }
      if (!announced) {
        announced = true;
        // Servers since 23.10 say `caught_up`; older ones sent a checkpoint at this point.
        const last = log.all[cursor - 1];
        if (caughtUpMessages) {
          if (!(await writeMessage(call, caughtUpResponse()))) return;
        } else if (filter.checkpointEvery && last) {
          if (!(await writeMessage(call, checkpointResponse(last.position)))) return;
        }
      }
      await log.waitForMoreThan(cursor, controller.signal);
    }
  } finally {
    registry.delete(call);
    call.off('cancelled', stop);
  }
}

import type { ComplaintState, LocalDate } from '@redress/complaints';
import {
  businessDate,
  GENESIS_HASH,
  hashOf,
  type EventStore,
  type EventToAppend,
} from '@redress/event-store';
import type { Actor } from '@redress/users';
import {
  calendar,
  complaintDecider,
  complaintStream,
  policies,
  serializer,
} from '@redress/complaint-stream';
import { demoDataSet } from './demo-data-set';
import { summariseDemo, type DemoSummary } from './demo-loader';

/** Appends queued before waiting for them: about one shared commit's worth. */
const IN_FLIGHT = 2048;

/** What one complaint's stream has come to so far in a bulk load. */
interface StreamHead {
  state: ComplaintState;
  next: bigint;
  hash: string;
}

/**
 * The demo data set appended without the command path's read of each stream: every step is
 * decided by the same pure decider, with the same command ids, clock, actors and metadata as
 * `loadDemo`, and appended in the same order, so the store holds the same events (only the
 * random event ids, and the hashes that cover them, differ). Each complaint's state is kept in
 * memory instead of being read and folded again for every command, which is what makes 100,000
 * complaints load in minutes rather than half an hour. For benchmarks over a fresh store: a step
 * the rules refuse throws, and a stream already in the store is a concurrency error.
 */
export async function bulkLoadDemo(
  store: EventStore,
  options: { perYear: number; firstYear: number; today: LocalDate },
): Promise<DemoSummary> {
  const steps = demoDataSet(options);
  const heads = new Map<string, StreamHead>();
  let appended = 0;
  let n = 0;
  const inFlight: Promise<unknown>[] = [];
  for (const step of steps) {
    n++;
    const stream = complaintStream(step.command.complaintId);
    const head = heads.get(stream) ?? {
      state: complaintDecider.initialState(),
      next: 0n,
      hash: GENESIS_HASH,
    };
    const now = new Date(`${step.on}T12:00:00Z`);
    const actor: Actor = {
      id: step.actor,
      role: step.actor.startsWith('manager') ? 'manager' : 'officer',
    };
    const events = complaintDecider.decide(step.command, head.state, {
      now,
      actor,
      policies,
      calendar,
    });
    if (events.length === 0) continue;
    const commandId = `demo-${n}`;
    const recordedAt = now.toISOString();
    const toAppend: EventToAppend[] = serializer.serialize(
      stream,
      events,
      (e) => ({
        commandId,
        correlationId: 'demo-load',
        causationId: commandId,
        actor,
        recordedAt,
        ...businessDate(e),
      }),
      head.next,
      head.hash,
    );
    // Not awaited one by one: on the SQLite store each await would be a commit and an fsync of
    // its own. Appends are queued in order (a stream's next append after its last), so a window
    // of them in flight shares commits; any refusal still fails the load.
    inFlight.push(
      store.appendToStream(stream, toAppend, {
        expectedRevision: head.next === 0n ? 'no_stream' : head.next - 1n,
      }),
    );
    if (inFlight.length >= IN_FLIGHT) await Promise.all(inFlight.splice(0));
    for (const event of events) head.state = complaintDecider.evolve(head.state, event);
    head.next += BigInt(events.length);
    head.hash = hashOf(toAppend.at(-1)) ?? head.hash;
    heads.set(stream, head);
    appended += events.length;
  }
  await Promise.all(inFlight);
  return summariseDemo(steps, { appended, replayed: 0 });
}

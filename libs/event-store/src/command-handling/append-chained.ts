import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '../port';
import { GENESIS_HASH } from '../hash-chain';
import { EventSerializer, UpcasterRegistry } from '../serialization';
import type { EventStore, EventToAppend } from '../port';

const serializer = new EventSerializer(new UpcasterRegistry());

/** Made once: building a formatter costs far more than formatting with it. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** The last minute asked about and its date: formatting costs more than the rest of a write. */
let lastMinute = { minute: Number.NaN, date: '' };

/**
 * The calendar date in England at an instant, as the business date of a bookkeeping event.
 * England's date changes only on a whole minute (midnight, in GMT or BST), so one formatting
 * serves every write within the same minute.
 */
function londonDateOf(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, date: LONDON_DATE.format(at) };
  return lastMinute.date;
}

export interface ChainedEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/**
 * Appends one event to a stream outside `complaint-` (so the projections never see it),
 * hash-chained like every other event, at the revision read. When `retry` is false a writer
 * that lost the race is told (ConcurrencyError) instead of retried; the caller decides again.
 * Returns the revision the event took.
 */
export async function appendChained(
  store: EventStore,
  stream: string,
  build: (revision: bigint) => ChainedEvent,
  actor: { readonly id: string; readonly role: string },
  options: { readonly maxAttempts?: number; readonly now?: Date } = {},
): Promise<bigint> {
  return appendChainedBatch(store, stream, (revision) => [{ ...build(revision), actor }], options);
}

/**
 * Bookkeeping events written with a command's own events, for an append that links them into
 * their stream's chain itself (`linkChain`): recorded for the command that caused them.
 */
export function unlinkedChained(
  built: readonly ChainedBatchEvent[],
  command: { readonly commandId: string; readonly correlationId: string },
  at: Date,
): EventToAppend[] {
  return serializer.unlinked(built as never[], (event) => ({
    commandId: command.commandId,
    correlationId: command.correlationId,
    causationId: command.commandId,
    actor: (event as unknown as ChainedBatchEvent).actor,
    recordedAt: at.toISOString(),
    effectiveOn: londonDateOf(at),
  }));
}

/** One event of a batch, with the actor it is recorded for. */
export interface ChainedBatchEvent extends ChainedEvent {
  readonly actor: { readonly id: string; readonly role: string };
}

/**
 * Appends several events in one append (one commit), hash-chained, from the revision read;
 * `build` is given the revision the first takes, and runs again after a lost race. Returns the
 * first event's revision. Many callers queued behind one append share its commit instead of
 * each racing the others for the next revision.
 */
export async function appendChainedBatch(
  store: EventStore,
  stream: string,
  build: (firstRevision: bigint) => readonly ChainedBatchEvent[],
  options: { readonly maxAttempts?: number; readonly now?: Date } = {},
): Promise<bigint> {
  const maxAttempts = options.maxAttempts ?? 50;
  const commandId = randomUUID();
  for (let attempt = 1; ; attempt++) {
    const [last] = await store.readStream(stream, {
      direction: 'backwards',
      fromRevision: 'end',
      maxCount: 1,
    });
    const revision = last ? last.revision + 1n : 0n;
    const prevHash = (last?.metadata as { hash?: string } | undefined)?.hash ?? GENESIS_HASH;
    const at = options.now ?? new Date();
    const built = build(revision);
    const events = serializer.serialize(
      stream,
      built as never[],
      (event) => ({
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: (event as unknown as ChainedBatchEvent).actor,
        recordedAt: at.toISOString(),
        effectiveOn: londonDateOf(at),
      }),
      revision,
      prevHash,
    );
    try {
      await store.appendToStream(stream, events, {
        expectedRevision: last ? last.revision : 'no_stream',
      });
      return revision;
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= maxAttempts) throw error;
      // Many writers at once: a short random pause spreads the retries out.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}

import { setImmediate as yieldToEventLoop, setTimeout as sleep } from 'node:timers/promises';
import type {
  EventFilter,
  EventStore,
  RecordedEvent,
  Subscription,
} from '../port/event-store.port';
import { positionToJson, type Position } from '../port/position';
import type { CheckpointStore } from './checkpoint-store';

export interface SubscriptionHandler {
  /** Must be idempotent: delivery is at least once (a crash before the checkpoint replays it). */
  handle(event: RecordedEvent): Promise<void>;
  /**
   * True when `handle` saves the checkpoint itself, in the same transaction as its writes
   * (decision 5); the runner then only loads it.
   */
  readonly savesCheckpoint?: boolean;
  /**
   * Optional batching, for a handler that saves its checkpoint: `apply` takes events without
   * writing them, `flush` writes what was applied and the checkpoint in one transaction. The
   * runner then writes once the subscription has nothing more ready (or every few ms while
   * catching up), not once per event: one transaction per event caps a live projector at about
   * a thousand events a second on SQLite.
   */
  apply?(events: readonly RecordedEvent[]): Promise<void>;
  flush?(): Promise<void>;
}

export type RunnerState = 'starting' | 'catching-up' | 'live' | 'retrying' | 'stopped' | 'failed';

export interface RunnerStatus {
  readonly name: string;
  readonly state: RunnerState;
  readonly handled: number;
  readonly lastPosition?: { commit: string; prepare: string };
  /** Seconds between the newest handled event's write and now, while catching up; 0 when live. */
  readonly lagSeconds: number;
  readonly lastError?: string;
}

export interface RunnerOptions {
  readonly name: string;
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly handler: SubscriptionHandler;
  readonly filter?: EventFilter;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly logger?: { warn(message: string): void; error(message: string): void };
}

/** Longest stretch of delivering events before other work in the process gets a turn. */
const YIELD_EVERY_MS = 10;
/** Most events a batching handler holds applied but unwritten. */
const MAX_UNWRITTEN = 1_000;

/** Whether a pending read settles within this turn of the event loop (buffered events do). */
function readyThisTurn(next: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    next.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setImmediate(() => resolve(false))),
  ]);
}

/**
 * A named, checkpointed subscription to `$all` (habit 11). It resumes after its checkpoint,
 * retries a failing event with backoff, and after the last attempt stops in `failed` with the
 * error: it never skips an event.
 */
export class CheckpointedSubscription {
  private state: RunnerState = 'starting';
  private handled = 0;
  private last?: RecordedEvent;
  private lastError?: string;
  private subscription?: Subscription;
  private stopping = false;
  /** Events applied by a batching handler and not yet written, oldest first. */
  private unwritten: RecordedEvent[] = [];

  constructor(private readonly options: RunnerOptions) {}

  /** Runs until stopped (resolves) or failed (rejects with the handler's error). */
  async run(): Promise<void> {
    const { store, checkpoints, name, filter } = this.options;
    const from: Position | undefined = await checkpoints.load(name);
    // A stop() that came while the checkpoint was loading must not be lost.
    if (this.stopping) {
      this.state = 'stopped';
      return;
    }
    this.subscription = store.subscribeToAll({ fromPosition: from ?? 'start', filter });
    this.state = 'catching-up';
    let busySince = performance.now();
    const messages = this.subscription[Symbol.asyncIterator]();
    for (;;) {
      const next = messages.next();
      // Write what was applied before waiting: if the next event is not ready by the end of
      // this turn, the read models must not wait for it.
      if (this.unwritten.length > 0 && !(await readyThisTurn(next))) await this.write();
      const { value: message, done } = await next;
      if (done || this.stopping) break;
      if (message.kind === 'caught-up') {
        if (this.unwritten.length > 0) await this.write();
        this.state = 'live';
        continue;
      }
      await this.deliver(message.event);
      // An embedded store answers in promises that never leave the microtask queue: without a
      // pause, catching up over thousands of events would keep the process from accepting a
      // connection (or even listening) until it finished. Let other work in every few ms.
      if (performance.now() - busySince > YIELD_EVERY_MS) {
        if (this.unwritten.length > 0) await this.write();
        await yieldToEventLoop();
        busySince = performance.now();
      }
    }
    // Stopping: write what was applied. If that fails, the events are simply delivered again
    // after the checkpoint next time (at least once), so the failure is not the stop's.
    if (this.unwritten.length > 0) await this.write().catch(() => undefined);
    this.state = 'stopped'; // a failure rejected above, from deliver()
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.close();
  }

  status(): RunnerStatus {
    const lag =
      this.state === 'live' || !this.last ? 0 : (Date.now() - this.last.created.getTime()) / 1000;
    return {
      name: this.options.name,
      state: this.state,
      handled: this.handled,
      lastPosition: this.last && positionToJson(this.last.position),
      lagSeconds: Math.max(0, lag),
      lastError: this.lastError,
    };
  }

  private async deliver(event: RecordedEvent): Promise<void> {
    const { handler } = this.options;
    if (handler.savesCheckpoint && handler.apply && handler.flush) {
      await this.attempt(event, () => handler.apply!([event]));
      this.unwritten.push(event);
      if (this.unwritten.length >= MAX_UNWRITTEN) await this.write();
      return;
    }
    await this.attempt(event, async () => {
      await handler.handle(event);
      if (!handler.savesCheckpoint)
        await this.options.checkpoints.save(this.options.name, event.position);
    });
    this.handled++;
    this.last = event;
  }

  /** Writes the applied events; a failure is retried like a failed event, then stops the runner. */
  private async write(): Promise<void> {
    const batch = this.unwritten;
    await this.attempt(batch[batch.length - 1]!, () => this.options.handler.flush!());
    this.unwritten = [];
    this.handled += batch.length;
    this.last = batch[batch.length - 1];
  }

  private async attempt(event: RecordedEvent, work: () => Promise<void>): Promise<void> {
    const { name, logger } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 5;
    const previous = this.state;
    for (let attempt = 1; ; attempt++) {
      try {
        await work();
        this.state = previous;
        return;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        if (attempt >= maxAttempts || this.stopping) {
          this.state = 'failed';
          logger?.error(
            `Subscription ${name} stopped at ${event.stream}@${event.revision}: ${this.lastError}`,
          );
          await this.subscription?.close();
          throw error;
        }
        this.state = 'retrying';
        logger?.warn(
          `Subscription ${name} retrying ${event.stream}@${event.revision} (attempt ${attempt}): ${this.lastError}`,
        );
        await sleep((this.options.baseDelayMs ?? 100) * 2 ** (attempt - 1));
      }
    }
  }
}

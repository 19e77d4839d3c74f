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
    for await (const message of this.subscription) {
      if (this.stopping) break;
      if (message.kind === 'caught-up') {
        this.state = 'live';
        continue;
      }
      await this.deliver(message.event);
      // An embedded store answers in promises that never leave the microtask queue: without a
      // pause, catching up over thousands of events would keep the process from accepting a
      // connection (or even listening) until it finished. Let other work in every few ms.
      if (performance.now() - busySince > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        busySince = performance.now();
      }
    }
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
    const { handler, checkpoints, name, logger } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 5;
    const previous = this.state;
    for (let attempt = 1; ; attempt++) {
      try {
        await handler.handle(event);
        if (!handler.savesCheckpoint) await checkpoints.save(name, event.position);
        this.handled++;
        this.last = event;
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

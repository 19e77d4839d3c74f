import { setTimeout as sleep } from 'node:timers/promises';
import {
  CheckpointedSubscription,
  comparePositions,
  type CheckpointStore,
  type EventSerializer,
  type EventStore,
  type Position,
  type RunnerStatus,
} from '@redress/event-store';
import type { RowContext } from '../projection/complaint-rows';
import type { ReadModelConnection } from '../schema/open-read-model-database';
import {
  COMPLAINT_PROJECTION,
  COMPLAINT_STREAM_PREFIX,
  ComplaintProjector,
} from './complaint-projector';
import { loadCheckpoint } from './read-model-writer';

export interface ProjectionHostOptions extends RowContext {
  readonly store: EventStore;
  readonly connection: ReadModelConnection;
  readonly serializer: EventSerializer;
  readonly logger?: { log(m: string): void; warn(m: string): void; error(m: string): void };
  /** Wait before restarting a subscription that stopped in `failed`. */
  readonly restartDelayMs?: number;
  /** First retry delay for an event that failed to project (doubles each attempt). */
  readonly retryDelayMs?: number;
}

/**
 * Keeps the complaint projection running: a named checkpointed subscription to `$all`
 * (decision 5), restarted from its checkpoint if it fails, so a transient fault in the read-model
 * database delays reports but never skips an event.
 */
export class ProjectionHost {
  private runner?: CheckpointedSubscription;
  private running?: Promise<void>;
  private stopping = false;
  private restarts = 0;

  constructor(private readonly options: ProjectionHostOptions) {}

  start(): void {
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.runner?.stop();
    await this.running;
  }

  status(): RunnerStatus & { readonly restarts: number } {
    const base = this.runner?.status() ?? {
      name: COMPLAINT_PROJECTION,
      state: 'starting' as const,
      handled: 0,
      lagSeconds: 0,
    };
    return { ...base, restarts: this.restarts };
  }

  /** Resolves once the subscription is live and its checkpoint has reached the newest complaint event. */
  async settled(timeoutMs = 10_000): Promise<void> {
    const [head] = await this.options.store.readAll({
      direction: 'backwards',
      maxCount: 1,
      filter: { streamNamePrefixes: [COMPLAINT_STREAM_PREFIX] },
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = head && (await loadCheckpoint(this.options.connection.db, COMPLAINT_PROJECTION));
      const caughtUp = !head || (!!at && comparePositions(at, head.position) >= 0);
      if (caughtUp && this.status().state === 'live') return;
      if (Date.now() > deadline) {
        throw new Error(`Read models did not catch up within ${timeoutMs} ms`);
      }
      await sleep(10);
    }
  }

  private async loop(): Promise<void> {
    const { logger } = this.options;
    while (!this.stopping) {
      // A fresh projector each time: its cache must not outlive a failed write.
      const handler = new ComplaintProjector({ ...this.options, db: this.options.connection.db });
      this.runner = new CheckpointedSubscription({
        name: COMPLAINT_PROJECTION,
        store: this.options.store,
        checkpoints: this.checkpoints(),
        handler,
        filter: { streamNamePrefixes: [COMPLAINT_STREAM_PREFIX] },
        logger,
        baseDelayMs: this.options.retryDelayMs,
      });
      try {
        await this.runner.run();
      } catch (error) {
        if (this.stopping) break;
        this.restarts++;
        logger?.error(`Projection ${COMPLAINT_PROJECTION} failed; restarting: ${String(error)}`);
        await sleep(this.options.restartDelayMs ?? 5_000);
      }
    }
  }

  private checkpoints(): CheckpointStore {
    const db = this.options.connection.db;
    return {
      load: (name: string): Promise<Position | undefined> => loadCheckpoint(db, name),
      // The projector saves it with its rows (savesCheckpoint), so the runner never calls this.
      save: async () => undefined,
    };
  }
}

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
  ComplaintProjector,
  READ_MODEL_STREAM_PREFIXES,
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
  /** How often a standby asks for the lease, and the active projector renews it. */
  readonly leaseCheckMs?: number;
  /** SQLite: how long an unrenewed lease lasts (a standby takes over this long after a crash). */
  readonly leaseTtlMs?: number;
}

/** What a host reports of itself (on /health, and from a worker thread to the api). */
export type ProjectorStatus = Omit<RunnerStatus, 'state'> & {
  readonly state: RunnerStatus['state'] | 'standby';
  readonly role: ProjectorRole;
  readonly restarts: number;
};

/**
 * Resolves once a projector (reporting through `status`) is live and the read models' checkpoint
 * has reached the newest complaint event in `store`: the wait behind tests and the CLI, which
 * reads both databases, so it works the same when the projector runs on another thread.
 */
export async function waitUntilProjected(
  store: EventStore,
  connection: ReadModelConnection,
  status: () => { readonly state: string },
  timeoutMs = 10_000,
): Promise<void> {
  const [head] = await store.readAll({
    direction: 'backwards',
    maxCount: 1,
    filter: { streamNamePrefixes: READ_MODEL_STREAM_PREFIXES },
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = head && (await loadCheckpoint(connection.db, COMPLAINT_PROJECTION));
    const caughtUp = !head || (!!at && comparePositions(at, head.position) >= 0);
    if (caughtUp && status().state === 'live') return;
    if (Date.now() > deadline) {
      throw new Error(`Read models did not catch up within ${timeoutMs} ms`);
    }
    await sleep(10);
  }
}

/** `active` writes the read models; a `standby` waits for the lease (another process has it). */
export type ProjectorRole = 'active' | 'standby';

/**
 * Keeps the complaint projection running: a named checkpointed subscription to `$all`
 * (decision 5), restarted from its checkpoint if it fails, so a transient fault in the read-model
 * database delays reports but never skips an event. Only the holder of the projector lease runs
 * it; every other host (another api process, another projector) stands by and takes over when
 * the lease comes free, from the checkpoint the last holder committed.
 */
export class ProjectionHost {
  private runner?: CheckpointedSubscription;
  private running?: Promise<void>;
  private stopping = false;
  private restarts = 0;
  private role: ProjectorRole = 'standby';
  private readonly wake = new AbortController();

  constructor(private readonly options: ProjectionHostOptions) {}

  start(): void {
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake.abort();
    await this.runner?.stop();
    await this.running;
  }

  status(): ProjectorStatus {
    const base = this.runner?.status() ?? {
      name: COMPLAINT_PROJECTION,
      state: 'starting' as const,
      handled: 0,
      lagSeconds: 0,
    };
    const state = this.role === 'standby' && !this.stopping ? ('standby' as const) : base.state;
    return { ...base, state, role: this.role, restarts: this.restarts };
  }

  /** Resolves once the subscription is live and its checkpoint has reached the newest event it reads. */
  async settled(timeoutMs = 10_000): Promise<void> {
    await waitUntilProjected(
      this.options.store,
      this.options.connection,
      () => this.status(),
      timeoutMs,
    );
  }

  private async loop(): Promise<void> {
    const { logger } = this.options;
    const checkMs = this.options.leaseCheckMs ?? 1_000;
    const lease = this.options.connection.lease(COMPLAINT_PROJECTION, {
      ttlMs: this.options.leaseTtlMs,
    });
    const hold = () => lease.hold().catch(() => false);
    while (!this.stopping) {
      if (!(await hold())) {
        if (this.role === 'active') logger?.warn(`Projector ${lease.holder} lost the lease`);
        this.role = 'standby';
        await this.pause(checkMs);
        continue;
      }
      if (this.role === 'standby') logger?.log(`Projector ${lease.holder} holds the lease`);
      this.role = 'active';
      // A fresh projector each time: its cache must not outlive a failed write.
      const handler = new ComplaintProjector({ ...this.options, db: this.options.connection.db });
      const runner = new CheckpointedSubscription({
        name: COMPLAINT_PROJECTION,
        store: this.options.store,
        checkpoints: this.checkpoints(),
        handler,
        filter: { streamNamePrefixes: READ_MODEL_STREAM_PREFIXES },
        logger,
        baseDelayMs: this.options.retryDelayMs,
      });
      this.runner = runner;
      // Renewed while it runs; lost (expired, or its connection gone), the runner stops at once.
      let renewing = false;
      const keeper = setInterval(() => {
        if (renewing) return;
        renewing = true;
        void hold()
          .then(async (held) => {
            if (held || this.stopping) return;
            this.role = 'standby';
            logger?.warn(`Projector ${lease.holder} lost the lease; standing by`);
            await runner.stop();
          })
          .finally(() => (renewing = false));
      }, checkMs);
      try {
        await runner.run();
      } catch (error) {
        if (this.stopping) break;
        this.restarts++;
        logger?.error(`Projection ${COMPLAINT_PROJECTION} failed; restarting: ${String(error)}`);
        await this.pause(this.options.restartDelayMs ?? 5_000);
      } finally {
        clearInterval(keeper);
      }
    }
    await lease.release().catch(() => undefined);
  }

  /** Waits, or less if the host is stopped meanwhile. */
  private async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.wake.signal }).catch(() => undefined);
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

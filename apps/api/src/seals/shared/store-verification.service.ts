import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  StreamKindCounter,
  storeVerdictInWords,
  verifyStore,
  type VerdictInWords,
} from '@redress/audit';
import type { EventStore } from '@redress/event-store';
import { CLOCK, EVENT_STORE, type Clock } from '../../store/tokens';
import { SealKeyProvider } from './seal-key.provider';

/** One walk of the whole store, as the status page and `GET /audit/store-verification` show it. */
export interface StoreVerificationJob {
  readonly id: string;
  readonly startedAt: string;
  readonly startedBy: string;
  readonly status: 'running' | 'done' | 'failed';
  /** Events checked so far. */
  readonly checked: number;
  /** The share of the log walked, 0 to 100. */
  readonly percent: number;
  readonly finishedAt?: string;
  readonly result?: VerdictInWords & {
    readonly events: number;
    readonly streams: number;
    readonly complaints: number;
    readonly hazardCases: number;
  };
  /** Why the walk stopped (an unreadable page, the store gone): never a verdict of "intact". */
  readonly error?: string;
}

/** Smaller pages than the CLI's, so requests interleave with the walk. */
const PAGE_SIZE = 1000;

/**
 * `verify --all` in the api, for auditors in the browser: one walk at a time per process, in
 * the background, with its progress readable while it runs. Between pages it yields to the
 * event loop, so officers' requests are served during the walk; the CLI stays the tool for a
 * store too large to walk beside live traffic (docs/audit.md).
 */
@Injectable()
export class StoreVerificationService implements OnApplicationShutdown {
  private readonly logger = new Logger('StoreVerification');
  private job?: StoreVerificationJob;
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: SealKeyProvider,
  ) {}

  /** The walk under way, or the last one finished; undefined before the first. */
  current(): StoreVerificationJob | undefined {
    return this.job;
  }

  /** Starts a walk unless one is running; either way answers with the job that is. */
  start(actorId: string): { job: StoreVerificationJob; started: boolean } {
    if (this.job?.status === 'running') return { job: this.job, started: false };
    const job: StoreVerificationJob = {
      id: randomUUID(),
      startedAt: this.clock.now().toISOString(),
      startedBy: actorId,
      status: 'running',
      checked: 0,
      percent: 0,
    };
    this.job = job;
    this.running = this.walk(job.id);
    return { job, started: true };
  }

  /** Resolves when the walk under way (if any) has finished: for tests. */
  async settled(): Promise<void> {
    await this.running;
  }

  /** A walk under way stops at its next page, before the store is closed under it. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async walk(id: string): Promise<void> {
    const kinds = new StreamKindCounter();
    const update = (change: Partial<StoreVerificationJob>) => {
      if (this.job?.id === id) this.job = { ...this.job, ...change };
    };
    try {
      const verdict = await verifyStore(
        yieldingBetweenPages(this.store, () => this.stopping),
        {
          trustedKey: this.keys.trusted(),
          pageSize: PAGE_SIZE,
          observers: [kinds],
          onProgress: (checked, fraction) =>
            update({ checked, percent: Math.min(100, Math.floor(fraction * 100)) }),
        },
      );
      const counted = kinds.kinds();
      update({
        status: 'done',
        percent: 100,
        checked: verdict.events,
        finishedAt: this.clock.now().toISOString(),
        result: {
          ...storeVerdictInWords(verdict, counted),
          events: verdict.events,
          streams: verdict.streams,
          complaints: counted.complaints,
          hazardCases: counted.hazardCases,
        },
      });
    } catch (error) {
      if (!this.stopping) this.logger.error(error);
      update({
        status: 'failed',
        finishedAt: this.clock.now().toISOString(),
        error: `The store could not be read to the end: ${(error as Error).message}`,
      });
    }
  }
}

/**
 * The same store, giving the event loop a turn before each page it reads: better-sqlite3 reads
 * synchronously, so without this a walk of a large file would hold every request until the end.
 */
function yieldingBetweenPages(store: EventStore, stopping: () => boolean): EventStore {
  const wrapper: EventStore & { integrityReport?: () => Promise<unknown> } = {
    appendToStream: (...args) => store.appendToStream(...args),
    readStream: (...args) => store.readStream(...args),
    readAll: async (...args) => {
      await nextTurn();
      if (stopping()) throw new Error('the api is shutting down');
      return store.readAll(...args);
    },
    subscribeToAll: (...args) => store.subscribeToAll(...args),
    ping: () => store.ping(),
    // The api owns the store: the walk never closes it.
    close: async () => undefined,
  };
  const integrity = (store as { integrityReport?: () => Promise<unknown> }).integrityReport;
  if (typeof integrity === 'function') wrapper.integrityReport = () => integrity.call(store);
  return wrapper;
}

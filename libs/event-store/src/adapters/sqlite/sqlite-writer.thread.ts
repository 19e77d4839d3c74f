import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../threads/spawn-worker';
import type { AppendResult } from '../../port/event-store.port';
import type { Outcome } from './group-commit.queue';
import type { AppendParts, SqliteStoreStats } from './sqlite-append.writer';
import {
  type FromWriter,
  fromWire,
  outcomesFromWire,
  type ToWriter,
  type WriterThreadData,
} from './sqlite-writer.messages';

interface Waiting {
  readonly resolve: (outcomes: Outcome<AppendResult[]>[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The store's writes on a thread of their own (sqlite-writer.entry.ts). better-sqlite3 is
 * synchronous, so a commit written on the main thread holds its event loop through the fsync;
 * here the loop goes on serving requests, and what arrives meanwhile joins the next commit.
 *
 * An append is answered only after the thread's transaction committed, so an acknowledged
 * append is as durable as one written on the main thread. The thread is started on the first
 * write, and again on the next write if it died; a thread that dies fails the writes it held,
 * which the store reports as unavailable. It keeps the process alive only while it holds writes.
 */
export class SqliteWriterThread {
  private worker?: Worker;
  private exited: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private counters: SqliteStoreStats = { commits: 0, appends: 0, events: 0 };
  private closed = false;

  constructor(private readonly data: WriterThreadData) {}

  /** The thread's counters as of its last answer (they start again if it is restarted). */
  get stats(): SqliteStoreStats {
    return this.counters;
  }

  /** Resolves with each append's outcome once committed; rejects if the batch failed whole. */
  write(requests: readonly AppendParts[]): Promise<Outcome<AppendResult[]>[]> {
    if (this.closed) return Promise.reject(new Error('The writer thread is closed'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    if (this.waiting.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ kind: 'write', id, requests } satisfies ToWriter);
    });
  }

  /** Closes the thread's connection once the writes sent to it are answered. */
  async close(): Promise<void> {
    this.closed = true;
    // Messages are handled in order, so every write already sent is answered before this.
    this.worker?.postMessage({ kind: 'close' } satisfies ToWriter);
    await this.exited;
  }

  private start(): Worker {
    const worker = spawnWorker(__dirname, 'sqlite-writer.entry', this.data);
    this.worker = worker;
    worker.unref();
    worker.on('message', (message: FromWriter) => {
      const waiting = this.answered(message.id);
      if (message.kind === 'failed') return waiting?.reject(fromWire(message.error));
      this.counters = message.stats;
      waiting?.resolve(outcomesFromWire(message.outcomes));
    });
    let failure: unknown;
    worker.on('error', (error) => (failure = error));
    this.exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.worker = undefined;
        const error = new Error(`The SQLite writer thread stopped (exit code ${code})`, {
          cause: failure,
        });
        for (const { reject } of this.waiting.values()) reject(error);
        this.waiting.clear();
        resolve();
      }),
    );
    return worker;
  }

  private answered(id: number): Waiting | undefined {
    const waiting = this.waiting.get(id);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker?.unref();
    return waiting;
  }
}

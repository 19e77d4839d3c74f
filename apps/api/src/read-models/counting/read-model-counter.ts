import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '@redress/event-store';
import type { ReadModelConnection } from '@redress/read-models';
import { runCountJob, type CountKind, type CountResults, type JobOf } from './count-jobs';

/** A count the api's stopping ended or refused: not a failure worth a warning. */
export class CountingStoppedError extends Error {
  constructor() {
    super('the api is stopping: nothing is counted');
    this.name = 'CountingStoppedError';
  }
}

/** Where the long counts (count-jobs.ts) run. */
export interface ReadModelCounter {
  run<K extends CountKind>(job: JobOf<K>): Promise<CountResults[K]>;
  close(): Promise<void>;
}

/** Between the api and the counting thread (read-model-counter.entry.ts). */
export interface CountingWorkerData {
  readonly readModels: string;
}
export type ToCounter = { readonly id: number; readonly job: JobOf<CountKind> };
export type FromCounter =
  | { readonly id: number; readonly result: CountResults[CountKind] }
  | { readonly id: number; readonly failure: string };

/**
 * Counting here: read models in memory (only this thread can see them), or on PostgreSQL,
 * where the queries wait on the database server and the event loop serves requests meanwhile.
 */
export class CountingHere implements ReadModelCounter {
  constructor(private readonly readModels: ReadModelConnection) {}

  run<K extends CountKind>(job: JobOf<K>): Promise<CountResults[K]> {
    return runCountJob(this.readModels.db, job);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Counting on a thread of its own, over the SQLite read-model file (its own connection; the file
 * is in WAL mode, so reading never holds up the projector's writes, and each count reads one
 * snapshot of it). better-sqlite3 runs each query synchronously: counting 100,000 complaints on
 * the main thread would hold up every other request for seconds. The thread starts at the first
 * count; one that dies fails the counts in hand and is started again at the next.
 */
export class CountingThread implements ReadModelCounter {
  private worker?: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (result: never) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private closed = false;

  constructor(private readonly readModelFile: string) {}

  run<K extends CountKind>(job: JobOf<K>): Promise<CountResults[K]> {
    if (this.closed) return Promise.reject(new CountingStoppedError());
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: never) => void, reject });
      worker.postMessage({ id, job } satisfies ToCounter);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    // The thread only reads: ending it loses nothing.
    await worker?.terminate();
  }

  private start(): Worker {
    const data: CountingWorkerData = { readModels: this.readModelFile };
    const worker = spawnWorker(__dirname, 'read-model-counter.entry', data);
    // The thread alone never keeps the api's process running.
    worker.unref();
    worker.on('message', (message: FromCounter) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if ('result' in message) waiting?.resolve(message.result as never);
      else waiting?.reject(new Error(message.failure));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.once('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(
        this.closed
          ? new CountingStoppedError()
          : new Error(`the counting thread stopped (exit code ${code})`),
      );
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}

/** On the SQLite file a thread of its own; otherwise here. */
export function counterFor(readModels: ReadModelConnection): ReadModelCounter {
  return readModels.dialect === 'sqlite' && readModels.location !== ':memory:'
    ? new CountingThread(readModels.location)
    : new CountingHere(readModels);
}

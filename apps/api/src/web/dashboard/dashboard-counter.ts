import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '@redress/event-store';
import type { ReadModelConnection } from '@redress/read-models';
import { countDashboard, type DashboardRequest } from './count-dashboard';
import type { DashboardFigures } from './get-dashboard.query';

/** A count the api's stopping ended or refused: not a failure worth a warning. */
export class CountingStoppedError extends Error {
  constructor() {
    super('the api is stopping: nothing is counted');
    this.name = 'CountingStoppedError';
  }
}

/** Where the dashboard's figures are counted. */
export interface DashboardCounter {
  count(request: DashboardRequest): Promise<DashboardFigures>;
  close(): Promise<void>;
}

/** Between the api and the counting thread (dashboard-counter.entry.ts). */
export interface CountingWorkerData {
  readonly readModels: string;
}
export type ToCounter = { readonly id: number; readonly request: DashboardRequest };
export type FromCounter =
  | { readonly id: number; readonly figures: DashboardFigures }
  | { readonly id: number; readonly failure: string };

/**
 * Counting here: read models in memory (only this thread can see them), or on PostgreSQL,
 * where the queries wait on the database server and the event loop serves requests meanwhile.
 */
export class CountingHere implements DashboardCounter {
  constructor(private readonly readModels: ReadModelConnection) {}

  count(request: DashboardRequest): Promise<DashboardFigures> {
    return countDashboard(this.readModels.db, request);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Counting on a thread of its own, over the SQLite read-model file (its own connection; the file
 * is in WAL mode, so reading never holds up the projector's writes, and each count reads one
 * snapshot of it). better-sqlite3 runs each query synchronously: counting 100,000 complaints on
 * the main thread would hold up every other request for seconds. The thread starts at the first count; one that dies fails the counts in
 * hand and is started again at the next.
 */
export class CountingThread implements DashboardCounter {
  private worker?: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (f: DashboardFigures) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private closed = false;

  constructor(private readonly readModelFile: string) {}

  count(request: DashboardRequest): Promise<DashboardFigures> {
    if (this.closed) return Promise.reject(new CountingStoppedError());
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies ToCounter);
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
    const worker = spawnWorker(__dirname, 'dashboard-counter.entry', data);
    // The thread alone never keeps the api's process running.
    worker.unref();
    worker.on('message', (message: FromCounter) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if ('figures' in message) waiting?.resolve(message.figures);
      else waiting?.reject(new Error(message.failure));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.once('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(
        this.closed
          ? new CountingStoppedError()
          : new Error(`the dashboard's counting thread stopped (exit code ${code})`),
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
export function dashboardCounterFor(readModels: ReadModelConnection): DashboardCounter {
  return readModels.dialect === 'sqlite' && readModels.location !== ':memory:'
    ? new CountingThread(readModels.location)
    : new CountingHere(readModels);
}

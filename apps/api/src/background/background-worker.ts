import type { Worker } from 'node:worker_threads';
import { SealRefused, spawnWorker, type SealResult } from '@redress/event-store';
import type { NotifierStatus } from '@redress/alerts';
import type { ProjectorStatus } from '@redress/read-models';
import type { BackgroundWorkerData, FromWorker, ToWorker } from './background-work.messages';

export interface BackgroundWorkerOptions extends Omit<BackgroundWorkerData, 'statusEveryMs'> {
  readonly logger: { log(m: string): void; warn(m: string): void; error(m: string): void };
  /** How often the worker reports its status (what /health and the report headers show). */
  readonly statusEveryMs?: number;
  /** Wait before starting a worker again after it died. */
  readonly restartDelayMs?: number;
}

const STARTING: ProjectorStatus = {
  name: 'complaint-read-models',
  state: 'starting',
  handled: 0,
  lagSeconds: 0,
  role: 'standby',
  restarts: 0,
};

/**
 * The api's side of its background work on a worker thread (background-worker.entry.ts): starts
 * the thread, keeps the status it last reported, wakes it when the api's connection commits, and
 * stops it on shutdown. A thread that dies is started again, as the projection host restarts a
 * failed subscription: it resumes from the checkpoint its rows were committed with.
 */
export class BackgroundWorker {
  private worker?: Worker;
  private latest: ProjectorStatus = STARTING;
  private latestNotifier?: NotifierStatus;
  private restarts = 0;
  private stopping = false;
  private restartTimer?: NodeJS.Timeout;
  private exited: Promise<void> = Promise.resolve();
  private wakeScheduled = false;
  /** Seals asked of the thread and not yet answered, by request id. */
  private readonly seals = new Map<
    number,
    { resolve: (result: SealResult) => void; reject: (error: Error) => void }
  >();
  private nextSeal = 0;

  constructor(private readonly options: BackgroundWorkerOptions) {}

  start(): void {
    const { logger, restartDelayMs: _delay, ...data } = this.options;
    const workerData: BackgroundWorkerData = { ...data, statusEveryMs: data.statusEveryMs ?? 100 };
    // The entry sits beside this file (background-worker.entry.ts).
    const worker = spawnWorker(__dirname, 'background-worker.entry', workerData);
    this.worker = worker;
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'status') {
        this.latest = {
          ...message.projector,
          restarts: message.projector.restarts + this.restarts,
        };
        this.latestNotifier = message.notifier;
      } else if (message.kind === 'log') logger[message.level](message.message);
      else if (message.kind === 'sealed') this.answerSeal(message.id)?.resolve(message.result);
      else if (message.kind === 'seal-failed') {
        // Rebuilt as the error it was, so the api answers a refusal as one (409 SEAL_REFUSED).
        const error = message.refused
          ? new SealRefused(message.message)
          : new Error(message.message);
        this.answerSeal(message.id)?.reject(error);
      }
    });
    worker.on('error', (error) =>
      logger.error(`Background worker failed: ${error.stack ?? error}`),
    );
    this.exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.worker = undefined;
        for (const id of [...this.seals.keys()])
          this.answerSeal(id)?.reject(
            new Error(`the background worker stopped (exit code ${code})`),
          );
        if (!this.stopping) this.restartLater(code);
        resolve();
      }),
    );
  }

  /** What the projector last reported (`failed` while a dead worker waits to be restarted). */
  status(): ProjectorStatus {
    return this.latest;
  }

  /** Whether this worker runs the alert notifier as well as the projector. */
  get runsNotifier(): boolean {
    return this.options.notifier !== undefined;
  }

  /** Whether this worker seals the store, on schedule and when an admin asks. */
  get sealsStore(): boolean {
    return this.options.seal !== undefined;
  }

  /**
   * Seals the store now on the thread, for an admin's request: its walk of the events since the
   * last seal (the whole log, the first time) would otherwise hold up the api's requests.
   */
  seal(actor: { id: string; role: string }, at: Date): Promise<SealResult> {
    if (!this.worker) return Promise.reject(new Error('the background worker is not running'));
    const id = this.nextSeal++;
    return new Promise((resolve, reject) => {
      this.seals.set(id, { resolve, reject });
      this.post({
        kind: 'seal',
        id,
        actor: { id: actor.id, role: actor.role },
        at: at.toISOString(),
      });
    });
  }

  /** What the notifier last reported (`standby` until the worker's first report). */
  notifierStatus(): NotifierStatus {
    return this.latestNotifier ?? { role: 'standby', rounds: 0, delivered: 0, failures: 0 };
  }

  /** The api's connection committed appends: tell the worker once per turn of the event loop. */
  appended(): void {
    if (this.wakeScheduled || !this.worker) return;
    this.wakeScheduled = true;
    setImmediate(() => {
      this.wakeScheduled = false;
      this.post({ kind: 'appended' });
    });
  }

  /** Stops the work in hand and waits for the thread to close its connections and exit. */
  async stop(timeoutMs = 30_000): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    this.post({ kind: 'stop' });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), timeoutMs);
    });
    const outcome = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    if (outcome === 'late') {
      this.options.logger.warn(`Background worker did not stop within ${timeoutMs} ms; ended`);
      await worker.terminate();
    }
    this.latest = { ...this.latest, state: 'stopped' };
  }

  private answerSeal(id: number) {
    const waiting = this.seals.get(id);
    this.seals.delete(id);
    return waiting;
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private restartLater(code: number): void {
    this.restarts++;
    this.latest = { ...this.latest, state: 'failed', lastError: `worker exited with ${code}` };
    this.options.logger.error(`Background worker exited with code ${code}; starting it again`);
    this.restartTimer = setTimeout(() => this.start(), this.options.restartDelayMs ?? 5_000);
  }
}

/** What one queued request came to: its own result, or its own error. */
export type Outcome<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

/** Writes a batch in one transaction, here (synchronously) or on another thread. */
export type BatchWriter<T, R> = (requests: readonly T[]) => Outcome<R>[] | Promise<Outcome<R>[]>;

interface Pending<T, R> {
  readonly request: T;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit. Requests are queued and written together: one transaction, one fsync, each
 * request answered separately; if the write throws, the whole batch failed and every caller
 * hears so.
 *
 * Written here, better-sqlite3 is synchronous and nothing can join a commit while it runs, so
 * the batch is written once the current event-loop turn is over (`setImmediate` runs after the
 * promise continuations and I/O callbacks of this turn, which is where concurrent callers'
 * requests come from). Written on another thread, one batch is in flight at a time, and what
 * arrives meanwhile is the next batch, sent the moment the first is answered.
 */
export class GroupCommitQueue<T, R> {
  private queued: Pending<T, R>[] = [];
  private scheduled = false;
  private inFlight?: Promise<void>;

  constructor(
    private readonly writeBatch: BatchWriter<T, R>,
    private readonly failBatch: (cause: unknown) => unknown,
    private readonly maxBatch: number,
  ) {}

  submit(request: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queued.push({ request, resolve, reject });
      if (!this.scheduled && this.inFlight === undefined) {
        this.scheduled = true;
        setImmediate(() => this.write());
      }
    });
  }

  /** Writes everything queued and waits for it (on close, so no caller is left waiting). */
  async drain(): Promise<void> {
    while (this.inFlight !== undefined || this.queued.length > 0) {
      if (this.inFlight === undefined) this.write();
      if (this.inFlight !== undefined) await this.inFlight;
    }
  }

  private write(): void {
    this.scheduled = false;
    while (this.queued.length > 0 && this.inFlight === undefined) {
      const batch = this.queued.splice(0, this.maxBatch);
      let outcomes: Outcome<R>[] | Promise<Outcome<R>[]>;
      try {
        outcomes = this.writeBatch(batch.map((p) => p.request));
      } catch (cause) {
        this.fail(batch, cause);
        continue;
      }
      if (!(outcomes instanceof Promise)) {
        settle(batch, outcomes);
        continue;
      }
      // Whatever happens, every caller in the batch hears (a rejection after a resolve is a
      // no-op), and the queue moves on.
      this.inFlight = outcomes
        .then((answered) => settle(batch, answered))
        .catch((cause: unknown) => this.fail(batch, cause));
      void this.inFlight.then(() => {
        this.inFlight = undefined;
        this.write();
      });
    }
  }

  private fail(batch: readonly Pending<T, R>[], cause: unknown): void {
    const error = this.failBatch(cause);
    for (const pending of batch) pending.reject(error);
  }
}

function settle<T, R>(batch: readonly Pending<T, R>[], outcomes: readonly Outcome<R>[]): void {
  batch.forEach((pending, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) pending.resolve(outcome.value);
    else pending.reject(outcome.error);
  });
}

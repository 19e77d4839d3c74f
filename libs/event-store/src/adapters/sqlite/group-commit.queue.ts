/** What one queued request came to: its own result, or its own error. */
export type Outcome<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

interface Pending<T, R> {
  readonly request: T;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit. better-sqlite3 is synchronous, so nothing can join a commit while it runs;
 * instead requests are queued and written together once the current event-loop turn is over
 * (`setImmediate` runs after the promise continuations and I/O callbacks of this turn, which is
 * where concurrent callers' requests come from). `writeBatch` writes them in one transaction and
 * answers each one separately; if it throws, the whole batch failed and every caller hears so.
 */
export class GroupCommitQueue<T, R> {
  private queued: Pending<T, R>[] = [];
  private scheduled = false;

  constructor(
    private readonly writeBatch: (requests: readonly T[]) => Outcome<R>[],
    private readonly failBatch: (cause: unknown) => unknown,
    private readonly maxBatch: number,
  ) {}

  submit(request: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queued.push({ request, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Writes everything queued so far, now (used on close so no caller is left waiting). */
  flush(): void {
    this.scheduled = false;
    while (this.queued.length > 0) {
      const batch = this.queued.splice(0, this.maxBatch);
      let outcomes: Outcome<R>[];
      try {
        outcomes = this.writeBatch(batch.map((p) => p.request));
      } catch (cause) {
        const error = this.failBatch(cause);
        for (const pending of batch) pending.reject(error);
        continue;
      }
      batch.forEach((pending, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) pending.resolve(outcome.value);
        else pending.reject(outcome.error);
      });
    }
  }
}

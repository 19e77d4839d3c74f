/**
 * Wakes live subscriptions when an append lands, without polling. A subscriber notes `version`
 * before it reads, then waits beyond it: an append between the read and the wait has already
 * moved the version, so the wait returns at once and nothing is missed.
 */
export class AppendSignal {
  private current = 0;
  private waiters: (() => void)[] = [];

  get version(): number {
    return this.current;
  }

  notify(): void {
    this.current++;
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  /** Resolves once the version has moved past `seen`, or after `timeoutMs` (for polling). */
  waitBeyond(seen: number, timeoutMs?: number): Promise<void> {
    if (this.current > seen) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      // A wait that times out leaves the list, so a reader that only polls does not pile up waiters.
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.waiters = this.waiters.filter((w) => w !== done);
              resolve();
            }, timeoutMs);
      this.waiters.push(done);
    });
  }

  /** Releases every waiter (on close). */
  wakeAll(): void {
    this.notify();
  }
}

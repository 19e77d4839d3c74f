export interface ReconnectBackoff {
  /** The first wait after a drop. */
  readonly initialDelayMs: number;
  /** Waits double after each failed attempt up to this bound; retries never stop. */
  readonly maxDelayMs: number;
}

export const DEFAULT_BACKOFF: ReconnectBackoff = { initialDelayMs: 100, maxDelayMs: 5_000 };

/** The wait before attempt `attempt` (1 for the first retry). */
export function backoffDelay(backoff: ReconnectBackoff, attempt: number): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(backoff.initialDelayMs * 2 ** exponent, backoff.maxDelayMs);
}

/** Waits, or stops waiting as soon as the signal aborts (a close must not sit out a backoff). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

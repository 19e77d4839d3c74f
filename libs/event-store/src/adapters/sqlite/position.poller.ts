/**
 * Notices appends made by other processes on the same file. In-process appends wake
 * subscriptions through the AppendSignal; another process's cannot, so while any subscription
 * is live this reads the log's last position on an interval and calls `onMove` when it changed.
 * One cheap query per store per interval, however many subscriptions are waiting.
 */
export class PositionPoller {
  private timer: NodeJS.Timeout | undefined;
  private last: bigint | null = null;
  private users = 0;

  constructor(
    private readonly readLastPosition: () => bigint | null,
    private readonly onMove: () => void,
    private readonly intervalMs: number,
  ) {}

  /** A subscription started waiting: poll while there is at least one. */
  acquire(): void {
    if (this.users++ > 0) return;
    this.last = this.readLastPosition();
    // Not unref'd: a live subscription keeps the process running, as an open socket would.
    this.timer = setInterval(() => this.tick(), this.intervalMs);
  }

  release(): void {
    if (this.users === 0 || --this.users > 0) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  stop(): void {
    this.users = 0;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Checks at once, between ticks, while anyone is waiting. */
  checkNow(): void {
    if (this.users > 0) this.tick();
  }

  private tick(): void {
    let now: bigint | null;
    try {
      now = this.readLastPosition();
    } catch {
      // A read can briefly fail while another process recovers the WAL; the next tick retries,
      // and subscriptions report real read failures themselves.
      return;
    }
    if (now !== this.last) {
      this.last = now;
      this.onMove();
    }
  }
}

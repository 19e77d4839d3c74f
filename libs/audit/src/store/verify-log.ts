import {
  StreamChainCheck,
  type ChainBreak,
  type EventStore,
  type Position,
  type RecordedEvent,
} from '@redress/event-store';

export interface StreamDamage {
  readonly stream: string;
  readonly firstBreak: ChainBreak;
}

export interface LogVerdict {
  readonly events: number;
  readonly streams: number;
  /** Each damaged stream once, with its first broken link, in the order found. */
  readonly damaged: readonly StreamDamage[];
}

export interface VerifyLogOptions {
  readonly pageSize?: number;
  /** Called after each page: events checked so far and the share of the log walked (0–1). */
  readonly onProgress?: (checked: number, fraction: number) => void;
  /** Also shown every event, in log order (the seal checks ride the same walk). */
  readonly observers?: readonly { next(event: RecordedEvent): void }[];
}

/**
 * Walks the whole log once, in order, keeping one running chain check per stream: memory
 * grows with the number of streams, not events, and each event is read and hashed once.
 * Events after a stream's first break are skipped (the first break is what an auditor needs).
 */
export async function verifyLog(
  store: EventStore,
  options: VerifyLogOptions = {},
): Promise<LogVerdict> {
  const pageSize = options.pageSize ?? 5000;
  const [last] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  const checks = new Map<string, StreamChainCheck | null>();
  const damaged: StreamDamage[] = [];
  let checked = 0;
  let from: Position | 'start' = 'start';
  for (let first = true; last; first = false) {
    // fromPosition is inclusive: after the first page, the page's first event was checked already.
    const page = await store.readAll({ fromPosition: from, maxCount: pageSize + 1 });
    const fresh = first ? page : page.slice(1);
    for (const event of fresh) {
      for (const observer of options.observers ?? []) observer.next(event);
      let check = checks.get(event.stream);
      if (check === undefined) checks.set(event.stream, (check = new StreamChainCheck()));
      if (check === null) continue;
      const broken = check.next(event);
      if (broken) {
        damaged.push({ stream: event.stream, firstBreak: broken });
        checks.set(event.stream, null);
      }
    }
    checked += fresh.length;
    const end = page.at(-1);
    // Positions are only compared elsewhere; here their ratio is a progress estimate, no more.
    const fraction = end
      ? Number(end.position.commit) / Math.max(1, Number(last.position.commit))
      : 1;
    options.onProgress?.(checked, Math.min(1, fraction));
    if (page.length <= pageSize || !end) break;
    from = end.position;
  }
  return { events: checked, streams: checks.size, damaged };
}

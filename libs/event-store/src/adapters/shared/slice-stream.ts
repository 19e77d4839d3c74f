import type { ReadStreamOptions, RecordedEvent } from '../../port/event-store.port';

/** Applies direction, an inclusive start revision and a count to a stream held in order. */
export function sliceStream(
  events: readonly RecordedEvent[],
  options: ReadStreamOptions,
): RecordedEvent[] {
  const backwards = options.direction === 'backwards';
  const last = BigInt(events.length) - 1n;
  const from = options.fromRevision ?? (backwards ? 'end' : 'start');
  const start = from === 'start' ? 0n : from === 'end' ? last : from;
  const max = options.maxCount ?? Infinity;
  if (backwards) {
    const top = start > last ? last : start;
    return top < 0n
      ? []
      : events.slice(Math.max(0, Number(top) + 1 - max), Number(top) + 1).reverse();
  }
  return start > last
    ? []
    : events.slice(Number(start), Number(start) + Math.min(max, events.length));
}

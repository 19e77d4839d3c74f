import type { StreamAppend } from '../../port/event-store.port';

/**
 * An append across streams names each stream once: two parts for one stream would each be
 * checked against the revision before either, which no caller can mean.
 */
export function assertDistinctStreams(appends: readonly StreamAppend[]): void {
  const streams = new Set(appends.map((a) => a.stream));
  if (streams.size !== appends.length)
    throw new TypeError('An append across streams must name each stream once');
}

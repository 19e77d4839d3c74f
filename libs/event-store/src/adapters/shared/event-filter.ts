import type { EventFilter, RecordedEvent } from '../../port/event-store.port';

/** The port's filter: any listed type prefix, and any listed stream prefix, must match. */
export function matchesFilter(
  event: Pick<RecordedEvent, 'type' | 'stream'>,
  filter?: EventFilter,
): boolean {
  if (!filter) return true;
  const { eventTypePrefixes: types, streamNamePrefixes: streams } = filter;
  if (types?.length && !types.some((p) => event.type.startsWith(p))) return false;
  if (streams?.length && !streams.some((p) => event.stream.startsWith(p))) return false;
  return true;
}

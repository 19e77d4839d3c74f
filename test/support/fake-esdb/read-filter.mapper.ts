import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { StoredEvent } from './event-log.store';

/** EventStoreDB's default search window when the request names none. */
const DEFAULT_WINDOW = 32;

export interface ReadFilter {
  matches(event: StoredEvent): boolean;
  /** Events scanned between checkpoints (subscriptions only); undefined without a filter. */
  readonly checkpointEvery?: number;
}

const everything: ReadFilter = { matches: () => true };

/**
 * Turns the request's FilterOptions into a predicate. Prefixes win over a regex when both are
 * sent (the server does the same); the regex is run by JavaScript, close enough to .NET for the
 * patterns clients send (the client's excludeSystemEvents is `^[^$].*`).
 */
export function readFilter(options: ReadReq.Options): ReadFilter {
  if (!options.hasFilter()) return everything;
  const filter = options.getFilter()!;
  const onStream =
    filter.getFilterCase() === ReadReq.Options.FilterOptions.FilterCase.STREAM_IDENTIFIER;
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const prefixes = expression?.getPrefixList() ?? [];
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const subject = (event: StoredEvent) => (onStream ? event.stream : event.type);
  const test =
    prefixes.length > 0
      ? (value: string) => prefixes.some((p) => value.startsWith(p))
      : regex
        ? (value: string) => regex.test(value)
        : () => true;
  const window = filter.hasMax() ? filter.getMax() : DEFAULT_WINDOW;
  return {
    matches: (event) => test(subject(event)),
    checkpointEvery: Math.max(1, window * Math.max(1, filter.getCheckpointintervalmultiplier())),
  };
}

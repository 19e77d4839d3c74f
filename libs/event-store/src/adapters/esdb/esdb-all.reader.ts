import {
  BACKWARDS,
  END,
  FORWARDS,
  type EventStoreDBClient,
  type ReadPosition,
} from '@eventstore/db-client';
import type { ReadAllOptions, RecordedEvent } from '../../port/event-store.port';
import { comparePositions, type Position } from '../../port/position';
import { toReadPosition, toRecordedEvent } from './esdb-event.mapper';
import { planFilter } from './esdb-filter.mapper';

/** Events asked for per call when the count cannot be known in advance (filtered reads). */
export const READ_PAGE_SIZE = 512;

async function readPage(
  client: EventStoreDBClient,
  fromPosition: ReadPosition,
  direction: 'forwards' | 'backwards',
  maxCount: number,
): Promise<RecordedEvent[]> {
  const page: RecordedEvent[] = [];
  const read = client.readAll({
    fromPosition,
    direction: direction === 'backwards' ? BACKWARDS : FORWARDS,
    maxCount,
  });
  for await (const resolved of read) {
    const event = toRecordedEvent(resolved);
    if (event) page.push(event);
  }
  return page;
}

/** The position of the last record in `$all` (system events included), or undefined if empty. */
export async function readEndOfAll(client: EventStoreDBClient): Promise<Position | undefined> {
  const [last] = await readPage(client, END, 'backwards', 1);
  return last?.position;
}

/**
 * Reads `$all` in pages, filtering here. The v6 client's readAll takes no filter at all (only
 * subscriptions do), so the port's filter, and the removal of system events, can only be
 * applied client-side; pages continue until `maxCount` events are kept or the log ends.
 *
 * Each page starts at the last position of the one before. Whether the server repeats that
 * event (an inclusive read) or not, everything at or beyond that boundary is skipped, so paging
 * is right either way. The server reads backwards from a position exclusively: an event's
 * position is where its record starts, and its reader takes a backward position as where a
 * record ends. The port wants it inclusive, so a backward read from a position first fetches
 * the event at exactly that position with a one-event forward read.
 */
export async function readAllFiltered(
  client: EventStoreDBClient,
  options: ReadAllOptions,
): Promise<RecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  const direction = backwards ? 'backwards' : 'forwards';
  const max = options.maxCount ?? Number.POSITIVE_INFINITY;
  if (max <= 0) return [];
  const { keeps } = planFilter(options.filter);
  const from = options.fromPosition ?? (backwards ? 'end' : 'start');
  const kept: RecordedEvent[] = [];
  let cursor = toReadPosition(from);
  let boundary: Position | undefined;

  if (backwards && typeof from === 'object') {
    const [atFrom] = await readPage(client, cursor, 'forwards', 1);
    if (atFrom && comparePositions(atFrom.position, from) === 0 && keeps(atFrom)) {
      kept.push(atFrom);
    }
    boundary = from;
  }

  const beyond = (position: Position) => {
    if (!boundary) return false;
    const order = comparePositions(position, boundary);
    return backwards ? order >= 0 : order <= 0;
  };

  while (kept.length < max) {
    // At least two per page, so a page that repeats its boundary event still moves on.
    const size = Math.max(2, Math.min(READ_PAGE_SIZE, max - kept.length + 1));
    const page = await readPage(client, cursor, direction, size);
    for (const event of page) {
      if (beyond(event.position) || !keeps(event)) continue;
      kept.push(event);
      if (kept.length >= max) break;
    }
    const last = page[page.length - 1];
    if (page.length < size || !last) break;
    boundary = last.position;
    cursor = toReadPosition(last.position);
  }
  return kept;
}

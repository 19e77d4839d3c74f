import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
  type FilterBase,
} from '@eventstore/db-client';
import type { EventFilter, RecordedEvent } from '../../port/event-store.port';
import { matchesFilter } from '../shared/event-filter';
import { isSystemEventType } from './esdb-event.mapper';

export type CheckpointReached = NonNullable<FilterBase['checkpointReached']>;

export interface FilterPlan {
  /** The server-side filter for a subscription, reporting checkpoints to the callback. */
  serverFilter(checkpointReached: CheckpointReached): Filter;
  /** The port's filter, applied to everything the server sends, plus "no system events". */
  keeps(event: Pick<RecordedEvent, 'type' | 'stream'>): boolean;
}

/**
 * Maps the port's EventFilter to what the server can filter on. The server filters on one thing
 * only, stream name or event type, by prefix or regex; so one kind of prefix goes to the server
 * as it is, and anything else (both kinds at once, or no filter) goes as excludeSystemEvents.
 * Every event is then checked here too, with the same matcher the other adapters use, so the
 * port's semantics hold whatever the server did. Empty prefix lists count as "not given".
 * System events (`$`-types) are never delivered: the embedded stores have none, and projections
 * must not depend on which store is underneath.
 */
export function planFilter(filter: EventFilter | undefined): FilterPlan {
  const types = filter?.eventTypePrefixes?.length ? [...filter.eventTypePrefixes] : undefined;
  const streams = filter?.streamNamePrefixes?.length ? [...filter.streamNamePrefixes] : undefined;
  const normalised: EventFilter = { eventTypePrefixes: types, streamNamePrefixes: streams };
  return {
    serverFilter: (checkpointReached) => {
      if (streams && !types) return streamNameFilter({ prefixes: streams, checkpointReached });
      if (types && !streams) return eventTypeFilter({ prefixes: types, checkpointReached });
      return excludeSystemEvents({ checkpointReached });
    },
    keeps: (event) => !isSystemEventType(event.type) && matchesFilter(event, normalised),
  };
}

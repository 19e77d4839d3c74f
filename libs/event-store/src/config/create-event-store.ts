import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EsdbEventStore } from '../adapters/esdb/esdb-event-store';
import { MemoryEventStore } from '../adapters/memory/memory-event-store';
import { SqliteEventStore } from '../adapters/sqlite/sqlite-event-store';
import type { EventStore } from '../port/event-store.port';

export type StoreChoice =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'esdb'; readonly url: string }
  | { readonly kind: 'memory' };

/** The file the embedded store keeps its events in. */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'redress.sqlite');
}

/** How the caller wants the embedded store opened. */
export interface StoreUse {
  /**
   * Commit on a thread of the store's own, so a commit's fsync does not hold the event loop a
   * server answers requests on (REDRESS_SQLITE_WRITER). Tools leave it off.
   */
  readonly writerThread?: boolean;
}

/** Opens the configured store (REDRESS_STORE): the one place adapters are chosen. */
export async function createEventStore(
  choice: StoreChoice,
  use: StoreUse = {},
): Promise<EventStore> {
  switch (choice.kind) {
    case 'sqlite':
      mkdirSync(choice.dataDir, { recursive: true });
      return new SqliteEventStore(sqliteFile(choice.dataDir), { writerThread: use.writerThread });
    case 'esdb':
      return new EsdbEventStore(choice.url);
    case 'memory':
      return new MemoryEventStore();
  }
}

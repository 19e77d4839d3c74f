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

/** Opens the configured store (REDRESS_STORE): the one place adapters are chosen. */
export async function createEventStore(choice: StoreChoice): Promise<EventStore> {
  switch (choice.kind) {
    case 'sqlite':
      mkdirSync(choice.dataDir, { recursive: true });
      return new SqliteEventStore(sqliteFile(choice.dataDir));
    case 'esdb':
      return new EsdbEventStore(choice.url);
    case 'memory':
      return new MemoryEventStore();
  }
}

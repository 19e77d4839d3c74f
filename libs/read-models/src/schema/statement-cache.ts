import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every query shape the projector and the report queries use, with room to spare. */
const DEFAULT_CAPACITY = 500;

/**
 * The better-sqlite3 database as Kysely's SqliteDialect sees it, preparing each SQL text once:
 * the dialect asks for a fresh statement on every query, and compiling it was a seventh of the
 * projector's CPU. Least recently used texts are dropped past `capacity` (multi-row inserts
 * make a text per row count). A statement still being iterated (a streamed query) is busy and
 * cannot run again until it finishes, so a second use meanwhile gets a statement of its own.
 */
export function withStatementCache(
  database: Database,
  capacity = DEFAULT_CAPACITY,
): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): Statement {
      const cached = cache.get(sql);
      if (cached) {
        if (cached.busy) return database.prepare(sql);
        // Re-inserted, so the Map's order is the order of last use.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

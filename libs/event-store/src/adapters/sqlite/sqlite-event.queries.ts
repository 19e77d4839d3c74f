import type { Database, Statement } from 'better-sqlite3';
import type { EventFilter } from '../../port/event-store.port';
import { EVENT_COLUMNS } from './sqlite-event-row.mapper';

/** Bounds that stand for "no bound", so 'start' and 'end' reuse the same statements. */
export const LOWEST = -(2n ** 63n);
export const HIGHEST = 2n ** 63n - 1n;

/**
 * Every statement the store runs, prepared once. readAll's SQL depends on the filter's shape
 * (how many prefixes of each kind), so those statements are prepared on first use and cached.
 */
export class SqliteEventQueries {
  readonly streamRevision: Statement<[string], bigint>;
  readonly lastPosition: Statement<[], bigint | null>;
  readonly insertEvent: Statement<[string, bigint, string, string, string, string, string]>;
  readonly saveStreamRevision: Statement<[string, bigint]>;
  readonly eventMetadata: Statement<[string, bigint], string>;
  readonly streamForwards: Statement<[string, bigint, number], unknown[]>;
  readonly streamBackwards: Statement<[string, bigint, number], unknown[]>;
  private readonly readAllCache = new Map<string, Statement<unknown[], unknown[]>>();

  constructor(private readonly db: Database) {
    this.streamRevision = db
      .prepare<[string], bigint>('SELECT revision FROM streams WHERE stream = ?')
      .pluck();
    this.lastPosition = db.prepare<[], bigint | null>('SELECT max(position) FROM events').pluck();
    this.insertEvent = db.prepare(
      `INSERT INTO events (stream, revision, id, type, data, metadata, created)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.saveStreamRevision = db.prepare(
      `INSERT INTO streams (stream, revision) VALUES (?, ?)
       ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision`,
    );
    this.eventMetadata = db
      .prepare<[string, bigint], string>(
        'SELECT metadata FROM events WHERE stream = ? AND revision = ?',
      )
      .pluck();
    this.streamForwards = db
      .prepare<[string, bigint, number], unknown[]>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision >= ?
         ORDER BY revision LIMIT ?`,
      )
      .raw(true);
    this.streamBackwards = db
      .prepare<[string, bigint, number], unknown[]>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision <= ?
         ORDER BY revision DESC LIMIT ?`,
      )
      .raw(true);
  }

  /** A page of the log from `from` (inclusive), with the filter applied in SQL. */
  readAll(
    backwards: boolean,
    from: bigint,
    limit: number,
    filter: EventFilter | undefined,
  ): unknown[][] {
    const types = filter?.eventTypePrefixes ?? [];
    const streams = filter?.streamNamePrefixes ?? [];
    const statement = this.readAllStatement(backwards, types.length, streams.length);
    return statement.all(from, ...prefixParameters(types), ...prefixParameters(streams), limit);
  }

  private readAllStatement(
    backwards: boolean,
    types: number,
    streams: number,
  ): Statement<unknown[], unknown[]> {
    const key = `${backwards ? 'b' : 'f'}:${types}:${streams}`;
    let statement = this.readAllCache.get(key);
    if (!statement) {
      const where = [backwards ? 'position <= ?' : 'position >= ?'];
      if (types > 0) where.push(prefixCondition('type', types));
      if (streams > 0) where.push(prefixCondition('stream', streams));
      statement = this.db
        .prepare<unknown[], unknown[]>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')}
           ORDER BY position ${backwards ? 'DESC' : 'ASC'} LIMIT ?`,
        )
        .raw(true);
      this.readAllCache.set(key, statement);
    }
    return statement;
  }
}

/**
 * Any of `count` prefixes on a column. LIKE does the prefix match, but SQLite's LIKE ignores
 * ASCII case while the port's prefixes (like EventStoreDB's) are case-sensitive, so an exact
 * comparison of the leading characters keeps 'complaint-' from matching 'Complaint-'.
 */
function prefixCondition(column: string, count: number): string {
  const one = `(${column} LIKE ? ESCAPE '\\' AND substr(${column}, 1, ?) = ?)`;
  return `(${Array.from({ length: count }, () => one).join(' OR ')})`;
}

function prefixParameters(prefixes: readonly string[]): unknown[] {
  return prefixes.flatMap((prefix) => [
    `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    // substr counts characters (code points), as spreading a string does.
    [...prefix].length,
    prefix,
  ]);
}

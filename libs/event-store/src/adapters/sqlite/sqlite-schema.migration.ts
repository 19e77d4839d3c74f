import type { Database } from 'better-sqlite3';

/**
 * The store's schema, versioned through SQLite's `user_version` pragma. Each entry upgrades the
 * file from the version before it; a later release appends entries and never edits old ones, so
 * a file written by any earlier version opens and migrates in place.
 */
const MIGRATIONS: readonly string[] = [
  // 1: the log. `position` is the rowid, so appends are in order and reads by position are
  // B-tree seeks. UNIQUE(stream, revision) both indexes stream reads and makes a lost
  // concurrency check impossible to persist. `streams` holds each stream's revision so the
  // expected-revision check is one lookup however long the stream is.
  `CREATE TABLE events (
     position INTEGER PRIMARY KEY,
     stream   TEXT    NOT NULL,
     revision INTEGER NOT NULL,
     id       TEXT    NOT NULL UNIQUE,
     type     TEXT    NOT NULL,
     data     TEXT    NOT NULL,
     metadata TEXT    NOT NULL,
     created  TEXT    NOT NULL,
     UNIQUE (stream, revision)
   ) STRICT;
   CREATE TABLE streams (
     stream   TEXT    PRIMARY KEY,
     revision INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the file up to SCHEMA_VERSION; refuses a file written by a newer release. */
export function migrate(db: Database): void {
  // IMMEDIATE takes the write lock first, so two processes opening a new file at once cannot
  // both decide to run the same migration.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `The event store file has schema version ${current}; this release reads up to ${SCHEMA_VERSION}`,
      );
    }
    for (let version = current; version < SCHEMA_VERSION; version++) {
      db.exec(MIGRATIONS[version]!);
    }
    if (current !== SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

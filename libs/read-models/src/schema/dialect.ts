import {
  PostgresAdapter,
  sql,
  type ColumnDataType,
  type Expression,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from 'kysely';

/**
 * The one place the read models know which database they are on. Queries are written in the
 * SQL both SQLite and PostgreSQL speak; the few expressions that differ are built here.
 *
 * A portable query: compares ISO `YYYY-MM-DD` text dates as text (never `date()`, `julianday`,
 * `strftime` or `::date`); stores booleans as 0/1 integers; uses `coalesce` (not `ifnull`),
 * `substr` (not `left`), `case when` (not `iif` or `filter`); counts with `count(*)` / `sum(...)`
 * and passes the result through `Number()` (PostgreSQL returns 64-bit counts as strings); matches
 * prefixes with `startsWith` below (LIKE is case-insensitive on SQLite, sensitive on PostgreSQL,
 * and treats `%`/`_` in the input as wildcards); writes conflicts with Kysely's `onConflict` (never
 * `insert or replace`); and orders text by the columns' own collation (`textType` gives byte order
 * on both, so `order by` agrees with JavaScript's `<`).
 */
export type ReadModelDialect = 'sqlite' | 'postgres';

type Db = Pick<Kysely<any>, 'getExecutor'>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Which database a Kysely instance (or transaction) talks to. */
export function dialectOf(db: Db): ReadModelDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Text compared byte by byte on both databases. SQLite's default (BINARY) already is; a
 * PostgreSQL database's default collation follows its locale, which would sort `c-10` before
 * `c-9` differently from SQLite and from JavaScript.
 */
export function textType(dialect: ReadModelDialect): ColumnDataType | Expression<unknown> {
  return dialect === 'postgres' ? sql`text collate "C"` : 'text';
}

/** `column` starts with `prefix`, case-sensitively and with no wildcards, on both databases. */
export function startsWith(
  column: RawBuilder<unknown> | string,
  prefix: string,
): RawBuilder<SqlBool> {
  const ref = typeof column === 'string' ? sql.ref(column) : column;
  return sql<SqlBool>`(substr(${ref}, 1, ${sql.lit(prefix.length)}) = ${prefix})`;
}

/**
 * `column` contains `needle` anywhere, with `%` and `_` in the needle taken literally, on both
 * databases. The column is stored in lower case and the needle lowered here, so the match is
 * case-insensitive alike on SQLite (whose LIKE ignores ASCII case only) and PostgreSQL (whose
 * LIKE ignores none).
 */
export function containsText(
  column: RawBuilder<unknown> | string,
  needle: string,
): RawBuilder<SqlBool> {
  const ref = typeof column === 'string' ? sql.ref(column) : column;
  const pattern = `%${needle.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
  return sql<SqlBool>`(${ref} like ${pattern} escape '!')`;
}

/** The `YYYY-MM` month of an ISO date column. */
export function yearMonthOf(column: RawBuilder<unknown> | string): RawBuilder<string> {
  const ref = typeof column === 'string' ? sql.ref(column) : column;
  return sql<string>`substr(${ref}, 1, 7)`;
}

/** Is `url` a PostgreSQL connection string (`REDRESS_READ_MODELS`)? */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** A connection string fit for logs: the password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

import { sql, type Kysely, type Transaction } from 'kysely';

// Tables are named at run time (a rebuild's carry a suffix), so the builder is given any name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any> | Transaction<any>;

/** The most rows in one statement: well under either database's bound-parameter limit. */
const MAX_ROWS = 128;

/**
 * Splits `items` into runs whose lengths are powers of two (37 rows: 32, 4, 1). A multi-row
 * statement's text depends on its row count, and SQLite's statement cache keeps one prepared
 * statement per text, so any batch size is written with one of eight texts per table instead
 * of one per size (preparing a new 40-column insert costs more than running it).
 */
export function* powerOfTwoRuns<T>(items: readonly T[], max = MAX_ROWS): Generator<T[]> {
  let at = 0;
  while (at < items.length) {
    let size = max;
    while (size > items.length - at) size /= 2;
    yield items.slice(at, at + size);
    at += size;
  }
}

/**
 * Inserts each row, or moves an existing one forward when the row's revision is newer; returns
 * the keys of the rows written, not of those already at a later revision. So a stale writer (a
 * replay, a live projector racing a rebuild's swap) never moves a read model backwards. A few
 * statements per batch, not per row.
 */
export async function upsertGuarded(
  db: AnyDb,
  table: string,
  key: string,
  rows: readonly { readonly revision: number }[],
): Promise<Set<string>> {
  const moved = new Set<string>();
  if (rows.length === 0) return moved;
  const columns = Object.keys(rows[0]!);
  for (const run of powerOfTwoRuns(rows)) {
    const written = await db
      .insertInto(table)
      .values(run)
      .onConflict((oc) =>
        oc
          .column(key)
          .doUpdateSet((eb) =>
            Object.fromEntries(
              columns.filter((c) => c !== key).map((c) => [c, eb.ref(`excluded.${c}`)]),
            ),
          )
          .where(sql<boolean>`${sql.ref(`${table}.revision`)} < excluded.revision`),
      )
      .returning(key)
      .execute();
    for (const row of written) moved.add(String((row as Record<string, unknown>)[key]));
  }
  return moved;
}

/** The child rows of the parents `ids`: deleted, then inserted anew. */
export async function replaceChildren(
  db: AnyDb,
  table: string,
  key: string,
  ids: ReadonlySet<string>,
  rows: readonly object[],
): Promise<void> {
  for (const run of powerOfTwoRuns([...ids])) {
    await db.deleteFrom(table).where(key, 'in', run).execute();
  }
  for (const run of powerOfTwoRuns(rows)) {
    await db.insertInto(table).values(run).execute();
  }
}

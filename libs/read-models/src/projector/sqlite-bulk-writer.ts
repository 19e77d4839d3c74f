import type Database from 'better-sqlite3';
import type { Position } from '@redress/event-store';
import type { ComplaintRowSet } from '../projection/complaint-rows';
import { PROJECTED_TABLES } from '../schema/read-model-tables';
import { CHILD_TABLES, padPosition as pad, type BulkWriter } from './bulk-writer';
import { COMPLAINT_PROJECTION } from './projection-names';

type Table = (typeof PROJECTED_TABLES)[number];

/** Rows per multi-row INSERT; the widest table (about 60 columns) stays far below SQLite's 32,766 variables. */
const ROWS_PER_STATEMENT = 256;

/**
 * The rebuild's writer: prepared statements straight on the SQLite connection into a rebuild's
 * suffixed tables, one transaction per write. It is SQLite-specific on purpose: a rebuild writes
 * every row once, and the query builder's per-statement cost was a third of the rebuild's time.
 * Rows go in as multi-row INSERTs with positional parameters (one statement per 256 rows, no
 * lookup by name per value), which halved the writer's share of a rebuild's profile.
 * Rows come from the same `complaintRowSet` as the live path, so the result is the same.
 */
export class SqliteBulkWriter implements BulkWriter {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly written = new Set<string>();
  /** Each table's columns, in the order its statements bind them (from its first row). */
  private readonly columns = new Map<Table, readonly string[]>();

  constructor(
    private readonly sqlite: Database.Database,
    private readonly suffix: string,
  ) {}

  write(sets: readonly ComplaintRowSet[], position: Position, at: Date): Promise<void> {
    this.sqlite.transaction(() => {
      // A complaint written before loses its child rows first; its new ones replace them below.
      for (const set of sets) {
        const id = set.complaint.complaint_id;
        if (!this.written.has(id)) continue;
        for (const table of CHILD_TABLES)
          this.statement(
            `delete:${table}`,
            () => `delete from ${table}${this.suffix} where complaint_id = ?`,
          ).run(id);
      }
      this.insertAll(
        'rm_complaints',
        sets.map((s) => s.complaint),
      );
      this.insertAll(
        'rm_actions',
        sets.flatMap((s) => s.actions),
      );
      this.insertAll(
        'rm_learning',
        sets.flatMap((s) => s.learning),
      );
      this.insertAll(
        'rm_findings',
        sets.flatMap((s) => s.findings),
      );
      this.insertAll(
        'rm_orders',
        sets.flatMap((s) => s.orders),
      );
      this.insertAll(
        'rm_obligations',
        sets.flatMap((s) => s.obligations),
      );
      for (const set of sets) this.written.add(set.complaint.complaint_id);
      this.insertAll('rm_checkpoints', [
        {
          name: COMPLAINT_PROJECTION,
          commit_position: pad(position.commit),
          prepare_position: pad(position.prepare),
          updated_at: at.toISOString(),
        },
      ]);
    })();
    return Promise.resolve();
  }

  private insertAll(table: Table, rows: readonly object[]): void {
    if (rows.length === 0) return;
    let columns = this.columns.get(table);
    if (!columns) this.columns.set(table, (columns = Object.keys(rows[0]!)));
    const values: unknown[] = [];
    let inBatch = 0;
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      for (const column of columns) values.push(record[column]);
      if (++inBatch === ROWS_PER_STATEMENT) {
        this.insertStatement(table, columns, inBatch).run(values);
        values.length = 0;
        inBatch = 0;
      }
    }
    if (inBatch > 0) this.insertStatement(table, columns, inBatch).run(values);
  }

  private insertStatement(
    table: Table,
    columns: readonly string[],
    rows: number,
  ): Database.Statement {
    return this.statement(`insert:${table}:${rows}`, () => {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      return `insert or replace into ${table}${this.suffix} (${columns.join(', ')}) values ${Array(rows).fill(tuple).join(', ')}`;
    });
  }

  private statement(key: string, text: () => string): Database.Statement {
    let statement = this.statements.get(key);
    if (!statement) this.statements.set(key, (statement = this.sqlite.prepare(text())));
    return statement;
  }
}

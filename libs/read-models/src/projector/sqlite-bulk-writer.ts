import type Database from 'better-sqlite3';
import type { Position } from '@redress/event-store';
import type { ComplaintRowSet } from '../projection/complaint-rows';
import { PROJECTED_TABLES } from '../schema/read-model-tables';
import { CHILD_TABLES, padPosition as pad, type BulkWriter } from './bulk-writer';
import { COMPLAINT_PROJECTION } from './projection-names';

/**
 * The rebuild's writer: prepared statements straight on the SQLite connection into a rebuild's
 * suffixed tables, one transaction per flush. It is SQLite-specific on purpose: a rebuild writes
 * every row once, and the query builder's per-statement cost was a third of the rebuild's time.
 * Rows come from the same `complaintRowSet` as the live path, so the result is the same.
 */
export class SqliteBulkWriter implements BulkWriter {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly written = new Set<string>();

  constructor(
    private readonly sqlite: Database.Database,
    private readonly suffix: string,
  ) {}

  write(sets: readonly ComplaintRowSet[], position: Position, at: Date): Promise<void> {
    this.sqlite.transaction(() => {
      for (const set of sets) {
        const id = set.complaint.complaint_id;
        if (this.written.has(id)) {
          for (const table of CHILD_TABLES)
            this.statement(
              `delete:${table}`,
              () => `delete from ${table}${this.suffix} where complaint_id = ?`,
            ).run(id);
        }
        this.insert('rm_complaints', set.complaint);
        for (const row of set.actions) this.insert('rm_actions', row);
        for (const row of set.learning) this.insert('rm_learning', row);
        for (const row of set.findings) this.insert('rm_findings', row);
        for (const row of set.orders) this.insert('rm_orders', row);
        for (const row of set.obligations) this.insert('rm_obligations', row);
        this.written.add(id);
      }
      this.insert('rm_checkpoints', {
        name: COMPLAINT_PROJECTION,
        commit_position: pad(position.commit),
        prepare_position: pad(position.prepare),
        updated_at: at.toISOString(),
      });
    })();
    return Promise.resolve();
  }

  private insert(table: (typeof PROJECTED_TABLES)[number], row: object): void {
    this.statement(`insert:${table}`, () => {
      const columns = Object.keys(row);
      return `insert or replace into ${table}${this.suffix} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`;
    }).run(row);
  }

  private statement(key: string, text: () => string): Database.Statement {
    let statement = this.statements.get(key);
    if (!statement) this.statements.set(key, (statement = this.sqlite.prepare(text())));
    return statement;
  }
}

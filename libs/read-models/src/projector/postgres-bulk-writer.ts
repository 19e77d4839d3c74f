import type { Pool, PoolClient } from 'pg';
import type { Position } from '@redress/event-store';
import type { ComplaintRowSet } from '../projection/complaint-rows';
import { COMPLAINT_PROJECTION } from './projection-names';
import { CHILD_TABLES, padPosition as pad, type BulkWriter } from './bulk-writer';

const ROWS_PER_STATEMENT = 5_000;
const ARRAY_TYPES: Record<string, string> = { text: 'text[]', integer: 'int4[]', bigint: 'int8[]' };

/**
 * The rebuild's writer on PostgreSQL: each table's rows go in as one array per column,
 * `insert ... select * from unnest($1::text[], $2::int4[], ...)`, a few statements per flush
 * however many rows (multi-row VALUES would need a parameter per value, capped at 65,535). Column
 * types are read from the fresh tables themselves, so a column added to the schema needs nothing
 * here.
 */
export class PostgresBulkWriter implements BulkWriter {
  private readonly written = new Set<string>();
  private types?: Map<string, Map<string, string>>;

  constructor(
    private readonly pool: Pool,
    private readonly suffix: string,
  ) {}

  async write(sets: readonly ComplaintRowSet[], position: Position, at: Date): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      this.types ??= await this.columnTypes(client);
      const again = sets.map((s) => s.complaint.complaint_id).filter((id) => this.written.has(id));
      if (again.length > 0) {
        for (const table of ['rm_complaints', ...CHILD_TABLES]) {
          await client.query(`delete from ${table}${this.suffix} where complaint_id = any($1)`, [
            again,
          ]);
        }
      }
      await this.insert(
        client,
        'rm_complaints',
        sets.map((s) => s.complaint),
      );
      await this.insert(
        client,
        'rm_actions',
        sets.flatMap((s) => s.actions),
      );
      await this.insert(
        client,
        'rm_learning',
        sets.flatMap((s) => s.learning),
      );
      await this.insert(
        client,
        'rm_findings',
        sets.flatMap((s) => s.findings),
      );
      await this.insert(
        client,
        'rm_orders',
        sets.flatMap((s) => s.orders),
      );
      await this.insert(
        client,
        'rm_obligations',
        sets.flatMap((s) => s.obligations),
      );
      await client.query(
        `insert into rm_checkpoints${this.suffix} (name, commit_position, prepare_position, updated_at)
         values ($1, $2, $3, $4)
         on conflict (name) do update set commit_position = excluded.commit_position,
           prepare_position = excluded.prepare_position, updated_at = excluded.updated_at`,
        [COMPLAINT_PROJECTION, pad(position.commit), pad(position.prepare), at.toISOString()],
      );
      await client.query('commit');
      for (const s of sets) this.written.add(s.complaint.complaint_id);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async insert(client: PoolClient, table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const name = `${table}${this.suffix}`;
    const types = this.types!.get(name);
    if (!types) throw new Error(`No table ${name} to rebuild into`);
    const columns = Object.keys(rows[0]!);
    const casts = columns.map((c, i) => {
      const type = ARRAY_TYPES[types.get(c) ?? ''];
      if (!type) throw new Error(`Column ${name}.${c} has a type the bulk writer does not know`);
      return `$${i + 1}::${type}`;
    });
    const text = `insert into ${name} (${columns.join(', ')}) select * from unnest(${casts.join(', ')})`;
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT) as Record<string, unknown>[];
      await client.query(
        text,
        columns.map((c) => chunk.map((r) => r[c] ?? null)),
      );
    }
  }

  private async columnTypes(client: PoolClient): Promise<Map<string, Map<string, string>>> {
    const { rows } = await client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
    }>(
      `select table_name, column_name, data_type from information_schema.columns
       where table_schema = current_schema() and right(table_name, length($1)) = $1`,
      // A literal suffix match: in LIKE, each `_` of the suffix would match any character.
      [this.suffix],
    );
    const types = new Map<string, Map<string, string>>();
    for (const r of rows) {
      const table = types.get(r.table_name) ?? new Map<string, string>();
      table.set(r.column_name, r.data_type);
      types.set(r.table_name, table);
    }
    return types;
  }
}

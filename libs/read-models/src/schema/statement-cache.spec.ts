import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  let sqlite: Database.Database;
  let prepared: string[];

  beforeEach(() => {
    sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE t (n INTEGER)');
    prepared = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof sqlite.prepare;
  });
  afterEach(() => sqlite.open && sqlite.close());

  it('prepares each SQL text once however often Kysely runs it, with the right results', async () => {
    const db = new Kysely<{ t: { n: number } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    for (let n = 0; n < 20; n++) await db.insertInto('t').values({ n }).execute();
    const rows = [];
    for (let n = 0; n < 20; n++)
      rows.push(await db.selectFrom('t').select('n').where('n', '=', n).executeTakeFirst());
    expect(rows.map((r) => r?.n)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(prepared).toHaveLength(2);
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });

  it('drops the least recently used text past its capacity', () => {
    const cache = withStatementCache(sqlite, 2);
    const a = cache.prepare('SELECT 1');
    cache.prepare('SELECT 2');
    expect(cache.prepare('SELECT 1')).toBe(a); // SELECT 1 is now the most recent
    cache.prepare('SELECT 3'); // evicts SELECT 2
    expect(cache.prepare('SELECT 1')).toBe(a);
    cache.prepare('SELECT 2');
    expect(prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
  });

  it('gives a second use of a statement still being iterated a statement of its own', () => {
    sqlite.exec('INSERT INTO t VALUES (1), (2)');
    const cache = withStatementCache(sqlite);
    const iterating = cache.prepare('SELECT n FROM t').iterate([]);
    iterating.next();
    expect(cache.prepare('SELECT n FROM t').all([])).toEqual([{ n: 1 }, { n: 2 }]);
    expect([...iterating]).toEqual([{ n: 2 }]);
  });
});

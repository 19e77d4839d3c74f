import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReadModelDatabase } from './open-read-model-database';

describe('read-model schema upgrades', () => {
  it('an older file lacking a column this version reads is emptied, so the projector folds again from the first event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rm-schema-'));
    const file = join(dir, 'read-models.sqlite');
    try {
      // A read-model file from before tenure was recorded, with a row and a checkpoint.
      const old = new Database(file);
      old.exec(`create table rm_complaints (complaint_id text primary key, revision integer not null, received_on text);
        insert into rm_complaints values ('c-1', 3, '2025-04-17');
        create table rm_checkpoints (name text primary key, commit_position text not null, prepare_position text not null, updated_at text not null);
        insert into rm_checkpoints values ('complaint-read-models', '5', '5', '2025-04-17T00:00:00Z');`);
      old.close();
      const rm = await openReadModelDatabase(file);
      const columns = rm.sqlite.prepare('pragma table_info(rm_complaints)').all() as {
        name: string;
      }[];
      expect(columns.map((c) => c.name)).toEqual(expect.arrayContaining(['tenure']));
      expect(rm.sqlite.prepare('select count(*) as n from rm_complaints').get()).toEqual({ n: 0 });
      expect(rm.sqlite.prepare('select count(*) as n from rm_checkpoints').get()).toEqual({ n: 0 });
      await rm.close();
      // A current file is left as it is.
      const again = await openReadModelDatabase(file);
      again.sqlite
        .prepare("insert into rm_checkpoints values ('x', '1', '1', '2025-04-17T00:00:00Z')")
        .run();
      await again.close();
      const third = await openReadModelDatabase(file);
      expect(third.sqlite.prepare('select count(*) as n from rm_checkpoints').get()).toEqual({
        n: 1,
      });
      await third.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

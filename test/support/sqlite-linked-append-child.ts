/**
 * Run as a separate process by test/event-store/sqlite-linked-append.spec.ts: appends `count`
 * events to one stream with no expected revision, asking the store to link each into the
 * stream's hash chain, all at once, while other processes do the same on the same file.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../libs/event-store/src/adapters/sqlite/sqlite-event-store';

const [file, stream, countArg = '20', label = 'child'] = process.argv.slice(2);
if (!file || !stream) throw new Error('usage: sqlite-linked-append-child <file> <stream> [count]');
const store = new SqliteEventStore(file);
const appends = Array.from({ length: Number(countArg) }, (_, i) =>
  store.appendToStream(
    stream,
    [{ id: randomUUID(), type: 'Logged', data: { label, i }, metadata: { label } }],
    { expectedRevision: 'any', linkChain: true },
  ),
);
Promise.all(appends)
  .then(() => store.close())
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });

/**
 * Run as a separate process by test/event-store/sqlite-kill.spec.ts, which kills it with SIGKILL
 * mid-write. Concurrent writers append to their own streams on the file given as the first
 * argument and print each event id the moment its append is acknowledged; the parent then checks
 * that every printed id survived. Appends carry 1 to 3 events so that atomicity is checked too.
 * The third argument, `thread`, has the store write on its writer thread.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../libs/event-store/src/adapters/sqlite/sqlite-event-store';

const [file, writersArg = '8', writing = 'main'] = process.argv.slice(2);
if (!file) throw new Error('usage: sqlite-append-child <file> [writers] [main|thread]');
const store = new SqliteEventStore(file, { writerThread: writing === 'thread' });

async function write(writer: number): Promise<never> {
  const stream = `kill-${writer}`;
  const size = (writer % 3) + 1;
  let revision = -1n;
  for (let append = 0; ; append++) {
    const batch = Array.from({ length: size }, (_, index) => ({
      id: randomUUID(),
      type: 'Written',
      data: { append, index, of: size },
      metadata: { writer },
    }));
    const result = await store.appendToStream(stream, batch, {
      expectedRevision: revision < 0n ? 'no_stream' : revision,
    });
    revision = result.nextExpectedRevision;
    // Synchronous on a pipe, so the parent never sees an id before its append committed.
    process.stdout.write(batch.map((e) => `${e.id}\n`).join(''));
  }
}

for (let writer = 0; writer < Number(writersArg); writer++) {
  write(writer).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}

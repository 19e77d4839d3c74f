/**
 * The SQLite store's writer thread (see sqlite-writer.thread.ts): its own connection to the
 * file, the same append writer the store uses on one thread, and one transaction per message.
 * The commit's fsync waits here, not on the event loop that serves requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteAppendWriter } from './sqlite-append.writer';
import { openSqliteConnection } from './sqlite-connection.factory';
import { SqliteEventQueries } from './sqlite-event.queries';
import {
  type FromWriter,
  outcomesToWire,
  type ToWriter,
  toWire,
  type WriterThreadData,
} from './sqlite-writer.messages';

const { file, options } = workerData as WriterThreadData;
const db = openSqliteConnection(file, options);
const writer = new SqliteAppendWriter(db, new SqliteEventQueries(db));
const port = parentPort!;

port.on('message', (message: ToWriter) => {
  if (message.kind === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: FromWriter;
  try {
    const outcomes = writer.write(message.requests);
    reply = {
      kind: 'written',
      id: message.id,
      outcomes: outcomesToWire(outcomes),
      stats: writer.stats,
    };
  } catch (error) {
    reply = { kind: 'failed', id: message.id, error: toWire(error) };
  }
  port.postMessage(reply);
});

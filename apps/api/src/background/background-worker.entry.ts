import { parentPort, workerData } from 'node:worker_threads';
import { createNotifier } from '@redress/alerts';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import {
  createEventStore,
  loadSealKey,
  SealSchedule,
  type EventStore,
  type SealKey,
} from '@redress/event-store';
import { openReadModelDatabase, ProjectionHost } from '@redress/read-models';
import type { BackgroundWorkerData, FromWorker, ToWorker } from './background-work.messages';

/** One piece of background work: started once, stopped (in reverse order) on shutdown. */
interface BackgroundTask {
  start(): void;
  stop(): Promise<void>;
}

/**
 * The worker thread's side of the api's background work (see decisions.md, "Background work on a worker thread"): its own connections to
 * the event store and the read models, and the work that must not share the request path's event
 * loop. Everything it reports goes to the api as messages (background-work.messages.ts).
 */
async function main(): Promise<void> {
  const port = parentPort!;
  const data = workerData as BackgroundWorkerData;
  const post = (message: FromWorker) => port.postMessage(message);
  const logger = {
    log: (message: string) => post({ kind: 'log', level: 'log', message }),
    warn: (message: string) => post({ kind: 'log', level: 'warn', message }),
    error: (message: string) => post({ kind: 'log', level: 'error', message }),
  };
  const store = await createEventStore(data.store);
  const connection = await openReadModelDatabase(data.readModels);
  const projector = new ProjectionHost({
    store,
    connection,
    serializer,
    calendar,
    policies,
    logger,
  });
  // The alert notifier, when it runs inside the api: deriving and delivering alerts (an outbox
  // round, SMTP and webhook calls) is background work too, so it shares this thread, its own
  // lease keeping it to one active instance as before.
  const notifier = data.notifier
    ? createNotifier({ config: data.notifier, store, connection, logger })
    : undefined;
  // Sealing on schedule: the first seal of a large store walks the whole log.
  const seal = data.seal && sealSchedule(data.seal, store, logger);
  // The background work this thread runs: each a class with start() and stop(), given the
  // connections above; stopped in reverse order.
  const tasks: BackgroundTask[] = [projector];
  if (notifier) tasks.push(notifier);
  if (seal) tasks.push(seal);
  for (const task of tasks) task.start();

  const report = () =>
    post({ kind: 'status', projector: projector.status(), notifier: notifier?.status() });
  const reporting = setInterval(report, data.statusEveryMs);
  report();

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    clearInterval(reporting);
    for (const task of [...tasks].reverse()) await task.stop();
    report();
    await connection.close();
    await store.close();
    post({ kind: 'stopped' });
    port.close();
  };
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'appended') {
      // Only the SQLite store has other connections to look for; EventStoreDB pushes.
      (store as { checkForAppends?: () => void }).checkForAppends?.();
    } else if (message.kind === 'stop') {
      stopping ??= stop();
    }
  });
}

function sealSchedule(
  seal: NonNullable<BackgroundWorkerData['seal']>,
  store: EventStore,
  logger: { log(m: string): void; error(m: string): void },
): SealSchedule {
  let key: SealKey | undefined;
  return new SealSchedule({
    store,
    everyMs: seal.everyMs,
    key: () => {
      if (key) return key;
      key = loadSealKey({ dataDir: seal.dataDir, privateKeyPem: seal.keyPem })!;
      if (key.generatedAt) logger.log(`Generated a seal signing key in ${key.generatedAt}`);
      return key;
    },
    now: () => new Date(),
    logger,
  });
}

void main();

import { parentPort, workerData } from 'node:worker_threads';
import { createNotifier } from '@redress/alerts';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import {
  createEventStore,
  loadSealKey,
  SealRefused,
  SealSchedule,
  sealStore,
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
  // Sealing on schedule, and an admin's seal on demand: the first seal of a large store walks
  // the whole log.
  const sealKey = data.seal && sealKeyOf(data.seal, logger);
  const seal =
    data.seal &&
    new SealSchedule({
      store,
      everyMs: data.seal.everyMs,
      key: sealKey!,
      now: () => new Date(),
      logger,
    });
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
  const sealNow = async ({ id, actor, at }: Extract<ToWorker, { kind: 'seal' }>) => {
    try {
      if (!sealKey) throw new Error('this worker does not seal');
      const result = await sealStore(store, { key: sealKey(), now: () => new Date(at), actor });
      post({ kind: 'sealed', id, result });
    } catch (error) {
      const refused = error instanceof SealRefused;
      post({ kind: 'seal-failed', id, refused, message: (error as Error).message });
    }
  };
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'appended') {
      // Only the SQLite store has other connections to look for; EventStoreDB pushes.
      (store as { checkForAppends?: () => void }).checkForAppends?.();
    } else if (message.kind === 'seal') {
      void sealNow(message);
    } else if (message.kind === 'stop') {
      stopping ??= stop();
    }
  });
}

/** The seal key, loaded (or generated) at its first use and kept. */
function sealKeyOf(
  seal: NonNullable<BackgroundWorkerData['seal']>,
  logger: { log(m: string): void },
): () => SealKey {
  let key: SealKey | undefined;
  return () => {
    if (key) return key;
    key = loadSealKey({ dataDir: seal.dataDir, privateKeyPem: seal.keyPem })!;
    if (key.generatedAt) logger.log(`Generated a seal signing key in ${key.generatedAt}`);
    return key;
  };
}

void main();

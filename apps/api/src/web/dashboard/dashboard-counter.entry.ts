import { parentPort, workerData } from 'node:worker_threads';
import { openReadModelDatabase } from '@redress/read-models';
import { countDashboard } from './count-dashboard';
import type { CountingWorkerData, FromCounter, ToCounter } from './dashboard-counter';

/**
 * The dashboard's counting thread (dashboard-counter.ts): its own connection to the read-model
 * file, and each count asked for answered with the figures or with why it failed.
 */
async function main(): Promise<void> {
  const port = parentPort!;
  const { readModels } = workerData as CountingWorkerData;
  const connection = await openReadModelDatabase(readModels);
  port.on('message', ({ id, request }: ToCounter) => {
    // In one read transaction: every figure from the same snapshot of the file.
    connection.db
      .transaction()
      .execute((trx) => countDashboard(trx, request))
      .then(
        (figures) => port.postMessage({ id, figures } satisfies FromCounter),
        (error: unknown) =>
          port.postMessage({
            id,
            failure: error instanceof Error ? error.message : String(error),
          } satisfies FromCounter),
      );
  });
}

void main();

import { parentPort, workerData } from 'node:worker_threads';
import { openReadModelDatabase } from '@redress/read-models';
import { runCountJob } from './count-jobs';
import type { CountingWorkerData, FromCounter, ToCounter } from './read-model-counter';

/**
 * The counting thread (read-model-counter.ts): its own connection to the read-model file, and
 * each count asked for answered with its result or with why it failed.
 */
async function main(): Promise<void> {
  const port = parentPort!;
  const { readModels } = workerData as CountingWorkerData;
  const connection = await openReadModelDatabase(readModels);
  port.on('message', ({ id, job }: ToCounter) => {
    // In one read transaction: every figure from the same snapshot of the file.
    connection.db
      .transaction()
      .execute((trx) => runCountJob(trx, job))
      .then(
        (result) => port.postMessage({ id, result } satisfies FromCounter),
        (error: unknown) =>
          port.postMessage({
            id,
            failure: error instanceof Error ? error.message : String(error),
          } satisfies FromCounter),
      );
  });
}

void main();

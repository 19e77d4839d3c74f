import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on the entry `name` in `directory`: compiled JavaScript in the built
 * api. Run from the TypeScript sources (tsx, jest), the thread compiles its entry with tsx,
 * which the main thread's loader or transformer does not reach. It lives here, in the lowest
 * library, because the SQLite store's writer thread needs it as much as the api's workers do.
 */
export function spawnWorker(directory: string, name: string, workerData: unknown): Worker {
  const extension = extname(__filename);
  const entry = join(directory, `${name}${extension}`);
  if (extension !== '.ts') return new Worker(entry, { workerData });
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * The api as `npm run build` compiles it, for the benchmarks that render pages in-process
 * (`bench:web`, `bench:dashboard`): tsx emits no decorator metadata, which Nest's injection
 * needs, so each script builds the api first and loads the compiled modules from `dist`.
 */
import { createSecretKey } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@redress/config';
import { createEventStore, MemoryEventStore, type EventStore } from '@redress/event-store';
import {
  openReadModelDatabase,
  readModelFile,
  type ReadModelConnection,
} from '@redress/read-models';

const DIST = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'apps', 'api', 'src');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled modules, loaded at run time
const load = <T>(path: string): T => require(join(DIST, path)) as T;

export const { createApp } =
  load<typeof import('../../apps/api/src/bootstrap/create-app')>('bootstrap/create-app.js');
export const { bulkLoadDemo } = load<typeof import('../../apps/api/src/demo/bulk-demo-loader')>(
  'demo/bulk-demo-loader.js',
);
export const { executeComplaintCommand } = load<
  typeof import('../../apps/api/src/complaints/shared/execute-complaint-command')
>('complaints/shared/execute-complaint-command.js');
export const { EmbeddedProjector } = load<
  typeof import('../../apps/api/src/read-models/embedded-projector.service')
>('read-models/embedded-projector.service.js');
// The compiled class itself: Nest finds providers by class identity.
export const { UserDirectory } = load<typeof import('../../libs/users/src/user-directory')>(
  '../../../libs/users/src/user-directory.js',
);

/** The p-th percentile of times sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * The compiled api on a clock fixed at 10:00 on `today`, with any further settings: requests go
 * through Fastify's inject. Over a memory store with read models in memory by default; with
 * `store: 'sqlite'`, as `npm start` runs it, the embedded SQLite store and the read-model file
 * in a fresh data directory. `seed` fills the store and the read models before the api starts
 * (its projector then carries on from where the read models' checkpoint says).
 */
export async function startBuiltApi(options: {
  readonly today: string;
  readonly name: string;
  readonly store?: 'memory' | 'sqlite';
  readonly env?: Record<string, string>;
  readonly seed?: (store: EventStore, readModels: ReadModelConnection) => Promise<void>;
}) {
  const dataDir = mkdtempSync(join(tmpdir(), `redress-${options.name}-bench-`));
  const onDisk = options.store === 'sqlite';
  const store = onDisk
    ? await createEventStore({ kind: 'sqlite', dataDir })
    : new MemoryEventStore();
  const readModels = await openReadModelDatabase(onDisk ? readModelFile(dataDir) : ':memory:');
  await options.seed?.(store, readModels);
  const clock = { now: () => new Date(`${options.today}T10:00:00Z`) };
  const secret = 'benchmark-secret-benchmark-secret-benchmark';
  const config = loadConfig({
    REDRESS_STORE: onDisk ? 'sqlite' : 'memory',
    REDRESS_DATA_DIR: dataDir,
    REDRESS_JWT_SECRET: secret,
    REDRESS_LOG_LEVEL: 'silent',
    ...options.env,
  });
  const key = createSecretKey(Buffer.from(secret));
  const app = await createApp({
    config,
    store,
    clock,
    keys: { verifyKey: key, algorithms: ['HS256'], signingSecret: key },
    readModels,
  });
  return { app, store, clock, dataDir, fastify: app.getHttpAdapter().getInstance() };
}

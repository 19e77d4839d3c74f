import { createSecretKey } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createEventStore, MemoryEventStore, type EventStore } from '@redress/event-store';
import { openReadModelDatabase } from '@redress/read-models';
import type { Logger } from 'pino';
import { mintToken } from '../../apps/api/src/auth/mint-token';
import type { Role } from '@redress/users';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { loadConfig, storeChoice } from '@redress/config';
import { EmbeddedProjector } from '../../apps/api/src/read-models/embedded-projector.service';
import type { Clock } from '../../apps/api/src/store/tokens';

/** The HS256 secret the harness signs and verifies with (exported for hand-made tokens). */
export const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

/** Tests read response bodies freely: their assertions, not the type, check the shape. */
export interface InjectedResponse {
  readonly statusCode: number;
  readonly headers: Record<string, unknown>;
  readonly body: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json(): any;
}

export interface ApiHarness {
  readonly app: NestFastifyApplication;
  readonly store: EventStore;
  readonly clock: { today: string } & Clock;
  token(role: Role, sub?: string): Promise<string>;
  request(options: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
    url: string;
    role?: Role;
    sub?: string;
    body?: unknown;
    headers?: Record<string, string>;
  }): Promise<InjectedResponse>;
  /** Waits until the read models hold every complaint event appended so far. */
  settled(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The api as `npm start` builds it, over an in-memory store (or the one given) and a clock the
 * test sets: requests go through Fastify's inject, so everything but the socket is real.
 */
export async function startApi(
  options: {
    store?: EventStore;
    today?: string;
    env?: Record<string, string>;
    /** A pino logger of the test's own, e.g. writing to a stream the test reads. */
    logger?: Logger;
    /**
     * The embedded default as `npm start` runs it: the SQLite store and read-model file in a
     * fresh data directory, the projector on its worker thread (instead of all in memory).
     */
    onDisk?: boolean;
  } = {},
): Promise<ApiHarness> {
  const clock = {
    today: options.today ?? '2025-04-17',
    now(): Date {
      return new Date(`${this.today}T10:00:00Z`);
    },
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-api-'));
  const config = loadConfig({
    REDRESS_STORE: options.onDisk ? 'sqlite' : 'memory',
    REDRESS_DATA_DIR: dataDir,
    REDRESS_JWT_SECRET: SECRET,
    REDRESS_LOG_LEVEL: 'silent',
    ...options.env,
  });
  const store =
    options.store ??
    (options.onDisk
      ? await createEventStore(storeChoice(config), {
          writerThread: config.sqliteWriter === 'thread',
        })
      : new MemoryEventStore());
  const secret = createSecretKey(Buffer.from(SECRET, 'utf8'));
  const app = await createApp({
    config,
    store,
    keys: { verifyKey: secret, algorithms: ['HS256'], signingSecret: secret },
    clock,
    readModels: await openReadModelDatabase(options.onDisk ? config.readModels : ':memory:'),
    logger: options.logger,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const harness: ApiHarness = {
    app,
    store,
    clock,
    token: (role, sub = `${role}-1`) => mintToken(secret, sub, role),
    async request({ method, url, role, sub, body, headers = {} }) {
      const auth = role ? { authorization: `Bearer ${await harness.token(role, sub)}` } : {};
      const payload =
        body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const contentType = body === undefined ? {} : { 'content-type': 'application/json' };
      return fastify.inject({
        method,
        url,
        payload,
        headers: { ...contentType, ...auth, ...headers },
      }) as never;
    },
    settled: (timeoutMs) => app.get(EmbeddedProjector).settled(timeoutMs),
    close: () => app.close(),
  };
  return harness;
}

import { createSecretKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, storeChoice } from '@redress/config';
import { createEventStore } from '@redress/event-store';
import { openReadModelDatabase } from '@redress/read-models';
import { mintToken } from '../../apps/api/src/auth/mint-token';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { EmbeddedProjector } from '../../apps/api/src/read-models/embedded-projector.service';
import { startApi } from '../support/api-harness';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

// The projector's worker thread compiles the sources with tsx, on a busy two-core machine.
jest.setTimeout(120_000);

/**
 * The api as `npm start` runs it on the embedded default (SQLite events and read models): the
 * projector runs on a worker thread, and what it reports still reaches /health and the report
 * headers; closing the api stops it and frees its lease.
 */
describe('the embedded projector on its worker thread', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  const secret = createSecretKey(Buffer.from(SECRET, 'utf8'));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-background-'));
    const config = loadConfig({
      REDRESS_STORE: 'sqlite',
      REDRESS_DATA_DIR: dataDir,
      REDRESS_JWT_SECRET: SECRET,
      REDRESS_LOG_LEVEL: 'silent',
    });
    app = await createApp({
      config,
      store: await createEventStore(storeChoice(config)),
      keys: { verifyKey: secret, algorithms: ['HS256'], signingSecret: secret },
      readModels: await openReadModelDatabase(config.readModels),
    });
    await app.init();
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('projects logged complaints, reports live on /health and in the headers, stops on close', async () => {
    const fastify = app.getHttpAdapter().getInstance();
    const authorization = `Bearer ${await mintToken(secret, 'manager-1', 'manager')}`;
    for (let i = 0; i < 3; i++) {
      const logged = await fastify.inject({
        method: 'POST',
        url: '/complaints',
        headers: { authorization, 'content-type': 'application/json' },
        payload: { channel: 'EMAIL', residentRef: `R-${i}`, description: 'Damp' },
      });
      expect(logged.statusCode).toBe(201);
    }
    expect(app.get(EmbeddedProjector).thread).toBe('worker');
    await app.get(EmbeddedProjector).settled(90_000);

    const health = (await fastify.inject({ method: 'GET', url: '/health' })).json();
    expect(health.info.readModels).toMatchObject({ state: 'live', catchingUp: false });
    expect(health.info.readModels.projected).toBe(3);
    expect(health.info.subscriptions.states).toContainEqual(
      expect.objectContaining({ name: 'projector', state: 'live', role: 'active' }),
    );
    const list = await fastify.inject({
      method: 'GET',
      url: '/work-queue?limit=10',
      headers: { authorization },
    });
    expect(list.statusCode).toBe(200);
    expect(list.headers['redress-projection-state']).toBe('live');
    expect(list.headers['redress-projection-lag']).toBe('0');

    await app.close();
    // The worker released the lease before the api closed: a projector elsewhere may take it.
    const readModels = await openReadModelDatabase(join(dataDir, 'read-models.sqlite'));
    const lease = await readModels.db.selectFrom('rm_projector_lease').selectAll().execute();
    await readModels.close();
    expect(lease).toEqual([]);
  });

  it('stays on the main thread over the memory store, the only thread that can see it', async () => {
    const api = await startApi();
    expect(api.app.get(EmbeddedProjector).thread).toBe('main');
    await api.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { commands as c, Scenario } from '@redress/complaints/testing';
import { loadConfig } from '@redress/config';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { readModelFile } from '@redress/read-models';
import { appendHistory } from '@redress/read-models/testing/append-history';
import { UserDirectory } from '@redress/users';
import { BackgroundWorker } from '../../apps/api/src/background/background-worker';
import { SmtpSink } from '../support/alerts/smtp-sink';

// A worker thread compiling the TypeScript sources with tsx, on a busy two-core machine.
jest.setTimeout(120_000);

const COMPLAINT = '3f9a1b2c-0000-4000-8000-0000000000aa';

/**
 * The embedded default runs the alert notifier on the api's background worker thread, beside the
 * projector (issue: background work off the request path): from the same durable store, the
 * thread projects the obligations, derives the alerts and delivers them to a real SMTP server,
 * and reports the notifier's status to the api.
 */
describe('the notifier on the background worker thread', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  let smtp: SmtpSink;
  let worker: BackgroundWorker | undefined;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-notifier-worker-'));
    store = new SqliteEventStore(sqliteFile(dataDir));
    smtp = new SmtpSink();
    // Received 17 April 2025 and acknowledged by alice on the 22nd: her Stage 1 response was
    // due long ago (CHC 5.12), so it is missed now, whatever today is.
    const history = Scenario.start().on('2025-04-17', c.log()).on('2025-04-22', c.acknowledge1());
    await appendHistory(store, COMPLAINT, history.events);
    const directory = new UserDirectory(store);
    await directory.add({ id: 'alice', name: 'Alice Officer', role: 'officer' });
    await directory.add({ id: 'sam', name: 'Sam Manager', role: 'manager' });
    for (const id of ['alice', 'sam'])
      await directory.setAlertChannels(id, {
        email: `${id}@example-homes.org.uk`,
        emailOn: true,
        webhookUrl: null,
        webhookOn: false,
      });
    await directory.setManager('alice', 'sam');
  });

  afterEach(async () => {
    await worker?.stop();
    await store.close();
    await smtp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('projects, derives and emails the missed deadline to the owner and their manager, once', async () => {
    const port = await smtp.start();
    const config = loadConfig({
      REDRESS_DATA_DIR: dataDir,
      REDRESS_SMTP_HOST: '127.0.0.1',
      REDRESS_SMTP_PORT: String(port),
      REDRESS_SMTP_FROM: 'Redress <alerts@example-homes.org.uk>',
      REDRESS_PUBLIC_URL: 'https://redress.example-homes.org.uk',
      REDRESS_NOTIFIER_EVERY: '1s',
      REDRESS_SEAL_EVERY: 'off',
    });
    const logged: string[] = [];
    const log = (m: string) => logged.push(m);
    worker = new BackgroundWorker({
      store: { kind: 'sqlite', dataDir },
      readModels: readModelFile(dataDir),
      notifier: config,
      logger: { log, warn: log, error: log },
    });
    expect(worker.runsNotifier).toBe(true);
    worker.start();

    const missed = () => smtp.received.filter((m) => m.subject.startsWith('Missed:'));
    for (let waited = 0; missed().length < 2 && waited < 100_000; waited += 250) await sleep(250);
    expect(
      missed()
        .map((m) => m.to)
        .sort(),
    ).toEqual(['alice@example-homes.org.uk', 'sam@example-homes.org.uk']);
    // The worker reports the notifier's status to the api (what /health shows).
    for (let waited = 0; worker.notifierStatus().delivered < 2 && waited < 10_000; waited += 100)
      await sleep(100);
    expect(worker.notifierStatus()).toMatchObject({ role: 'active' });
    expect(worker.notifierStatus().delivered).toBeGreaterThanOrEqual(2);

    // Further rounds add nothing: each obligation and threshold is told once.
    await sleep(2_500);
    expect(missed()).toHaveLength(2);
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(logged.filter((m) => /failed/i.test(m))).toEqual([]);
  });
});

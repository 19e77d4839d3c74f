import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordAlertSent } from '@redress/alert-stream';
import { AlertOutbox, alertIdOf } from '@redress/alerts';
import { createEventStore } from '@redress/event-store';
import { openReadModelDatabase, readModelFile } from '@redress/read-models';
import { cliIn } from '../support/cli-harness';

jest.setTimeout(60_000);

const CASE = '3f9a1b2c-0000-4000-8000-000000000001';
const KEY = `complaint:${CASE}:REMEDY:S1-R1:2025-05-07|missed|alice|webhook`;

describe('redress alerts', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-alerts-'));
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    const rm = await openReadModelDatabase(readModelFile(dataDir));
    const outbox = new AlertOutbox(rm.db);
    const now = new Date('2025-05-08T09:00:00Z');
    await outbox.enqueue(
      [
        {
          alertKey: KEY,
          kind: 'missed',
          recipient: 'alice',
          channel: 'webhook',
          address: 'https://hooks.example.org/alice',
          caseId: CASE,
          obligationKey: KEY.split('|')[0]!,
          dueOn: '2025-05-07',
          message: { subject: 'Missed: a remedy', body: 'Hello', payload: { type: 'x' } },
        },
      ],
      now,
    );
    await outbox.markFailed({ alert_id: alertIdOf(KEY), attempts: 6 }, 'connection refused', now, {
      maxAttempts: 6,
      retryBaseMs: 1000,
    });
    await recordAlertSent(
      store,
      {
        alertId: 'f'.repeat(32),
        alertKey: 'k',
        kind: 'amber',
        recipient: 'sam',
        channel: 'email',
        address: 'sam@example.org',
        subject: 'Due soon: the stage 1 response for C-3F9A1B2C',
        caseId: CASE,
        obligationKey: 'o',
        dueOn: '2025-05-07',
        messageId: '<alert-f@example.org>',
        attempts: 1,
        deliveredAt: '2025-05-05T09:00:00.000Z',
      },
      new Date('2025-05-05T09:00:00Z'),
    );
    await rm.close();
    await store.close();
  });

  it('lists dead letters, replays one once, and refuses a second replay', async () => {
    const listed = await cliIn(dataDir, 'alerts', 'dead-letters');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(alertIdOf(KEY));
    expect(listed.stdout).toContain('connection refused');
    const replayed = await cliIn(dataDir, 'alerts', 'replay', alertIdOf(KEY));
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain('will be sent again');
    const again = await cliIn(dataDir, 'alerts', 'replay', alertIdOf(KEY));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('no dead letter');
    expect((await cliIn(dataDir, 'alerts', 'dead-letters')).stdout).toContain('No dead letters');
  });

  it('lists the alerts sent, by case', async () => {
    const sent = await cliIn(dataDir, 'alerts', 'sent', '--case', CASE, '--json');
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.stdout)).toEqual([
      expect.objectContaining({ recipient: 'sam', channel: 'email', kind: 'amber' }),
    ]);
  });

  it('refuses a malformed id or action with exit code 2', async () => {
    expect((await cliIn(dataDir, 'alerts', 'replay', 'xyz')).code).toBe(2);
    expect((await cliIn(dataDir, 'alerts', 'resend')).code).toBe(2);
    expect((await cliIn(dataDir, 'alerts', 'sent', '--case', 'nope')).code).toBe(2);
  });
});

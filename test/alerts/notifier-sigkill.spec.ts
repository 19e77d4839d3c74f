import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readAlertsSent } from '@redress/alert-stream';
import { AlertOutbox } from '@redress/alerts';
import { calendar } from '@redress/complaint-stream';
import { londonDateOf } from '@redress/complaints';
import { commands as c, Scenario } from '@redress/complaints/testing';
import { createEventStore, type EventStore } from '@redress/event-store';
import {
  ComplaintProjector,
  openReadModelDatabase,
  readModelFile,
  type ReadModelConnection,
} from '@redress/read-models';
import {
  appendHistory,
  testRowContext,
  testSerializer,
} from '@redress/read-models/testing/append-history';
import { UserDirectory } from '@redress/users';
import { SmtpSink } from '../support/alerts/smtp-sink';
import { startNotifierProcess, type RedressProcess } from '../support/processes/redress-processes';

jest.setTimeout(180_000);

const FROM = 'Redress <alerts@example-homes.org.uk>';

/** A working day whose stage 1 response (10 working days after acknowledgement) falls as asked. */
function acknowledgedOn(wanted: (due: string) => boolean): string {
  let d = new Date();
  for (let i = 0; i < 60; i++) {
    d = new Date(d.getTime() - 86_400_000);
    const day = londonDateOf(d);
    if (calendar.isWorkingDay(day) && wanted(calendar.addWorkingDays(day, 10))) return day;
  }
  throw new Error('no such day');
}

async function until(check: () => Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Exactly once across a SIGKILL: the standalone notifier (`apps/notifier`, a child process on a
 * SQLite data directory) is killed with -9 while the SMTP server holds a message it has read but
 * not yet answered. The server never accepted that message (no 250), so it discards it; the
 * restarted notifier finds the alert still `delivering` with no AlertSent event, and sends it
 * again with the same Message-ID. Every alert reaches the server once: none lost, none twice.
 */
describe('the notifier killed mid-delivery', () => {
  let smtp: SmtpSink;
  let dataDir: string;
  let store: EventStore;
  let rm: ReadModelConnection;
  const children: RedressProcess[] = [];

  beforeAll(async () => {
    smtp = new SmtpSink();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-notifier-'));
    store = await createEventStore({ kind: 'sqlite', dataDir });
    const today = londonDateOf(new Date());
    const amberUntil = calendar.addWorkingDays(today, 2);
    const amberAck = acknowledgedOn((due) => due >= today && due <= amberUntil);
    const missedAck = acknowledgedOn((due) => due < today);
    for (const [id, ack] of [
      ['0a000000-0000-4000-8000-000000000001', amberAck],
      ['0b000000-0000-4000-8000-000000000002', missedAck],
    ] as const) {
      const history = Scenario.start().on(ack, c.log()).on(ack, c.acknowledge1());
      await appendHistory(store, id, history.events);
    }
    rm = await openReadModelDatabase(readModelFile(dataDir));
    const projector = new ComplaintProjector({
      store,
      ...testRowContext,
      db: rm.db,
      serializer: testSerializer,
    });
    for (const event of await store.readAll()) await projector.handle(event);
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

  afterAll(async () => {
    for (const child of children) if (child.child.exitCode === null) child.child.kill('SIGKILL');
    await rm?.close();
    await store?.close();
    await smtp.stop();
  });

  it('loses nothing and sends nothing twice to the SMTP server', async () => {
    const port = await smtp.start();
    const env = {
      REDRESS_STORE: 'sqlite',
      REDRESS_DATA_DIR: dataDir,
      REDRESS_SMTP_HOST: '127.0.0.1',
      REDRESS_SMTP_PORT: String(port),
      REDRESS_SMTP_FROM: FROM,
      REDRESS_NOTIFIER_EVERY: '1s',
      REDRESS_ALERT_DIGEST_HOUR: '23',
      REDRESS_PUBLIC_URL: 'https://redress.example-homes.org.uk',
    };
    const outbox = new AlertOutbox(rm.db);
    const held = smtp.hold(2);
    const first = startNotifierProcess(env);
    children.push(first);
    const holding = await held;
    // One accepted and recorded before; the held one written `delivering` before it was sent.
    expect(smtp.received).toHaveLength(1);
    const rows = await rm.db.selectFrom('rm_alert_outbox').selectAll().execute();
    const heldRow = rows.find(
      (r) => holding.messageId === `<alert-${r.alert_id}@example-homes.org.uk>`,
    );
    expect(heldRow).toMatchObject({ state: 'delivering', attempts: 1 });

    first.child.kill('SIGKILL');
    await first.exited();
    await until(async () => smtp.discarded.length === 1, 'the server to drop the held message');

    const second = startNotifierProcess(env);
    children.push(second);
    await until(async () => {
      const counts = await outbox.counts();
      return (counts.sent ?? 0) === rows.length && rows.length >= 4;
    }, 'every alert to be sent after the restart');
    second.child.kill('SIGTERM');
    await second.exited();

    const all = await rm.db.selectFrom('rm_alert_outbox').selectAll().execute();
    const expected = all.map((r) => `<alert-${r.alert_id}@example-homes.org.uk>`).sort();
    const received = smtp.received.map((m) => m.messageId).sort();
    // Nothing lost: every alert in the outbox reached the server; nothing twice: each once.
    expect(received).toEqual(expected);
    expect(new Set(received).size).toBe(received.length);
    expect(received.filter((id) => id === holding.messageId)).toHaveLength(1);
    expect(all.find((r) => r.alert_id === heldRow!.alert_id)).toMatchObject({
      state: 'sent',
      attempts: 2,
    });
    const recorded = await readAlertsSent(store);
    expect(recorded.map((r) => r.messageId).sort()).toEqual(expected);
    console.log(
      `alerts delivered across a SIGKILL: ${received.length}; duplicates at the SMTP server: ${received.length - new Set(received).size}; discarded unanswered: ${smtp.discarded.length}`,
    );
  });
});

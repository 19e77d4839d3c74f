import { randomBytes } from 'node:crypto';
import { readAlertsSent } from '@redress/alert-stream';
import { EmailChannel, Notifier, WebhookChannel, type NotifierOptions } from '@redress/alerts';
import { calendar, ReferenceBook, referenceStream } from '@redress/complaint-stream';
import { commands as c, Scenario } from '@redress/complaints/testing';
import { appendChainedBatch, MemoryEventStore } from '@redress/event-store';
import { ComplaintObligationsSource, HazardClocksSource } from '@redress/alerts';
import { HAZARD_HISTORIES } from '@redress/hazards/testing';
import type { ReadModelConnection } from '@redress/read-models';
import { appendHistory } from '@redress/read-models/testing/append-history';
import { projectIncrementally } from '@redress/read-models/testing/project-histories';
import { UserDirectory } from '@redress/users';
import { appendHazard } from '../support/alerts/append-hazard';
import { SmtpSink } from '../support/alerts/smtp-sink';
import { WebhookReceiver } from '../support/alerts/webhook-receiver';

jest.setTimeout(60_000);

const PUBLIC_URL = 'https://redress.example-homes.org.uk';
const COMPLAINT = '3f9a1b2c-0000-4000-8000-000000000001';
/** The reference allocated to it when it was logged: the one the resident was given. */
const REFERENCE = 'C-2025-000001';
/** Ten o'clock in London on a date (BST in May). */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+01:00`);

/**
 * Alerts end to end, in one process: a complaint's history through the real projector into the
 * read models, the notifier's rounds on a clock the test moves, a real SMTP server and a real
 * webhook receiver that verifies every signature.
 */
describe('alerts, delivered by email and webhook', () => {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  let smtp: SmtpSink;
  let hooks: WebhookReceiver;
  let smtpPort: number;
  let hookUrl: string;
  let store: MemoryEventStore;
  let rm: ReadModelConnection;
  let now: Date;
  let dueOn: string;

  beforeEach(async () => {
    smtp = new SmtpSink();
    smtpPort = await smtp.start();
    hooks = new WebhookReceiver(secret);
    hookUrl = await hooks.start();
    store = new MemoryEventStore();
    // Received Thu 17 April 2025, acknowledged by alice on the 22nd: the stage 1 response is hers.
    const history = Scenario.start().on('2025-04-17', c.log()).on('2025-04-22', c.acknowledge1());
    await appendHistory(store, COMPLAINT, history.events);
    await appendChainedBatch(store, referenceStream('2025'), () => [
      {
        type: 'ReferenceAllocated',
        data: { reference: REFERENCE, complaintId: COMPLAINT },
        actor: { id: 'olivia', role: 'officer' },
      },
    ]);
    rm = await projectIncrementally(store);
    const row = await rm.db
      .selectFrom('rm_obligations')
      .selectAll()
      .where('kind', '=', 'STAGE1_RESPONSE')
      .executeTakeFirstOrThrow();
    expect(row.owner).toBe('alice');
    dueOn = row.due_on;
    const directory = new UserDirectory(store, { allowPrivateWebhooks: true });
    await directory.add({ id: 'alice', name: 'Alice Officer', role: 'officer' });
    await directory.add({ id: 'sam', name: 'Sam Manager', role: 'manager' });
    await directory.setAlertChannels('alice', {
      email: 'alice@example-homes.org.uk',
      emailOn: true,
      webhookUrl: hookUrl,
      webhookOn: true,
    });
    await directory.setAlertChannels('sam', {
      email: 'sam@example-homes.org.uk',
      emailOn: true,
      webhookUrl: null,
      webhookOn: false,
    });
    await directory.setManager('alice', 'sam');
  });

  afterEach(async () => {
    await rm.close();
    await smtp.stop();
    await hooks.stop();
  });

  function notifier(overrides: Partial<NotifierOptions> = {}): Notifier {
    const directory = new UserDirectory(store, { allowPrivateWebhooks: true });
    return new Notifier({
      store,
      connection: rm,
      sources: [new ComplaintObligationsSource(rm.db, new ReferenceBook(store))],
      people: () => directory.list(),
      channels: [
        new EmailChannel({
          host: '127.0.0.1',
          port: smtpPort,
          secure: false,
          from: 'Redress <alerts@example-homes.org.uk>',
        }),
        // The test's receiver listens on 127.0.0.1 (REDRESS_WEBHOOK_ALLOW_PRIVATE=true).
        new WebhookChannel(secret, { allowPrivate: true }),
      ],
      calendar,
      settings: { amberWorkingDays: 2, amberHours: 6, digestHour: 23, publicUrl: PUBLIC_URL },
      maxAttempts: 3,
      retryBaseMs: 1_000,
      everyMs: 60_000,
      clock: () => now,
      ...overrides,
    });
  }

  it('tells the owner and their manager once when the response turns amber, and once when it is missed', async () => {
    const n = notifier();
    now = at(previousWorkingDay(dueOn, 3));
    await n.runOnce();
    expect(smtp.received).toHaveLength(0); // three working days ahead: not yet

    now = at(previousWorkingDay(dueOn, 2));
    expect(await n.runOnce()).toMatchObject({ delivered: 3, failed: 0 });
    expect(smtp.received.map((m) => m.to).sort()).toEqual([
      'alice@example-homes.org.uk',
      'sam@example-homes.org.uk',
    ]);
    const toAlice = smtp.received.find((m) => m.to === 'alice@example-homes.org.uk')!;
    expect(toAlice.subject).toMatch(/^Due soon: the stage 1 response for C-2025-000001, due /);
    expect(toAlice.text).toContain(`${PUBLIC_URL}/web/complaints/${REFERENCE}`);
    expect(toAlice.text).toContain('CHC');
    const toSam = smtp.received.find((m) => m.to === 'sam@example-homes.org.uk')!;
    expect(toSam.text).toContain('This is work owned by Alice Officer');
    expect(hooks.refused).toEqual([]);
    expect(hooks.received).toEqual([
      expect.objectContaining({
        type: 'obligation.amber',
        data: expect.objectContaining({ caseId: COMPLAINT, caseRef: REFERENCE, dueOn }),
      }),
    ]);

    // Later rounds the same day, and the next day, add nothing: amber was said once.
    await n.runOnce();
    now = at(previousWorkingDay(dueOn, 1));
    await n.runOnce();
    expect(smtp.received).toHaveLength(2);
    expect(hooks.received).toHaveLength(1);

    now = at(calendar.addWorkingDays(dueOn, 1));
    expect(await n.runOnce()).toMatchObject({ delivered: 3 });
    await n.runOnce();
    expect(smtp.received.filter((m) => m.subject.startsWith('Missed:'))).toHaveLength(2);
    expect(hooks.received.map((h) => h.type)).toEqual(['obligation.amber', 'obligation.missed']);

    // Each message once: no Message-ID or webhook-id twice; each recorded as AlertSent.
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(4);
    expect(new Set(hooks.received.map((h) => h.id)).size).toBe(2);
    const sent = await readAlertsSent(store, { caseId: COMPLAINT });
    expect(sent).toHaveLength(6);
    expect(
      sent
        .filter((s) => s.channel === 'email')
        .map((s) => s.messageId)
        .sort(),
    ).toEqual([...ids].sort());
    expect(sent.map((s) => `${s.kind}:${s.recipient}:${s.channel}`).sort()).toEqual([
      'amber:alice:email',
      'amber:alice:webhook',
      'amber:sam:email',
      'missed:alice:email',
      'missed:alice:webhook',
      'missed:sam:email',
    ]);
  });

  it('sends each person one digest a day, from the digest hour', async () => {
    const n = notifier({
      settings: { amberWorkingDays: 2, amberHours: 6, digestHour: 7, publicUrl: PUBLIC_URL },
    });
    const day = previousWorkingDay(dueOn, 1);
    now = at(day, '06:30');
    await n.runOnce();
    expect(smtp.received.filter((m) => /digest/.test(m.subject))).toHaveLength(0);
    now = at(day, '07:05');
    await n.runOnce();
    now = at(day, '16:00');
    await n.runOnce();
    const digests = smtp.received.filter((m) => /digest/.test(m.subject));
    expect(digests.map((m) => m.to).sort()).toEqual([
      'alice@example-homes.org.uk',
      'sam@example-homes.org.uk',
    ]);
    expect(digests[0]!.subject).toMatch(/0 missed, 1 due soon$/);
    expect(digests.find((m) => m.to.startsWith('sam'))!.text).toContain('(Alice Officer)');
    expect(hooks.received.filter((h) => h.type === 'digest')).toHaveLength(1);

    now = at(calendar.addWorkingDays(dueOn, 1), '08:00');
    await n.runOnce();
    const next = smtp.received.filter((m) => /digest/.test(m.subject)).slice(2);
    expect(next).toHaveLength(2);
    expect(next[0]!.subject).toMatch(/1 missed, 0 due soon$/);
  });

  it('retries a failing webhook with backoff, then lists it as a dead letter an admin can replay', async () => {
    const n = notifier();
    hooks.answer = 500;
    now = at(previousWorkingDay(dueOn, 2));
    await n.runOnce();
    const [row] = await rm.db
      .selectFrom('rm_alert_outbox')
      .selectAll()
      .where('channel', '=', 'webhook')
      .execute();
    expect(row).toMatchObject({ state: 'pending', attempts: 1 });
    expect(Date.parse(row!.next_attempt_at) - now.getTime()).toBe(1_000);

    await n.runOnce(); // not yet due again
    expect(hooks.requests).toBe(1);
    now = new Date(now.getTime() + 1_000);
    await n.runOnce();
    const second = await n.outbox.find(row!.alert_id);
    expect(second).toMatchObject({ state: 'pending', attempts: 2 });
    expect(Date.parse(second!.next_attempt_at) - now.getTime()).toBe(2_000);
    now = new Date(now.getTime() + 2_000);
    await n.runOnce();
    expect(hooks.requests).toBe(3);
    const dead = await n.outbox.deadLetters();
    expect(dead).toEqual([
      expect.objectContaining({
        alert_id: row!.alert_id,
        state: 'dead',
        attempts: 3,
        last_error: 'the receiver answered 500',
      }),
    ]);
    now = new Date(now.getTime() + 3_600_000);
    await n.runOnce();
    expect(hooks.requests).toBe(3); // dead letters wait for an admin

    hooks.answer = 204;
    expect(await n.outbox.replay(row!.alert_id, now)).toBe(true);
    expect(await n.outbox.replay(row!.alert_id, now)).toBe(false); // no longer a dead letter
    await n.runOnce();
    expect(hooks.received).toHaveLength(1);
    expect(await n.outbox.deadLetters()).toEqual([]);
    expect((await n.outbox.find(row!.alert_id))?.state).toBe('sent');
    expect((await readAlertsSent(store)).filter((s) => s.channel === 'webhook')).toEqual([
      expect.objectContaining({ attempts: 1, recipient: 'alice' }),
    ]);
  });

  it('does not send again an alert already recorded as sent: killed before marking it, or the outbox lost', async () => {
    const n = notifier();
    now = at(previousWorkingDay(dueOn, 2));
    await n.runOnce();
    expect(smtp.received).toHaveLength(2);
    // As if killed between recording the event and the outbox's last write.
    await rm.db
      .updateTable('rm_alert_outbox')
      .set({ state: 'delivering', sent_at: null })
      .where('channel', '=', 'email')
      .execute();
    expect(await n.runOnce()).toMatchObject({ delivered: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(await n.outbox.counts()).toEqual({ sent: 3 });
    // The read-model database lost and the outbox derived afresh: still nothing sent again.
    await rm.db.deleteFrom('rm_alert_outbox').execute();
    expect(await n.runOnce()).toMatchObject({ derived: 3, delivered: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(hooks.received).toHaveLength(1);
    expect(await n.outbox.counts()).toEqual({ sent: 3 });
  });

  it('emails the officer and their manager before a damp and mould investigation is due (reg 6)', async () => {
    const hazard = '5a000000-0000-4000-8000-000000000001';
    // Reported by phone Mon 2 March 2026 10:00 by alice, classified significant: investigate
    // within 10 working days of awareness, by Monday 16 March.
    await appendHazard(store, hazard, HAZARD_HISTORIES.investigating().events, 'alice');
    // The projector folds it into the hazard read model the notifier reads.
    await rm.close();
    rm = await projectIncrementally(store);
    const n = notifier({
      sources: [
        new ComplaintObligationsSource(rm.db, new ReferenceBook(store)),
        new HazardClocksSource(rm.db, store),
      ],
    });
    now = new Date('2026-03-12T10:00:00Z');
    await n.runOnce();
    const amber = smtp.received.filter((m) => m.subject.includes('hazard investigation'));
    expect(amber.map((m) => m.to).sort()).toEqual([
      'alice@example-homes.org.uk',
      'sam@example-homes.org.uk',
    ]);
    expect(amber[0]!.subject).toBe(
      'Due soon: the hazard investigation for P-200, due Monday 16 March 2026',
    );
    expect(amber[0]!.text).toContain('for hazard case P-200 is due by');
    // The link opens the case's page in the workbench, not the API's JSON.
    expect(amber[0]!.text).toContain(`${PUBLIC_URL}/web/hazards/${hazard}`);
    expect((await readAlertsSent(store, { caseId: hazard })).length).toBe(3);
  });

  it('leaves unowned work, people without channels, and disabled people untold', async () => {
    const directory = new UserDirectory(store, { allowPrivateWebhooks: true });
    await directory.disable('sam');
    await directory.setAlertChannels('alice', {
      email: 'alice@example-homes.org.uk',
      emailOn: false,
      webhookUrl: hookUrl,
      webhookOn: false,
    });
    now = at(previousWorkingDay(dueOn, 2));
    expect(await notifier().runOnce()).toEqual({ derived: 0, delivered: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });
});

/** The working day `n` working days before `date` (the calendar only counts forwards). */
function previousWorkingDay(date: string, n: number): string {
  let d = new Date(`${date}T00:00:00Z`);
  for (;;) {
    d = new Date(d.getTime() - 86_400_000);
    const candidate = d.toISOString().slice(0, 10);
    if (calendar.isWorkingDay(candidate) && calendar.workingDaysBetween(candidate, date) === n)
      return candidate;
  }
}

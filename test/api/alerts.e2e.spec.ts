import { recordAlertSent } from '@redress/alert-stream';
import { AlertOutbox, alertIdOf } from '@redress/alerts';
import type { ReadModelConnection } from '@redress/read-models';
import { READ_MODELS } from '../../apps/api/src/read-models/read-models.tokens';
import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';
import { UserDirectory } from '@redress/users';

jest.setTimeout(60_000);

const CASE = '3f9a1b2c-0000-4000-8000-000000000001';

/** The admin's dead-letter list and replay over HTTP, and the record of alerts sent. */
describe('alerts over HTTP', () => {
  let api: ApiHarness;
  let outbox: AlertOutbox;
  const key = `complaint:${CASE}:STAGE1_RESPONSE:2025-05-07|amber|alice|webhook`;

  beforeAll(async () => {
    api = await startApi({ env: { REDRESS_NOTIFIER: 'off' } });
    outbox = new AlertOutbox(api.app.get<symbol, ReadModelConnection>(READ_MODELS).db);
    const now = new Date('2025-05-02T09:00:00Z');
    await outbox.enqueue(
      [
        {
          alertKey: key,
          kind: 'amber',
          recipient: 'alice',
          channel: 'webhook',
          address: 'https://hooks.example.org/alice',
          caseId: CASE,
          obligationKey: key.split('|')[0]!,
          dueOn: '2025-05-07',
          message: { subject: 'Due soon', body: 'Hello', payload: { type: 'obligation.amber' } },
        },
      ],
      now,
    );
    await outbox.markFailed(
      { alert_id: alertIdOf(key), attempts: 1 },
      'the receiver answered 500',
      now,
      {
        maxAttempts: 1,
        retryBaseMs: 1000,
      },
    );
  });

  afterAll(() => api.close());

  it('shows an admin the dead letters in the workbench, and sends one again from there', async () => {
    await outbox.markFailed({ alert_id: alertIdOf(key), attempts: 9 }, 'mailbox full', new Date(), {
      maxAttempts: 1,
      retryBaseMs: 1000,
    });
    const officer = new WebSession(api);
    await officer.signInAs('olive', 'officer');
    expect((await officer.get('/web/alerts')).statusCode).toBe(403);
    const admin = new WebSession(api);
    await admin.signInAs('ada', 'admin');
    const page = await admin.get('/web/alerts');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Alerts not delivered');
    expect(page.body).toContain('mailbox full');
    expect(page.body).toContain(`/web/alerts/${alertIdOf(key)}/replay`);
    const sent = await admin.post(`/web/alerts/${alertIdOf(key)}/replay`, {});
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/web/alerts?replayed=${alertIdOf(key)}`);
    expect((await outbox.find(alertIdOf(key)))?.state).toBe('pending');
    expect((await admin.get(sent.headers.location as string)).body).toContain('will be sent again');
    await admin.get('/web/alerts');
    const again = await admin.post(`/web/alerts/${alertIdOf(key)}/replay`, {});
    expect(again.statusCode).toBe(404);
    expect(again.body).toContain('not on the list any more');
    // Dead again for the tests below.
    await outbox.markFailed(
      { alert_id: alertIdOf(key), attempts: 9 },
      'the receiver answered 500',
      new Date(),
      {
        maxAttempts: 1,
        retryBaseMs: 1000,
      },
    );
  });

  it('lets an admin set a person’s alert channels and manager in the workbench, with plain errors', async () => {
    const admin = new WebSession(api);
    await admin.signInAs('adam', 'admin');
    const directory = api.app.get(UserDirectory);
    await directory.add({ id: 'priya', name: 'Priya Patel', role: 'officer' });
    await directory.add({ id: 'mo', name: 'Mo Manager', role: 'manager' });
    expect((await admin.get('/web/users/alerts')).body).toContain('Priya Patel');
    const form = await admin.get('/web/users/alerts/priya');
    expect(form.statusCode).toBe(200);
    const bad = await admin.post('/web/users/alerts/priya', {
      email: 'not an address',
      emailOn: 'yes',
      webhookUrl: '',
      managerId: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('There is a problem');
    expect(bad.body).toContain('is not an email address');
    expect((await directory.find('priya'))?.alertChannels).toBeUndefined();
    // The server posts from inside the network: the metadata service is not a destination.
    const inside = await admin.post('/web/users/alerts/priya', {
      email: '',
      webhookUrl: 'http://169.254.169.254/latest/meta-data/',
      webhookOn: 'yes',
      managerId: '',
    });
    expect(inside.statusCode).toBe(400);
    expect(inside.body).toContain('href="#webhookUrl"');
    expect(inside.body).toContain('REDRESS_WEBHOOK_ALLOW_PRIVATE=true');
    expect((await directory.find('priya'))?.alertChannels).toBeUndefined();
    const saved = await admin.post('/web/users/alerts/priya', {
      email: 'priya@example.org',
      emailOn: 'yes',
      webhookUrl: 'https://hooks.example.org/priya',
      managerId: 'mo',
    });
    expect(saved.statusCode).toBe(303);
    expect(await directory.find('priya')).toMatchObject({
      managerId: 'mo',
      alertChannels: {
        email: 'priya@example.org',
        emailOn: true,
        webhookUrl: 'https://hooks.example.org/priya',
        webhookOn: false,
      },
    });
    expect((await admin.get('/web/users/alerts')).body).toContain('Mo Manager');
    const officer = new WebSession(api);
    await officer.signInAs('otto', 'officer');
    expect((await officer.get('/web/users/alerts')).statusCode).toBe(403);
  });

  it('lists dead letters for an admin, and for nobody else', async () => {
    const listed = await api.request({ method: 'GET', url: '/alerts/dead-letters', role: 'admin' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        alertId: alertIdOf(key),
        recipient: 'alice',
        channel: 'webhook',
        caseId: CASE,
        lastError: 'the receiver answered 500',
      }),
    ]);
    for (const role of ['officer', 'manager', 'auditor'] as const) {
      const refused = await api.request({ method: 'GET', url: '/alerts/dead-letters', role });
      expect(refused.statusCode).toBe(403);
    }
  });

  it('replays a dead letter once; a second replay and a malformed id are refused as problems', async () => {
    const url = `/alerts/dead-letters/${alertIdOf(key)}/replay`;
    const replayed = await api.request({ method: 'POST', url, role: 'admin' });
    expect(replayed.statusCode).toBe(200);
    expect(replayed.json()).toMatchObject({ alertId: alertIdOf(key), attempts: 0 });
    expect((await outbox.find(alertIdOf(key)))?.state).toBe('pending');
    const again = await api.request({ method: 'POST', url, role: 'admin' });
    expect(again.statusCode).toBe(404);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().code).toBe('NOT_A_DEAD_LETTER');
    const bad = await api.request({
      method: 'POST',
      url: '/alerts/dead-letters/not-an-id/replay',
      role: 'admin',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('INVALID_ALERT_ID');
  });

  it('shows auditors who was told what and when, by case', async () => {
    await recordAlertSent(
      api.store,
      {
        alertId: alertIdOf(key),
        alertKey: key,
        kind: 'amber',
        recipient: 'alice',
        channel: 'webhook',
        address: 'https://hooks.example.org/alice',
        subject: 'Due soon',
        caseId: CASE,
        obligationKey: key.split('|')[0]!,
        dueOn: '2025-05-07',
        messageId: `msg_${alertIdOf(key)}`,
        attempts: 1,
        deliveredAt: '2025-05-02T09:00:01.000Z',
      },
      new Date('2025-05-02T09:00:01Z'),
    );
    const sent = await api.request({
      method: 'GET',
      url: `/alerts/sent?caseId=${CASE}`,
      role: 'auditor',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().items).toEqual([
      expect.objectContaining({
        recipient: 'alice',
        kind: 'amber',
        deliveredAt: '2025-05-02T09:00:01.000Z',
      }),
    ]);
    const other = await api.request({
      method: 'GET',
      url: '/alerts/sent?caseId=00000000-0000-4000-8000-000000000009',
      role: 'auditor',
    });
    expect(other.json().items).toEqual([]);
    const bad = await api.request({ method: 'GET', url: '/alerts/sent?caseId=x', role: 'auditor' });
    expect(bad.statusCode).toBe(400);
  });
});

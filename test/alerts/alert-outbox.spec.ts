import { AlertOutbox, alertIdOf, type AlertDraft } from '@redress/alerts';
import { READ_MODEL_DIALECTS, useReadModelDialect } from '../support/read-model-dialects';

jest.setTimeout(120_000);

const draft = (key: string): AlertDraft => ({
  alertKey: key,
  kind: 'amber',
  recipient: 'alice',
  channel: 'email',
  address: 'alice@example.org',
  caseId: '3f9a1b2c-0000-4000-8000-000000000001',
  obligationKey: key.split('|')[0]!,
  dueOn: '2025-05-07',
  message: { subject: 'Due soon', body: 'Hello', payload: { type: 'obligation.amber' } },
});

describe.each(READ_MODEL_DIALECTS)('the alert outbox, on %s', (dialect) => {
  const databases = useReadModelDialect(dialect);

  it('holds each key once, and walks an alert through retries to the dead-letter list and back', async () => {
    const rm = await databases.open();
    const outbox = new AlertOutbox(rm.db);
    const now = new Date('2025-05-05T09:00:00Z');
    const [a, b] = [draft('o1|amber|alice|email'), draft('o2|amber|alice|email')];
    expect(await outbox.enqueue([a, b], now)).toBe(2);
    expect(await outbox.enqueue([a, b, a], now)).toBe(0);
    expect((await outbox.due(now)).map((r) => r.alert_id).sort()).toEqual(
      [alertIdOf(a.alertKey), alertIdOf(b.alertKey)].sort(),
    );

    const id = alertIdOf(a.alertKey);
    await outbox.markDelivering(id);
    expect(await outbox.find(id)).toMatchObject({ state: 'delivering', attempts: 1 });
    const policy = { maxAttempts: 2, retryBaseMs: 30_000 };
    expect(await outbox.markFailed({ alert_id: id, attempts: 1 }, 'refused', now, policy)).toBe(
      'retry',
    );
    expect((await outbox.due(now)).map((r) => r.alert_id)).toEqual([alertIdOf(b.alertKey)]);
    const later = new Date(now.getTime() + 30_000);
    expect((await outbox.due(later)).map((r) => r.alert_id)).toContain(id);
    await outbox.markDelivering(id);
    expect(
      await outbox.markFailed({ alert_id: id, attempts: 2 }, 'refused again', later, policy),
    ).toBe('dead');
    expect((await outbox.deadLetters()).map((r) => r.alert_id)).toEqual([id]);
    expect(await outbox.counts()).toEqual({ dead: 1, pending: 1 });

    expect(await outbox.replay(id, later)).toBe(true);
    expect(await outbox.replay(id, later)).toBe(false);
    await outbox.markSent(id, later);
    expect(await outbox.find(id)).toMatchObject({ state: 'sent', attempts: 0, last_error: null });
    await rm.close();
  });
});

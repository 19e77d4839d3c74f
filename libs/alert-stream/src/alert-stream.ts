import { ConcurrencyError, appendChained, type EventStore } from '@redress/event-store';

/** Every alert's record lives in a stream whose name starts so: `alert-<alert id>`. */
export const ALERT_STREAM_PREFIX = 'alert-';

export function alertStream(alertId: string): string {
  return `${ALERT_STREAM_PREFIX}${alertId}`;
}

/**
 * The fact that an alert was delivered: who was told what, by which channel, when. One stream
 * per alert holding exactly this one event, so "was it delivered?" is a read of one stream and a
 * second record of the same alert is refused by the store itself (expected revision: no stream).
 */
export interface AlertSent {
  readonly type: 'AlertSent';
  readonly data: {
    readonly alertId: string;
    readonly alertKey: string;
    /** `amber`, `missed` or `digest`. */
    readonly kind: string;
    readonly recipient: string;
    readonly channel: string;
    /** The email address or webhook URL it went to. */
    readonly address: string;
    readonly subject: string;
    readonly caseId: string | null;
    readonly obligationKey: string | null;
    readonly dueOn: string | null;
    /** The email's Message-ID, or the webhook-id. */
    readonly messageId: string;
    readonly attempts: number;
    /** When the SMTP server or webhook receiver accepted it. */
    readonly deliveredAt: string;
  };
}

const NOTIFIER = { id: 'redress-notifier', role: 'admin' } as const;

/**
 * Records a delivered alert, once: a second call for the same alert finds the stream written
 * and leaves it (returns false), so a notifier that restarts mid-way records nothing twice.
 */
export async function recordAlertSent(
  store: EventStore,
  sent: AlertSent['data'],
  now: Date,
): Promise<boolean> {
  const stream = alertStream(sent.alertId);
  if (await isAlertRecorded(store, sent.alertId)) return false;
  try {
    await appendChained(
      store,
      stream,
      (revision) => {
        if (revision !== 0n) throw new ConcurrencyError(stream, 'no_stream', revision - 1n);
        return { type: 'AlertSent', data: { ...sent } };
      },
      NOTIFIER,
      { maxAttempts: 1, now },
    );
    return true;
  } catch (error) {
    if (error instanceof ConcurrencyError) return false;
    throw error;
  }
}

export async function isAlertRecorded(store: EventStore, alertId: string): Promise<boolean> {
  const [first] = await store.readStream(alertStream(alertId), { maxCount: 1 });
  return first !== undefined;
}

/** Every alert sent, oldest first: what an auditor reads (optionally about one case). */
export async function readAlertsSent(
  store: EventStore,
  options: { readonly caseId?: string } = {},
): Promise<(AlertSent['data'] & { readonly recordedAt: string })[]> {
  const recorded = await store.readAll({ filter: { streamNamePrefixes: [ALERT_STREAM_PREFIX] } });
  return recorded
    .filter((r) => r.type === 'AlertSent')
    .map((r) => ({
      ...(r.data as unknown as AlertSent['data']),
      recordedAt: (r.metadata as { recordedAt?: string }).recordedAt ?? r.created.toISOString(),
    }))
    .filter((a) => options.caseId === undefined || a.caseId === options.caseId);
}

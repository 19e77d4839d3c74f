import { isAlertRecorded, recordAlertSent } from '@redress/alert-stream';
import type { EventStore } from '@redress/event-store';
import type { AlertChannel } from '../channels/alert-channel';
import type { AlertOutbox, OutboxRow } from '../outbox/alert-outbox';

export type DeliveryOutcome = 'sent' | 'already' | 'retry' | 'dead';

/**
 * Delivers one alert from the outbox (docs/alerts.md, "Exactly once"): written `delivering`
 * before the send; once the other side accepted it, recorded as `AlertSent`, then marked `sent`.
 * An alert already recorded is only marked, never sent again.
 */
export async function deliverAlert(
  row: OutboxRow,
  deps: {
    readonly store: EventStore;
    readonly outbox: AlertOutbox;
    readonly channel: AlertChannel | undefined;
    readonly now: () => Date;
    readonly policy: { readonly maxAttempts: number; readonly retryBaseMs: number };
    readonly logger?: { warn(m: string): void };
  },
): Promise<DeliveryOutcome> {
  const { store, outbox, channel, now } = deps;
  // Already recorded as sent: a row left `delivering` by a process that died after the other
  // side accepted it, or an outbox lost with the read-model database and derived again.
  if (await isAlertRecorded(store, row.alert_id)) {
    await outbox.markSent(row.alert_id, now());
    return 'already';
  }
  await outbox.markDelivering(row.alert_id);
  const attempts = row.attempts + 1;
  try {
    if (!channel) throw new Error(`the ${row.channel} channel is not configured`);
    await channel.send(row);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const outcome = await outbox.markFailed(
      { alert_id: row.alert_id, attempts },
      message,
      now(),
      deps.policy,
    );
    deps.logger?.warn(
      `Alert ${row.alert_id} to ${row.recipient} by ${row.channel} failed (attempt ${attempts}): ${message}${outcome === 'dead' ? '; moved to the dead-letter list' : ''}`,
    );
    return outcome;
  }
  const deliveredAt = now();
  await recordAlertSent(
    store,
    {
      alertId: row.alert_id,
      alertKey: row.alert_key,
      kind: row.kind,
      recipient: row.recipient,
      channel: row.channel,
      address: row.address,
      subject: row.subject,
      caseId: row.case_id,
      obligationKey: row.obligation_key,
      dueOn: row.due_on,
      messageId: channel.messageIdOf(row),
      attempts,
      deliveredAt: deliveredAt.toISOString(),
    },
    deliveredAt,
  );
  await outbox.markSent(row.alert_id, deliveredAt);
  return 'sent';
}

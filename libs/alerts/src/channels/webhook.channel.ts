import { Webhook } from 'standardwebhooks';
import type { OutboxRow } from '../outbox/alert-outbox';
import type { AlertChannel } from './alert-channel';
import { postWebhook } from './webhook-post';

/**
 * A signed POST to the person's webhook URL, per the Standard Webhooks specification:
 * `webhook-id` (the same for every attempt of one alert, for the receiver to drop repeats),
 * `webhook-timestamp` (seconds, this attempt's wall-clock time) and `webhook-signature` (`v1,` HMAC-SHA256 of
 * `id.timestamp.body`). Any 2xx is delivered; anything else, or no answer in time, is a failure
 * the notifier retries with backoff. Loopback, private and link-local destinations are refused
 * (a failure like any other, ending on the dead-letter list) unless `allowPrivate`.
 */
export class WebhookChannel implements AlertChannel {
  readonly name = 'webhook' as const;
  private readonly signer: Webhook;

  constructor(
    secret: string,
    private readonly options: { readonly timeoutMs?: number; readonly allowPrivate?: boolean } = {},
  ) {
    this.signer = new Webhook(secret);
  }

  messageIdOf(row: Pick<OutboxRow, 'alert_id'>): string {
    return `msg_${row.alert_id}`;
  }

  async send(row: OutboxRow): Promise<void> {
    // The attempt's own wall-clock instant: receivers refuse a timestamp far from their clock
    // (the specification's replay protection), whatever date the alert is about.
    const now = new Date();
    const id = this.messageIdOf(row);
    const stored = JSON.parse(row.payload) as { type: string; data: unknown };
    const body = JSON.stringify({
      type: stored.type,
      timestamp: now.toISOString(),
      data: stored.data,
    });
    const status = await postWebhook(
      row.address,
      {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': this.signer.sign(id, now, body),
      },
      body,
      {
        timeoutMs: this.options.timeoutMs ?? 15_000,
        allowPrivate: this.options.allowPrivate ?? false,
      },
    );
    if (status < 200 || status > 299) throw new Error(`the receiver answered ${status}`);
  }
}

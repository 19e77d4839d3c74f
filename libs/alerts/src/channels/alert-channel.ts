import type { AlertChannelName } from '../model/open-obligation';
import type { OutboxRow } from '../outbox/alert-outbox';

/** A way of telling someone. `send` resolves once the other side has accepted the alert. */
export interface AlertChannel {
  readonly name: AlertChannelName;
  /** The id the other side sees (Message-ID, webhook-id): the same for every attempt. */
  messageIdOf(row: Pick<OutboxRow, 'alert_id'>): string;
  send(row: OutboxRow): Promise<void>;
  close?(): void;
}

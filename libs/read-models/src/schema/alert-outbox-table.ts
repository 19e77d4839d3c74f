import type { Kysely } from 'kysely';
import { dialectOf, textType } from './dialect';

/**
 * The notifier's outbox (docs/alerts.md): one row per alert it has decided to send, keyed so
 * that one obligation's threshold reaches one person on one channel once. Unlike the projected
 * tables it is not derived from the events alone (it also records delivery), so a rebuild never
 * drops it; what was sent is recorded again, for good, as an `AlertSent` event.
 */
export interface AlertOutboxTable {
  /** A short id derived from `alert_key`: the Message-ID and webhook-id are made from it. */
  alert_id: string;
  /** `<obligation>|<threshold>|<recipient>|<channel>`, or `digest|<date>|<recipient>|<channel>`. */
  alert_key: string;
  /** `amber`, `missed` or `digest`. */
  kind: string;
  recipient: string;
  /** `email` or `webhook`. */
  channel: string;
  /** The email address or webhook URL at the time the alert was decided. */
  address: string;
  case_id: string | null;
  obligation_key: string | null;
  due_on: string | null;
  subject: string;
  /** The plain-English text of an email. */
  body: string;
  /** The JSON a webhook receives. */
  payload: string;
  /** `pending` → `delivering` → `sent`; `dead` after the last failed attempt. */
  state: string;
  attempts: number;
  /** ISO instant (UTC): not tried again before it. */
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export async function createAlertOutboxTable(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
): Promise<void> {
  const text = textType(dialectOf(db));
  await db.schema
    .createTable('rm_alert_outbox')
    .ifNotExists()
    .addColumn('alert_id', text, (c) => c.primaryKey())
    .addColumn('alert_key', text, (c) => c.notNull().unique())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('recipient', text, (c) => c.notNull())
    .addColumn('channel', text, (c) => c.notNull())
    .addColumn('address', text, (c) => c.notNull())
    .addColumn('case_id', text)
    .addColumn('obligation_key', text)
    .addColumn('due_on', text)
    .addColumn('subject', text, (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('payload', text, (c) => c.notNull())
    .addColumn('state', text, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', text, (c) => c.notNull())
    .addColumn('last_error', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('sent_at', text)
    .execute();
  await db.schema
    .createIndex('rm_alert_outbox_due')
    .ifNotExists()
    .on('rm_alert_outbox')
    .columns(['state', 'next_attempt_at'])
    .execute();
}

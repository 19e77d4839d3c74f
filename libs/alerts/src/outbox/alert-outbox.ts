import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AlertOutboxTable, ReadModelDatabase } from '@redress/read-models';
import type { AlertDraft } from '../derive/derive-alerts';

export type OutboxRow = Selectable<AlertOutboxTable>;

/** The alert's short id: the same key always gives the same id (and so the same Message-ID). */
export function alertIdOf(alertKey: string): string {
  return createHash('sha256').update(alertKey).digest('hex').slice(0, 32);
}

/** Rows per insert: 18 columns each, well inside SQLite's and PostgreSQL's parameter limits. */
const ENQUEUE_BATCH = 500;

/** The longest a failed alert waits before its next attempt, however many came before. */
const MAX_WAIT_MS = 6 * 3_600_000;

/**
 * The notifier's durable outbox in the read-model database. Every write is a single statement
 * (SQLite commits it to the WAL before returning; PostgreSQL before the query resolves), so what
 * it says survives a SIGKILL the moment the call returns.
 */
export class AlertOutbox {
  constructor(private readonly db: Kysely<ReadModelDatabase>) {}

  /**
   * Adds the drafts it does not hold yet; a key already there (in any state) is left alone.
   * In batches: the keys of a batch already held are looked up and skipped, and the rest written
   * in one statement (wholly or not at all). A round costs in proportion to what is due, not to
   * everything the outbox has ever held.
   */
  async enqueue(drafts: readonly AlertDraft[], now: Date): Promise<number> {
    const unique = new Map(drafts.map((d) => [alertIdOf(d.alertKey), d]));
    const ids = [...unique.keys()];
    let added = 0;
    for (let i = 0; i < ids.length; i += ENQUEUE_BATCH) {
      const batch = ids.slice(i, i + ENQUEUE_BATCH);
      const held = await this.db
        .selectFrom('rm_alert_outbox')
        .select('alert_id')
        .where('alert_id', 'in', batch)
        .execute();
      const skip = new Set(held.map((r) => r.alert_id));
      const rows = batch
        .filter((id) => !skip.has(id))
        .map((id) => {
          const d = unique.get(id)!;
          return {
            alert_id: id,
            alert_key: d.alertKey,
            kind: d.kind,
            recipient: d.recipient,
            channel: d.channel,
            address: d.address,
            case_id: d.caseId,
            obligation_key: d.obligationKey,
            due_on: d.dueOn,
            subject: d.message.subject,
            body: d.message.body,
            payload: JSON.stringify(d.message.payload),
            state: 'pending',
            attempts: 0,
            next_attempt_at: now.toISOString(),
            last_error: null,
            created_at: now.toISOString(),
            sent_at: null,
          };
        });
      if (rows.length === 0) continue;
      const result = await this.db
        .insertInto('rm_alert_outbox')
        .values(rows)
        .onConflict((oc) => oc.column('alert_id').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  /** Alerts to deliver now: pending ones whose wait is over, and any left `delivering`. */
  async due(now: Date, limit = 200): Promise<OutboxRow[]> {
    return this.db
      .selectFrom('rm_alert_outbox')
      .selectAll()
      .where('state', 'in', ['pending', 'delivering'])
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('created_at')
      .orderBy('alert_id')
      .limit(limit)
      .execute();
  }

  /** Written before the send: a restart finding it knows a send may have begun. */
  async markDelivering(alertId: string): Promise<void> {
    await this.db
      .updateTable('rm_alert_outbox')
      .set((eb) => ({ state: 'delivering', attempts: eb('attempts', '+', 1) }))
      .where('alert_id', '=', alertId)
      .execute();
  }

  async markSent(alertId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('rm_alert_outbox')
      .set({ state: 'sent', sent_at: at.toISOString(), last_error: null })
      .where('alert_id', '=', alertId)
      .execute();
  }

  /**
   * A failed attempt: tried again after the base wait doubled per attempt so far (capped), or
   * moved to the dead-letter list once `maxAttempts` have failed.
   */
  async markFailed(
    row: Pick<OutboxRow, 'alert_id' | 'attempts'>,
    error: string,
    now: Date,
    policy: { readonly maxAttempts: number; readonly retryBaseMs: number },
  ): Promise<'retry' | 'dead'> {
    const dead = row.attempts >= policy.maxAttempts;
    const wait = Math.min(policy.retryBaseMs * 2 ** Math.max(row.attempts - 1, 0), MAX_WAIT_MS);
    await this.db
      .updateTable('rm_alert_outbox')
      .set({
        state: dead ? 'dead' : 'pending',
        last_error: error.slice(0, 1000),
        next_attempt_at: new Date(now.getTime() + (dead ? 0 : wait)).toISOString(),
      })
      .where('alert_id', '=', row.alert_id)
      .execute();
    return dead ? 'dead' : 'retry';
  }

  /** The dead-letter list: alerts every attempt failed for, newest first. */
  async deadLetters(): Promise<OutboxRow[]> {
    return this.db
      .selectFrom('rm_alert_outbox')
      .selectAll()
      .where('state', '=', 'dead')
      .orderBy('created_at', 'desc')
      .execute();
  }

  async find(alertId: string): Promise<OutboxRow | undefined> {
    return this.db
      .selectFrom('rm_alert_outbox')
      .selectAll()
      .where('alert_id', '=', alertId)
      .executeTakeFirst();
  }

  /** Puts a dead letter back to be sent on the notifier's next round; false if it is not one. */
  async replay(alertId: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('rm_alert_outbox')
      .set({ state: 'pending', attempts: 0, next_attempt_at: now.toISOString() })
      .where('alert_id', '=', alertId)
      .where('state', '=', 'dead')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** How many alerts are in each state, for the notifier's status line and the tests. */
  async counts(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('rm_alert_outbox')
      .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  }
}

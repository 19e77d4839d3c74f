import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkingDayCalendar } from '@redress/complaints';
import type { EventStore } from '@redress/event-store';
import type { ReadModelConnection } from '@redress/read-models';
import type { DirectoryUser } from '@redress/users';
import type { AlertChannel } from '../channels/alert-channel';
import { deriveAlerts, type DeriveSettings } from '../derive/derive-alerts';
import type { AlertChannelName, OpenObligation } from '../model/open-obligation';
import { AlertOutbox, type OutboxRow } from '../outbox/alert-outbox';
import { deliverAlert, type DeliveryOutcome } from './deliver-alert';
import type { AlertSource } from '../sources/alert-source';

/** The lease that keeps one notifier active (the projector's mechanism, another name). */
export const NOTIFIER_LEASE = 'notifier';

export interface NotifierOptions {
  readonly store: EventStore;
  readonly connection: ReadModelConnection;
  readonly sources: readonly AlertSource[];
  /** The people to tell: the user directory (`UserDirectory.list`). */
  readonly people: () => Promise<readonly DirectoryUser[]>;
  readonly channels: readonly AlertChannel[];
  readonly calendar: WorkingDayCalendar;
  readonly settings: Omit<DeriveSettings, 'emailEnabled'>;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  /** How often a round runs (derive, then deliver what is due). */
  readonly everyMs: number;
  readonly clock?: () => Date;
  readonly leaseTtlMs?: number;
  /** How often the lease is renewed during a round. */
  readonly leaseCheckMs?: number;
  readonly logger?: { log(m: string): void; warn(m: string): void; error(m: string): void };
}

export interface NotifierStatus {
  readonly role: 'active' | 'standby' | 'stopped';
  readonly rounds: number;
  readonly delivered: number;
  readonly failures: number;
  readonly lastError?: string;
}

/**
 * Tells people about their deadlines (docs/alerts.md). Each round it asks every source for the
 * open obligations, derives the alerts due (thresholds crossed, the day's digests) into the
 * outbox, where a key already present is never added again, then delivers what the outbox holds.
 * Each delivery is written `delivering` before it is sent, recorded as an `AlertSent` event once
 * the other side accepted it, then marked `sent`: a restart that finds an alert `delivering`
 * looks for that event before sending again. Only the holder of the `notifier` lease runs rounds.
 * A plain class with start/stop: the api hosts it in embedded mode, `apps/notifier` alone.
 */
export class Notifier {
  private readonly outboxStore: AlertOutbox;
  private readonly wake = new AbortController();
  private running?: Promise<void>;
  private stopping = false;
  private lostLease = false;
  private state: NotifierStatus = { role: 'standby', rounds: 0, delivered: 0, failures: 0 };

  constructor(private readonly options: NotifierOptions) {
    this.outboxStore = new AlertOutbox(options.connection.db);
  }

  get outbox(): AlertOutbox {
    return this.outboxStore;
  }

  status(): NotifierStatus {
    return this.stopping ? { ...this.state, role: 'stopped' } : this.state;
  }

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake.abort();
    await this.running;
    for (const channel of this.options.channels) channel.close?.();
  }

  /** One round: derive what is due into the outbox, then deliver it. Tests call it directly. */
  async runOnce(): Promise<{ derived: number; delivered: number; failed: number }> {
    const now = this.now();
    const obligations: OpenObligation[] = [];
    for (const source of this.options.sources) {
      obligations.push(...(await source.openObligations(now)));
    }
    const drafts = deriveAlerts({
      obligations,
      people: await this.options.people(),
      now,
      calendar: this.options.calendar,
      settings: {
        ...this.options.settings,
        emailEnabled: this.options.channels.some((c) => c.name === 'email'),
      },
    });
    const derived = await this.outboxStore.enqueue(drafts, now);
    let delivered = 0;
    let failed = 0;
    for (const row of await this.outboxStore.due(now)) {
      if (this.stopping || this.lostLease) break;
      const outcome = await this.deliver(row);
      if (outcome === 'sent') delivered++;
      else if (outcome !== 'already') failed++;
    }
    this.state = {
      ...this.state,
      rounds: this.state.rounds + 1,
      delivered: this.state.delivered + delivered,
      failures: this.state.failures + failed,
    };
    return { derived, delivered, failed };
  }

  private deliver(row: OutboxRow): Promise<DeliveryOutcome> {
    return deliverAlert(row, {
      store: this.options.store,
      outbox: this.outboxStore,
      channel: this.options.channels.find((c) => c.name === (row.channel as AlertChannelName)),
      now: () => this.now(),
      policy: { maxAttempts: this.options.maxAttempts, retryBaseMs: this.options.retryBaseMs },
      logger: this.options.logger,
    });
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  private async loop(): Promise<void> {
    const { logger } = this.options;
    const lease = this.options.connection.lease(NOTIFIER_LEASE, {
      ttlMs: this.options.leaseTtlMs,
    });
    while (!this.stopping) {
      const held = await lease.hold().catch(() => false);
      if (held !== (this.state.role === 'active'))
        logger?.log(`Notifier ${lease.holder} ${held ? 'holds the lease' : 'is standing by'}`);
      this.state = { ...this.state, role: held ? 'active' : 'standby' };
      if (held) {
        // Renewed through a long round (a slow SMTP server), so no standby takes over meanwhile;
        // lost all the same (the database gone), the round ends after the alert in hand.
        const keeper = setInterval(() => {
          void lease.hold().then(
            (still) => {
              if (!still) this.lostLease = true;
            },
            () => (this.lostLease = true),
          );
        }, this.options.leaseCheckMs ?? 1_000);
        try {
          this.lostLease = false;
          await this.runOnce();
        } catch (error) {
          this.state = { ...this.state, lastError: String(error) };
          logger?.error(`Notifier round failed; trying again next round: ${String(error)}`);
        } finally {
          clearInterval(keeper);
        }
      }
      await sleep(this.options.everyMs, undefined, { signal: this.wake.signal }).catch(
        () => undefined,
      );
    }
    await lease.release().catch(() => undefined);
  }
}

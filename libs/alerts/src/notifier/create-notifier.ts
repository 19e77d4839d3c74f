import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { calendar, ReferenceBook } from '@redress/complaint-stream';
import type { RedressConfig } from '@redress/config';
import { readOrCreateSecretFile, type EventStore } from '@redress/event-store';
import type { ReadModelConnection } from '@redress/read-models';
import { UserDirectory } from '@redress/users';
import type { AlertChannel } from '../channels/alert-channel';
import { EmailChannel } from '../channels/email.channel';
import { WebhookChannel } from '../channels/webhook.channel';
import { ComplaintObligationsSource } from '../sources/complaint-obligations.source';
import { HazardClocksSource } from '../sources/hazard-clocks.source';
import { Notifier, type NotifierOptions } from './notifier';

/**
 * The webhook signing secret: REDRESS_WEBHOOK_SECRET, or one made on first use in the data
 * directory (`webhook-secret`), which the landlord gives to each receiver to verify signatures.
 */
export function webhookSecret(config: RedressConfig): { secret: string; file?: string } {
  if (config.alerts.webhookSecret) return { secret: config.alerts.webhookSecret };
  const file = join(config.dataDir, 'webhook-secret');
  const { text } = readOrCreateSecretFile(
    file,
    () => `whsec_${randomBytes(32).toString('base64')}`,
  );
  return { secret: text.trim(), file };
}

/** The notifier as the configuration describes it: complaint and hazard sources, both channels. */
export function createNotifier(deps: {
  readonly config: RedressConfig;
  readonly store: EventStore;
  readonly connection: ReadModelConnection;
  readonly logger?: NotifierOptions['logger'];
}): Notifier {
  const { config, store, connection } = deps;
  const alerts = config.alerts;
  const channels: AlertChannel[] = [
    new WebhookChannel(webhookSecret(config).secret, {
      allowPrivate: alerts.webhookAllowPrivate,
    }),
  ];
  if (alerts.smtp) channels.unshift(new EmailChannel(alerts.smtp));
  const directory = new UserDirectory(store, {
    allowPrivateWebhooks: alerts.webhookAllowPrivate,
  });
  return new Notifier({
    store,
    connection,
    sources: [
      new ComplaintObligationsSource(connection.db, new ReferenceBook(store)),
      new HazardClocksSource(connection.db, store),
    ],
    people: () => directory.list(),
    channels,
    calendar,
    settings: {
      amberWorkingDays: alerts.amberWorkingDays,
      amberHours: alerts.amberHours,
      digestHour: alerts.digestHour,
      publicUrl: alerts.publicUrl,
    },
    maxAttempts: alerts.attempts,
    retryBaseMs: alerts.retryBaseMs,
    everyMs: alerts.everyMs,
    logger: deps.logger,
  });
}

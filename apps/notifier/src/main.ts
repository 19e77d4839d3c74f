import { mkdirSync } from 'node:fs';
import { createNotifier } from '@redress/alerts';
import { ConfigError, describeAlerts, loadConfig, storeChoice } from '@redress/config';
import { createEventStore } from '@redress/event-store';
import { openReadModelDatabase } from '@redress/read-models';

/**
 * The notifier on its own (`npm run start:notifier`), for when the api runs with
 * REDRESS_NOTIFIER=off: derives alerts into the outbox and delivers them, while it holds the
 * `notifier` lease (a second one stands by). Stopped cleanly on SIGINT or SIGTERM; a SIGKILL
 * loses nothing (docs/alerts.md).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.readModelFile === ':memory:') {
    throw new ConfigError([
      'the standalone notifier needs a durable store (REDRESS_STORE=sqlite or esdb)',
    ]);
  }
  mkdirSync(config.dataDir, { recursive: true });
  const store = await createEventStore(storeChoice(config));
  const connection = await openReadModelDatabase(config.readModels);
  const notifier = createNotifier({ config, store, connection, logger: console });
  notifier.start();
  console.log(`Redress notifier: ${config.store} store, outbox in ${connection.location}`);
  console.log(`Alerts: ${describeAlerts(config.alerts)}`);
  const report = setInterval(() => {
    const s = notifier.status();
    console.log(`notifier ${s.role}: ${s.delivered} delivered, ${s.failures} failed attempts`);
  }, 60_000);
  const stop = async () => {
    clearInterval(report);
    await notifier.stop();
    await connection.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { createEventStore } from '@redress/event-store';
import { openReadModelDatabase } from '@redress/read-models';
import { tokenCommand } from './auth/token-command';
import { loadTokenKeys } from './auth/token-keys';
import { createApp } from './bootstrap/create-app';
import { ConfigError, describeAlerts, loadConfig, storeChoice } from '@redress/config';
import { UserDirectory } from '@redress/users';

/** Starts the api on the configured store; by default SQLite under ./data, no servers needed. */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = await createEventStore(storeChoice(config), {
    writerThread: config.sqliteWriter === 'thread',
  });
  if (config.readModelFile !== ':memory:') mkdirSync(config.dataDir, { recursive: true });
  const readModels = await openReadModelDatabase(config.readModels);
  const keys = await loadTokenKeys(config);
  const app = await createApp({ config, store, keys, readModels });
  app.enableShutdownHooks();
  // First start with nobody in the directory: an admin, with a password that works once.
  const firstAdmin = await app.get(UserDirectory).ensureFirstAdmin();
  await app.listen(config.port, config.host);
  const url = `http://${config.host}:${config.port}`;
  const where = config.store === 'sqlite' ? `SQLite in ${config.dataDir}` : config.store;
  console.log(`Redress api listening on ${url} (store: ${where})`);
  console.log(`Read models: ${readModels.dialect} (${readModels.location})`);
  console.log(
    config.alerts.notifier === 'embedded'
      ? `Notifier: embedded; ${describeAlerts(config.alerts)}`
      : 'Notifier: off here (REDRESS_NOTIFIER=off); run it with npm run start:notifier',
  );
  console.log(`Workbench: ${url}/   API docs: ${url}/docs   OpenAPI: ${url}/openapi.json`);
  if (firstAdmin) {
    console.log(
      `First start: sign in at ${url}/ as "${firstAdmin.id}" with the one-time password ${firstAdmin.password}`,
    );
    console.log(
      '  (you will be asked to choose your own; add people with: npm run cli -- users add)',
    );
  }
  if (keys.generatedAt) console.log(`Generated a token signing secret in ${keys.generatedAt}`);
  if (keys.signingSecret) console.log(`Get a token: ${tokenCommand(config)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

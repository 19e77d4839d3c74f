import { mkdirSync, writeFileSync } from 'node:fs';
import { createEventStore } from '@redress/event-store';
import { openReadModelDatabase, ProjectionHost } from '@redress/read-models';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { ConfigError, loadConfig, storeChoice } from '@redress/config';

/**
 * The projector on its own (`npm run start:projector`), for when the api runs with
 * REDRESS_PROJECTOR=off: one named, checkpointed subscription feeding the read models, stopped
 * cleanly on SIGINT or SIGTERM. With the embedded default the api runs the same host itself.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.readModelFile === ':memory:') {
    throw new ConfigError([
      'the standalone projector needs a durable store (REDRESS_STORE=sqlite or esdb)',
    ]);
  }
  mkdirSync(config.dataDir, { recursive: true });
  const store = await createEventStore(storeChoice(config));
  const connection = await openReadModelDatabase(config.readModels);
  const host = new ProjectionHost({
    store,
    connection,
    serializer,
    calendar,
    policies,
    logger: console,
  });
  host.start();
  console.log(`Redress projector: ${config.store} store → ${connection.location}`);
  const report = setInterval(() => {
    const s = host.status();
    console.log(
      `projector ${s.state}: ${s.handled} events handled, lag ${s.lagSeconds.toFixed(1)} s`,
    );
  }, 60_000);
  // For a container health check (docker-compose.yml): the host's status, rewritten every 5 s.
  const statusFile = process.env.REDRESS_PROJECTOR_STATUS_FILE;
  const writeStatus = () =>
    statusFile &&
    writeFileSync(statusFile, JSON.stringify({ ...host.status(), at: new Date().toISOString() }));
  const status = setInterval(writeStatus, 5_000);
  writeStatus();
  const stop = async () => {
    clearInterval(report);
    clearInterval(status);
    await host.stop();
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

/**
 * `npm run demo`: loads two reporting years of synthetic complaints into the configured store
 * (SQLite under ./data by default) through the same command path as the api. The clock is run
 * through the history, so each command is decided on the day it happened.
 */
import { parseArgs } from 'node:util';
import { londonDateOf } from '@redress/complaints';
import { createEventStore } from '@redress/event-store';
import { ConfigError, loadConfig, storeChoice } from '@redress/config';
import { describeDemoLoad, loadDemo } from './demo-loader';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'per-year': { type: 'string', default: '300' } } });
  const perYear = Number(values['per-year']);
  if (!Number.isInteger(perYear) || perYear < 1 || perYear > 100_000)
    throw new ConfigError(['--per-year must be a whole number from 1 to 100000']);
  const config = loadConfig();
  const store = await createEventStore(storeChoice(config));
  const today = londonDateOf(new Date());
  const firstYear = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 4 ? 2 : 3);
  const summary = await loadDemo(store, { perYear, firstYear, today });
  await store.close();
  const years = `${firstYear}/${firstYear + 1 - 2000}, ${firstYear + 1}/${firstYear + 2 - 2000} and ${firstYear + 2}/${firstYear + 3 - 2000}`;
  const where = config.store === 'sqlite' ? config.dataDir : config.store;
  for (const line of describeDemoLoad(summary, years, where)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});

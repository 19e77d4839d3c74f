import { existsSync } from 'node:fs';
import { createEventStore, sqliteFile, type EventStore } from '@redress/event-store';
import { ConfigError, loadConfig, storeChoice } from '@redress/config';

/** The store could not be opened or does not answer; the message says which and where. */
export class StoreUnreachable extends Error {}

/**
 * Opens the configured store for reading, and makes sure it answers. An audit must never
 * create an empty SQLite file where the real one was expected: a missing file is an error,
 * not a store with no complaints in it.
 */
export async function openAuditStore(env: NodeJS.ProcessEnv = process.env): Promise<EventStore> {
  let choice;
  try {
    choice = storeChoice(loadConfig(env));
  } catch (error) {
    if (error instanceof ConfigError) throw new StoreUnreachable(error.message);
    throw error;
  }
  if (choice.kind === 'sqlite' && !existsSync(sqliteFile(choice.dataDir))) {
    throw new StoreUnreachable(
      `No event store at ${sqliteFile(choice.dataDir)}; set REDRESS_DATA_DIR to the directory that holds redress.sqlite`,
    );
  }
  let store: EventStore | undefined;
  try {
    store = await createEventStore(choice);
    await withTimeout(store.ping(), 10_000);
    return store;
  } catch (error) {
    await store?.close().catch(() => undefined);
    const where =
      choice.kind === 'esdb'
        ? choice.url
        : choice.kind === 'sqlite'
          ? sqliteFile(choice.dataDir)
          : 'memory';
    throw new StoreUnreachable(
      `The event store at ${where} cannot be reached: ${(error as Error).message}`,
    );
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

import {
  openReadModelDatabase,
  type ReadModelConnection,
} from '../schema/open-read-model-database';

let opener: (() => Promise<ReadModelConnection>) | undefined;

/**
 * Where the read-model tests open their databases: an in-memory SQLite database unless a suite
 * has chosen another (test/support's `useReadModelDialect` points it at PostgreSQL).
 */
export function openTestReadModels(): Promise<ReadModelConnection> {
  return opener ? opener() : openReadModelDatabase(':memory:');
}

export function setTestReadModelOpener(open?: () => Promise<ReadModelConnection>): void {
  opener = open;
}

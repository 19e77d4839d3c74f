export { SqliteEventStore } from './sqlite-event-store';
export { SQLITE_DEFAULTS, type SqliteEventStoreOptions } from './sqlite-event-store.options';
export type { SqliteStoreStats } from './sqlite-append.writer';

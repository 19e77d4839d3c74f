/**
 * @redress/event-store: the EventStore port and its adapters, serialization with upcasting, the
 * hash chain, the generic command handler and checkpointed subscriptions.
 */
export * from './port';
export * from './hash-chain';
export * from './seal';
export * from './serialization';
export * from './command-handling';
export * from './subscriptions';
export * from './threads';
export { MemoryEventStore } from './adapters/memory/memory-event-store';
export * from './config/create-event-store';
export * from './config/secret-file';
export { SqliteEventStore } from './adapters/sqlite/sqlite-event-store';
export { EsdbEventStore } from './adapters/esdb/esdb-event-store';

export * from './event-metadata';
export * from './upcaster-registry';
export * from './event-serializer';

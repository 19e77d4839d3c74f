/**
 * @redress/complaint-stream: the complaint stream's one home. Its name, the one serializer and
 * upcaster registry, the decider with its policies and calendar, and the one read that folds a
 * complaint at the revision of its last event. Every app, library and benchmark uses these.
 */
export * from './complaint-stream';
export * from './complaint-domain';
export * from './read-complaint';
export * from './complaint-reference';
export * from './reference-book';

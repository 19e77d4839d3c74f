/**
 * @redress/hazard-stream: the hazard case stream's one home. Its name, the one serializer and
 * upcaster registry, the decider with its dated policies, and the one read that folds a case at
 * the revision of its last event. Working days come from the complaint stream's calendar.
 */
export * from './hazard-stream';
export * from './hazard-domain';
export * from './read-hazard-case';

/**
 * @redress/service-request-stream: the service request stream's one home (CHC 1.4). Its name,
 * the one serializer and upcaster registry, the decider, and the one read that folds a request
 * at the revision of its last event.
 */
export * from './service-request-stream';
export * from './service-request-domain';
export * from './read-service-request';

export * from './decider';
export * from './read-domain-stream';
export * from './handle-command';
export * from './append-chained';
export * from './stream-limit-error';

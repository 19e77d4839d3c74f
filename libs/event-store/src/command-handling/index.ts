export * from './decider';
export * from './handle-command';
export * from './stream-limit-error';

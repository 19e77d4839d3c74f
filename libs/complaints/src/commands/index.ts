export * from './complaint-command';

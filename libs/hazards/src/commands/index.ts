export * from './hazard-command';

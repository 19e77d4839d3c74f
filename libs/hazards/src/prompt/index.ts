export * from './hazard-prompt';

export * from './hazard-state';
export * from './evolve';

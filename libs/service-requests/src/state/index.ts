export * from './service-request-state';
export * from './evolve';

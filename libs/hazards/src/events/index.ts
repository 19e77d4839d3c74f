export * from './hazard-fact';
export * from './hazard-events';
export * from './hazard-event';

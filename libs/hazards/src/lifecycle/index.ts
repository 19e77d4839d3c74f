export * from './hazard.machine';
export * from './lifecycle';

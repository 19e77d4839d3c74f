export * from './hazard-error-codes';
export * from './hazard-error';

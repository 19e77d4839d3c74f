export * from './hazard-policy';
export * from './awaabs-law-phase1.policy';
export * from './check-hazard-policy';
export * from './hazard-policy-registry';

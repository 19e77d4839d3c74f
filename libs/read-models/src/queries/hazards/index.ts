export * from './hazard-compliance.query';
export * from './open-hazards.query';
export * from './hazard-links.query';
export * from './repeat-hazards.query';

export * from './hazard-clock';
export * from './judge-clock';
export * from './compute-hazard-clocks';
export * from './london-time';

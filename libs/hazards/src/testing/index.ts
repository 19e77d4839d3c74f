export * from './context';
export * from './command-builders';
export * from './scenario';
export * from './specification';
export * from './histories';

export * from './context';
export * from './specification';
export * from './command-builders';
export * from './scenario';
export * from './histories';

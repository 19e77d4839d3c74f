export * from './decision-context';
export * from './decide';

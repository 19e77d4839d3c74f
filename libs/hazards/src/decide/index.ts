export * from './decision-context';
export * from './decide';
export { outstandingSteps } from './closure.decide';

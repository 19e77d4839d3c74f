export * from './complaint-state';
export * from './evolve';
export { currentStage, stageOf } from './evolve-record';

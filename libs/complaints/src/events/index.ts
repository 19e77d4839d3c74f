export * from './domain-event';
export * from './intake.events';
export * from './stage.events';
export * from './closure-ombudsman.events';
export * from './complaint-event';

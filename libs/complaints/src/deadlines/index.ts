export * from './deadline';
export * from './deadline-status';
export * from './compute-deadlines';
export * from './stage-due-dates';

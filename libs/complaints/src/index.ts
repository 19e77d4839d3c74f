/**
 * @redress/complaints: the pure domain. Events, commands, the lifecycle machine, the decider,
 * the Code's deadlines, the working-day calendar and the versioned policy. No framework, no
 * store, no clock of its own.
 */
export * from './calendar';
export * from './policy';
export * from './model/vocabulary';
export * from './model/vocabulary-names';
export * from './model/parts';
export * from './events';
export * from './commands';
export * from './errors';
export * from './lifecycle';
export * from './state';
export * from './deadlines';
export * from './decide';

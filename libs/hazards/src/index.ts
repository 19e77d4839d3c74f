/**
 * @redress/hazards: Awaab's Law hazard cases as a pure domain (The Hazards in Social Housing
 * (Prescribed Requirements) (England) Regulations 2025, SI 2025/1042). Events, commands, the
 * lifecycle machine, the decider, the clocks as data and the dated policy. It uses the
 * complaint working-day calendar and nothing else outside itself: no framework, no store.
 */
export * from './model/vocabulary';
export * from './model/hazard-step';
export * from './policy';
export * from './events';
export * from './commands';
export * from './errors';
export * from './lifecycle';
export * from './state';
export * from './clocks';
export * from './decide';
export * from './prompt';

/**
 * @redress/service-requests: service requests (CHC 1.4) and the offer to complain (CHC 1.3,
 * 1.5) as a pure domain. A service request is not a complaint; when the resident is
 * dissatisfied the choice to complain is recorded with the answer, and an accepted offer names
 * the complaint it led to. No framework, no store.
 */
export * from './events';
export * from './commands';
export * from './errors';
export * from './lifecycle';
export * from './state';
export * from './decide';
export * from './repeats/repeat-issues';

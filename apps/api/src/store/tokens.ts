/** Injection tokens for what the api is composed from (decision 8: time is an input). */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const CLOCK = Symbol('CLOCK');
export const REDRESS_CONFIG = Symbol('REDRESS_CONFIG');

export interface Clock {
  now(): Date;
}

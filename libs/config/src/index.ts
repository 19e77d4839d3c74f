/**
 * @redress/config: everything Redress reads from its environment, checked once at start and
 * shared by the api, the standalone projector and the CLI. Plain parsing, no framework.
 */
export * from './redress-config';
export * from './reporting-config';
export * from './web-config';
export * from './hazard-config';
export * from './alerts-config';

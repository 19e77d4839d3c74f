export * from './service-request-command';

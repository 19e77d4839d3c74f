export * from './service-request-events';

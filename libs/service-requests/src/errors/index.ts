export * from './service-request-error';

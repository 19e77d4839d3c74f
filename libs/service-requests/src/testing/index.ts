export * from './service-request-testing';

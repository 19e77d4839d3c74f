export * from './service-request.machine';
export * from './lifecycle';

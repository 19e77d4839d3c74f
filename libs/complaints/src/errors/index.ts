export * from './error-codes';
export * from './complaint-error';

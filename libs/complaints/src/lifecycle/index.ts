export * from './complaint.machine';
export * from './lifecycle';
export * from './lifecycle-document';

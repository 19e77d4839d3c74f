export * from './complaint.machine';
export * from './lifecycle';

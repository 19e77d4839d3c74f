export * from './stream-heads';
export * from './seal-key';
export * from './seal-document';
export * from './seal-book';
export * from './seal-store';
export * from './seal-check';
export * from './seal-schedule';

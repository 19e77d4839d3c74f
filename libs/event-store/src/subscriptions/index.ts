export * from './checkpoint-store';
export * from './checkpointed-subscription';

export * from './code-policy';
export * from './chc-2022.policy';
export * from './chc-2024.policy';
export * from './policy-registry';

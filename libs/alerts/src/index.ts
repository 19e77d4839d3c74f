/**
 * @redress/alerts: tells people about their deadlines before and when they breach
 * (docs/alerts.md). Alert sources (complaint obligations, hazard clocks), threshold derivation on
 * the complaint calendar, the durable outbox, the email and webhook channels, and the notifier
 * that runs them under a lease.
 */
export * from './model/open-obligation';
export * from './thresholds/threshold-reached';
export * from './sources/alert-source';
export * from './sources/complaint-obligations.source';
export * from './sources/hazard-clocks.source';
export * from './derive/derive-alerts';
export * from './templates/alert-message';
export * from './outbox/alert-outbox';
export * from './channels/alert-channel';
export * from './channels/email.channel';
export * from './channels/webhook.channel';
export * from './notifier/notifier';
export * from './notifier/create-notifier';

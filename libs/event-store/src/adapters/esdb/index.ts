export { EsdbEventStore, type EsdbEventStoreOptions } from './esdb-event-store';
export {
  EsdbResilientSubscription,
  type SubscriptionLogger,
  type SubscriptionState,
} from './esdb-resilient.subscription';
export { DEFAULT_BACKOFF, type ReconnectBackoff } from './reconnect-backoff.policy';

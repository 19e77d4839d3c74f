/**
 * @redress/alert-stream: the one home of the `alert-` stream kind, where every delivered alert
 * is recorded as an `AlertSent` event (who was told what, how and when), for auditors.
 */
export * from './alert-stream';

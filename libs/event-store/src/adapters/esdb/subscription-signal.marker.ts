import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  Position as EsdbPosition,
} from '@eventstore/db-client';
import type { Position } from '../../port/position';

export type SubscriptionSignal = 'confirmed' | 'caught-up' | 'fell-behind' | 'checkpoint';

/** A control message travelling in the client's stream between the events. */
export class SignalMarker {
  constructor(
    readonly signal: SubscriptionSignal,
    readonly position?: Position,
  ) {}
}

export type MarkedStream = AsyncIterable<AllStreamResolvedEvent | SignalMarker>;

/**
 * The v6 client reports `confirmation`, `caughtUp` and `fellBehind` as stream events and
 * checkpoints through a callback, all from inside its transform, just before it passes the
 * next message on. Pushing a marker into the same readable buffer at that moment keeps it in
 * order with the events around it. Listening beside the iteration would not: events already
 * transformed can still be waiting in the buffer when `caughtUp` fires, and a consumer would
 * be told "caught up" before it has seen them.
 */
export const markSignals = {
  attach(stream: AllStreamSubscription): MarkedStream {
    stream.on('confirmation', () => stream.push(new SignalMarker('confirmed')));
    stream.on('caughtUp', () => stream.push(new SignalMarker('caught-up')));
    stream.on('fellBehind', () => stream.push(new SignalMarker('fell-behind')));
    return stream as MarkedStream;
  },

  checkpoint(stream: AllStreamSubscription, position: EsdbPosition): void {
    stream.push(
      new SignalMarker('checkpoint', { commit: position.commit, prepare: position.prepare }),
    );
  },
};

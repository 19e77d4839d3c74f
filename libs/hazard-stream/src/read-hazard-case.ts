import { calendar } from '@redress/complaint-stream';
import {
  computeHazardClocks,
  hazardStatusOf,
  type HazardClock,
  type HazardEvent,
  type HazardState,
} from '@redress/hazards';
import {
  foldStored,
  readDomainStream,
  type DomainStream,
  type EventSerializer,
  type EventStore,
} from '@redress/event-store';
import { hazardDecider, hazardPolicies, hazardSerializer } from './hazard-domain';
import { hazardStream } from './hazard-stream';

export type HazardCaseStream = DomainStream<HazardEvent>;

export interface LoadedHazardCase extends Omit<HazardCaseStream, 'revision'> {
  readonly state: HazardState;
  /** The last event's revision: the ETag an officer sends back in If-Match. */
  readonly revision: number;
}

/** A hazard case's stream read, upcast and folded, at the revision of its last event. */
export async function readHazardCase(
  store: EventStore,
  id: string,
  serializer: EventSerializer = hazardSerializer,
): Promise<LoadedHazardCase | undefined> {
  const read = await readDomainStream<HazardEvent>(store, hazardStream(id), serializer);
  if (read.recorded.length === 0) return undefined;
  return {
    ...read,
    state: foldStored(hazardDecider, read.stored),
    revision: Number(read.revision),
  };
}

/**
 * Every Awaab's Law clock of a case as of an instant, under the policy version the case
 * recorded when its scope was decided: none out of scope or before classification.
 */
export function hazardClocksOf(state: HazardState, asOf: Date | string): HazardClock[] {
  const record = state.hazard;
  const version = record?.scope?.policyVersion;
  const policy = version === undefined ? undefined : hazardPolicies.get(version);
  if (!record || !policy) return [];
  return computeHazardClocks(record, asOf, calendar, policy);
}

/** A case's lifecycle status as a dotted path, e.g. `significant.awaitingInvestigation`. */
export function hazardStatus(state: HazardState): string {
  return hazardStatusOf(state.lifecycle);
}

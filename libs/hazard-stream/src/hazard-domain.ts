import {
  decideHazard,
  evolveHazard,
  HazardPolicyRegistry,
  initialHazardState,
} from '@redress/hazards';
import { EventSerializer, UpcasterRegistry } from '@redress/event-store';

/** The hazard decider every app composes (SI 2025/1042), with the dated Awaab's Law policies. */
export const hazardDecider = {
  initialState: initialHazardState,
  evolve: evolveHazard,
  decide: decideHazard,
};
/** Phase 1 now; later phases join as dated versions (docs/hazards.md). */
export const hazardPolicies = HazardPolicyRegistry.default();
/**
 * Hazard events are all at schema version 1; upcasters are registered here as they change,
 * and only here, so officers and auditors read the same events (decision 2).
 */
export const hazardUpcasters = new UpcasterRegistry();
export const hazardSerializer = new EventSerializer(hazardUpcasters);

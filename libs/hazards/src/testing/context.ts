import { defaultCalendar } from '@redress/complaints';
import type { HazardDecisionContext } from '../decide/decision-context';
import { HazardPolicyRegistry } from '../policy/hazard-policy-registry';

/** A decision context whose clock reads `now` (an ISO instant with a zone). */
export function hazardContextAt(
  now: string,
  actorId = 'officer-1',
  overrides: Partial<HazardDecisionContext> = {},
): HazardDecisionContext {
  return {
    now: new Date(now),
    actor: { id: actorId, role: 'officer' },
    policies: HazardPolicyRegistry.default(),
    calendar: defaultCalendar(),
    ...overrides,
  };
}

import type { LocalDate } from '../calendar/local-date';
import { defaultCalendar } from '../calendar/working-day-calendar';
import type { DecisionContext } from '../decide/decision-context';
import { PolicyRegistry } from '../policy/policy-registry';

/** A decision context whose clock reads noon in London on `on` (both GMT and BST are ±1h). */
export function contextOn(
  on: LocalDate,
  actorId = 'officer-1',
  overrides: Partial<DecisionContext> = {},
): DecisionContext {
  return {
    now: new Date(`${on}T12:00:00Z`),
    actor: { id: actorId, role: 'officer' },
    policies: PolicyRegistry.default(),
    calendar: defaultCalendar(),
    ...overrides,
  };
}

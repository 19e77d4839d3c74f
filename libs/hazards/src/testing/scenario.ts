import type { HazardCommand } from '../commands/hazard-command';
import { decideHazard } from '../decide/decide';
import type { HazardDecisionContext } from '../decide/decision-context';
import type { HazardEvent } from '../events/hazard-event';
import { foldHazard, initialHazardState } from '../state/evolve';
import type { HazardState } from '../state/hazard-state';
import { hazardContextAt } from './context';

/**
 * Builds a hazard history through the real decider, one command at a time at the instant
 * given, so every history used in tests is one the rules would have produced.
 */
export class HazardScenario {
  private constructor(
    readonly events: readonly HazardEvent[],
    readonly state: HazardState,
  ) {}

  static start(): HazardScenario {
    return new HazardScenario([], initialHazardState());
  }

  at(now: string, command: HazardCommand, ctx?: Partial<HazardDecisionContext>): HazardScenario {
    const produced = decideHazard(command, this.state, hazardContextAt(now, 'officer-1', ctx));
    return new HazardScenario([...this.events, ...produced], foldHazard(produced, this.state));
  }
}

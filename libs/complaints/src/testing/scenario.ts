import type { LocalDate } from '../calendar/local-date';
import type { ComplaintCommand } from '../commands/complaint-command';
import { decide } from '../decide/decide';
import type { DecisionContext } from '../decide/decision-context';
import type { ComplaintEvent } from '../events/complaint-event';
import type { ComplaintState } from '../state/complaint-state';
import { fold, initialState } from '../state/evolve';
import { contextOn } from './context';

/**
 * Builds a history through the real decider, one command per business day, so every history
 * used in tests is one the rules would have produced.
 */
export class Scenario {
  private constructor(
    readonly events: readonly ComplaintEvent[],
    readonly state: ComplaintState,
    readonly lastOn: LocalDate,
  ) {}

  static start(): Scenario {
    return new Scenario([], initialState(), '1900-01-01');
  }

  on(
    date: LocalDate,
    command: ComplaintCommand,
    actorId = 'officer-1',
    ctx?: Partial<DecisionContext>,
  ): Scenario {
    const produced = decide(command, this.state, contextOn(date, actorId, ctx));
    return new Scenario([...this.events, ...produced], fold(produced, this.state), date);
  }
}

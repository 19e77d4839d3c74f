import type { HazardCommand } from '../commands/hazard-command';
import { decideHazard } from '../decide/decide';
import type { HazardDecisionContext } from '../decide/decision-context';
import { HazardError } from '../errors/hazard-error';
import type { HazardErrorCode } from '../errors/hazard-error-codes';
import type { HazardEvent } from '../events/hazard-event';
import { foldHazard } from '../state/evolve';

type Outcome = { events: HazardEvent[] } | { error: HazardError };

/**
 * Given / when / then over events, with full equality (habit 5): no framework, no store.
 * `when` runs the real decider; an error other than a HazardError fails the test loudly.
 */
export function given(history: readonly HazardEvent[]) {
  return {
    when(command: HazardCommand, ctx: HazardDecisionContext) {
      const outcome = run(history, command, ctx);
      return {
        /** The command is accepted and produces exactly these events. */
        then(expected: readonly HazardEvent[]): void {
          if ('error' in outcome) {
            throw new Error(`Expected events, got ${outcome.error.code}: ${outcome.error.message}`);
          }
          expect(outcome.events).toEqual(expected);
        },
        /** The command is refused with this stable code. */
        thenThrows(code: HazardErrorCode): void {
          if ('events' in outcome) {
            const types = outcome.events.map((e) => e.type).join(', ');
            throw new Error(`Expected ${code}, got events ${types}`);
          }
          expect(outcome.error.code).toBe(code);
        },
        /** The events produced, for assertions on part of them. */
        events(): HazardEvent[] {
          if ('error' in outcome) {
            throw new Error(`Expected events, got ${outcome.error.code}: ${outcome.error.message}`);
          }
          return outcome.events;
        },
      };
    },
  };
}

function run(
  history: readonly HazardEvent[],
  command: HazardCommand,
  ctx: HazardDecisionContext,
): Outcome {
  try {
    return { events: decideHazard(command, foldHazard(history), ctx) };
  } catch (error) {
    if (error instanceof HazardError) return { error };
    throw error;
  }
}

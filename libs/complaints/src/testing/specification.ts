import type { ComplaintCommand } from '../commands/complaint-command';
import { decide } from '../decide/decide';
import type { DecisionContext } from '../decide/decision-context';
import { ComplaintError } from '../errors/complaint-error';
import type { ComplaintErrorCode } from '../errors/error-codes';
import type { ComplaintEvent } from '../events/complaint-event';
import { fold } from '../state/evolve';

export type Outcome = { events: ComplaintEvent[] } | { error: ComplaintError };

/**
 * Given / when / then over events (habit 5): no framework and no store. `when` runs the real
 * decider; a thrown error other than a ComplaintError fails the test loudly.
 */
export function given(history: readonly ComplaintEvent[]) {
  return {
    when(command: ComplaintCommand, ctx: DecisionContext) {
      const outcome = run(history, command, ctx);
      return {
        outcome,
        /** The events produced, for assertions. Fails if the command was refused. */
        events(): ComplaintEvent[] {
          if ('error' in outcome)
            throw new Error(`Expected events, got ${outcome.error.code}: ${outcome.error.message}`);
          return outcome.events;
        },
        /** The refusal code. Fails if the command was accepted. */
        refusal(): ComplaintErrorCode {
          if ('events' in outcome)
            throw new Error(
              `Expected a refusal, got ${outcome.events.map((e) => e.type).join(', ')}`,
            );
          return outcome.error.code;
        },
      };
    },
  };
}

function run(
  history: readonly ComplaintEvent[],
  command: ComplaintCommand,
  ctx: DecisionContext,
): Outcome {
  try {
    return { events: decide(command, fold(history), ctx) };
  } catch (error) {
    if (error instanceof ComplaintError) return { error };
    throw error;
  }
}

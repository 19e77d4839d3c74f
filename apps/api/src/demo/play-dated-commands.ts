import type { ComplaintCommand, LocalDate } from '@redress/complaints';
import type { EventStore } from '@redress/event-store';
import type { Actor } from '@redress/users';
import { executeComplaintCommand } from '../complaints/shared/execute-complaint-command';

export interface DatedCommand {
  readonly on: LocalDate;
  readonly actor: Actor;
  readonly command: ComplaintCommand;
}

/**
 * Plays planned commands through the real command path, each at noon UTC on its business date
 * with its own command id (`<prefix>-<n>`). A command the rules refuse is a bug in the plan and
 * stops the load. Used by the demo loader and by test fixtures. Returns how many events were
 * appended and how many commands were already there (a second load appends nothing).
 */
export async function playDatedCommands(
  store: EventStore,
  steps: readonly DatedCommand[],
  ids: { readonly prefix: string; readonly correlationId: (step: DatedCommand) => string },
): Promise<{ appended: number; replayed: number }> {
  let n = 0;
  const played = { appended: 0, replayed: 0 };
  for (const step of steps) {
    n++;
    const result = await executeComplaintCommand(step.command, {
      store,
      now: () => new Date(`${step.on}T12:00:00Z`),
      actor: step.actor,
      commandId: `${ids.prefix}-${n}`,
      correlationId: ids.correlationId(step),
    });
    // A command already in the store (same id) is replayed and appends nothing.
    if (result.replayed) played.replayed++;
    else played.appended += result.events.length;
  }
  return played;
}

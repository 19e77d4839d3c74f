import type { EventStore } from '@redress/event-store';
import { executeComplaintCommand } from '../../../apps/api/src/complaints/shared/execute-complaint-command';
import { cabinetMinutePlan, summarise, type CabinetMinuteSummary } from './cabinet-minute.plan';

/**
 * Plays the cabinet minute's data set into `store` through the real command path, each command
 * on its business day (noon UTC) with its own command id. A command the rules refuse is a bug in
 * the plan and fails the load. Returns the figures the plan was built to give.
 */
export async function loadCabinetMinute(
  store: EventStore,
  options: { seed?: number } = {},
): Promise<CabinetMinuteSummary> {
  const steps = cabinetMinutePlan(options);
  let n = 0;
  for (const step of steps) {
    n++;
    await executeComplaintCommand(step.command, {
      store,
      now: () => new Date(`${step.on}T12:00:00Z`),
      actor: step.actor,
      commandId: `cabinet-minute-${n}`,
      correlationId: `cabinet-minute-${step.command.complaintId}`,
    });
  }
  return summarise(steps);
}

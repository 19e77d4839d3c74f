import type { EventStore } from '@redress/event-store';
import { playDatedCommands } from '../../../apps/api/src/demo/play-dated-commands';
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
  await playDatedCommands(store, steps, {
    prefix: 'cabinet-minute',
    correlationId: (step) => `cabinet-minute-${step.command.complaintId}`,
  });
  return summarise(steps);
}

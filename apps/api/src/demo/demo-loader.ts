import type { EventStore } from '@redress/event-store';
import type { LocalDate } from '@redress/complaints';
import { playDatedCommands } from './play-dated-commands';
import { demoDataSet } from './demo-data-set';

export interface DemoSummary {
  readonly complaints: number;
  readonly commands: number;
  readonly escalated: number;
  readonly referred: number;
}

/** Plays the demo data set into a store; a step the rules refuse is a bug in the plan. */
export async function loadDemo(
  store: EventStore,
  options: { perYear: number; firstYear: number; today: LocalDate },
): Promise<DemoSummary> {
  const steps = demoDataSet(options);
  await playDatedCommands(
    store,
    steps.map((step) => ({
      ...step,
      actor: { id: step.actor, role: step.actor.startsWith('manager') ? 'manager' : 'officer' },
    })),
    { prefix: 'demo', correlationId: () => 'demo-load' },
  );
  const count = (type: string) => steps.filter((s) => s.command.type === type).length;
  return {
    complaints: count('LogComplaint'),
    commands: steps.length,
    escalated: count('RequestEscalation'),
    referred: count('RecordOmbudsmanReferral'),
  };
}

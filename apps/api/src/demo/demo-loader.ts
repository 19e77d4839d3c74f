import type { EventStore } from '@redress/event-store';
import type { LocalDate } from '@redress/complaints';
import { playDatedCommands } from './play-dated-commands';
import { demoDataSet } from './demo-data-set';
import type { PlannedStep } from './demo-complaint.plan';

export interface DemoSummary {
  readonly complaints: number;
  readonly commands: number;
  readonly escalated: number;
  readonly referred: number;
  /** Events this load appended; 0 when the demo data was already in the store. */
  readonly appendedEvents: number;
  /** Commands already in the store, so not applied again. */
  readonly alreadyLoaded: number;
}

/** Plays the demo data set into a store; a step the rules refuse is a bug in the plan. */
export async function loadDemo(
  store: EventStore,
  options: { perYear: number; firstYear: number; today: LocalDate },
): Promise<DemoSummary> {
  const steps = demoDataSet(options);
  const played = await playDatedCommands(
    store,
    steps.map((step) => ({
      ...step,
      actor: { id: step.actor, role: step.actor.startsWith('manager') ? 'manager' : 'officer' },
    })),
    { prefix: 'demo', correlationId: () => 'demo-load' },
  );
  return summariseDemo(steps, played);
}

/** The counts a load reports, from the steps it played and what the store did with them. */
export function summariseDemo(
  steps: readonly PlannedStep[],
  played: { readonly appended: number; readonly replayed: number },
): DemoSummary {
  const count = (type: string) => steps.filter((s) => s.command.type === type).length;
  return {
    complaints: count('LogComplaint'),
    commands: steps.length,
    escalated: count('RequestEscalation'),
    referred: count('RecordOmbudsmanReferral'),
    appendedEvents: played.appended,
    alreadyLoaded: played.replayed,
  };
}

/** What a load did, in words: a re-run says it appended nothing rather than "Loaded 600". */
export function describeDemoLoad(summary: DemoSummary, years: string, where: string): string[] {
  if (summary.appendedEvents === 0 && summary.alreadyLoaded > 0) {
    return [
      `Nothing appended: the demo data (${summary.complaints} complaints for ${years}) is already loaded in ${where}`,
    ];
  }
  const skipped =
    summary.alreadyLoaded > 0
      ? `; ${summary.alreadyLoaded} commands were already in the store and were not applied again`
      : '';
  return [
    `Loaded ${summary.complaints} complaints (${summary.commands} commands, ${summary.appendedEvents} events appended) for ${years} into ${where}${skipped}`,
    `Escalated to Stage 2: ${summary.escalated}; referred to the Ombudsman: ${summary.referred}`,
  ];
}

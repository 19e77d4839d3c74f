import { assign, setup } from 'xstate';
import type { HazardEvent } from '../events/hazard-event';
import type { HazardCategory } from '../model/vocabulary';

/**
 * The hazard case lifecycle: which facts may follow which. Its events are the stored domain
 * events, so a case's position is the fold of its history through the pure `transition()`.
 * No timers: the Awaab's Law clocks are data (clocks/), computed from the facts as of a moment.
 */
export interface HazardLifecycleContext {
  readonly reported: boolean;
  /** Set by the classification; decides which remedy steps the machine accepts. */
  readonly category: HazardCategory | null;
}

/** Stored data is read defensively: an old or damaged event must not make a replay throw. */
const field = (event: HazardEvent, name: 'inScope' | 'finding' | 'category'): unknown =>
  (event.data as Record<string, unknown> | undefined)?.[name];

/** A fact that keeps the case where it is still needs an action for `can()` to see it. */
const stay = { actions: 'noteFact' } as const;

/** Facts open while the landlord still owes the tenant something (alternative home, defence). */
const whileOpen = {
  AlternativeAccommodationOffered: stay,
  ReasonableEndeavoursRecorded: stay,
} as const;

export const hazardMachine = setup({
  types: { context: {} as HazardLifecycleContext, events: {} as HazardEvent },
  guards: {
    exists: ({ context }) => context.reported,
    inScope: ({ event }) => field(event, 'inScope') === true,
    noHazard: ({ event }) => field(event, 'finding') === 'NO_HAZARD',
    emergency: ({ context }) => context.category === 'EMERGENCY',
    significant: ({ context }) => context.category === 'SIGNIFICANT',
  },
  actions: {
    markReported: assign({ reported: true }),
    noteFact: () => undefined,
    classify: assign({
      category: ({ event }) => {
        const category = field(event, 'category');
        return category === 'EMERGENCY' || category === 'SIGNIFICANT' ? category : null;
      },
    }),
  },
}).createMachine({
  id: 'hazard',
  context: { reported: false, category: null },
  initial: 'new',
  // A complaint can be linked at any point once the case exists, even after closure.
  on: { ComplaintLinked: { guard: 'exists', actions: 'noteFact' } },
  states: {
    new: { on: { HazardReported: { target: 'reported', actions: 'markReported' } } },
    reported: {
      on: {
        ScopeDecided: [
          { guard: 'inScope', target: 'awaitingClassification' },
          { target: 'outOfScope' },
        ],
      },
    },
    // Not social rented housing, or before commencement: the case is kept, the clocks do not run.
    outOfScope: {},
    awaitingClassification: {
      on: { ...whileOpen, HazardClassified: { target: 'investigating', actions: 'classify' } },
    },
    investigating: {
      on: {
        ...whileOpen,
        // An emergency hazard may be made safe at the first visit, before the findings are written.
        MadeSafe: { guard: 'emergency', actions: 'noteFact' },
        InvestigationConcluded: [
          { guard: 'noHazard', target: 'closed.noHazard' },
          { target: 'remedying' },
        ],
      },
    },
    remedying: {
      on: {
        ...whileOpen,
        MadeSafe: { guard: 'emergency', actions: 'noteFact' },
        SafetyWorkCompleted: { guard: 'significant', actions: 'noteFact' },
        WrittenSummarySent: stay,
        PreventativeWorkDeferred: stay,
        PreventativeWorkStarted: stay,
        PreventativeWorkCompleted: stay,
        HazardClosed: 'closed.resolved',
      },
    },
    closed: {
      initial: 'resolved',
      states: {
        resolved: {},
        // A finding of no hazard closes the case; the tenant is still told the findings (Reg 9).
        noHazard: { on: { WrittenSummarySent: stay } },
      },
    },
  },
});

export type HazardMachine = typeof hazardMachine;

import { assign, setup } from 'xstate';
import type { ComplaintEvent } from '../events/complaint-event';

/**
 * The complaint lifecycle: which facts may follow which (architecture decision 1). Its events
 * are the stored domain events, so a complaint's position is the fold of its history through
 * the pure `transition()`. No timers and no invoked actors: deadlines are data (deadlines/).
 * Terminal-looking states are deliberately not `final`: remedies and orders are still followed
 * through after closure (CHC 6.6, 7.3), and a final state would stop accepting those facts.
 */
export interface LifecycleContext {
  readonly received: boolean;
  /** Ids of Ombudsman orders not yet complied with. */
  readonly openOrders: readonly string[];
  /** A final response or refusal has been given and the landlord has not yet closed its record. */
  readonly closurePending: boolean;
}

/** Stored data is read defensively: an old or damaged event must not make a replay throw. */
const field = (event: ComplaintEvent, name: 'stage' | 'orderId'): unknown =>
  (event.data as Record<string, unknown> | undefined)?.[name];

/**
 * A fact that keeps the complaint where it is still needs an action: XState's `can()` treats a
 * transition with neither a target nor an action as no transition at all. The action does nothing,
 * so such facts leave the snapshot's context unchanged.
 */
const inState = (guard: 'exists' | 'atStage1' | 'atStage2') =>
  ({ guard, actions: 'noteFact' }) as const;

const sideFacts = {
  // Facts that can be recorded at any point once the complaint exists.
  ReasonableAdjustmentRecorded: inState('exists'),
  VulnerabilityFlagged: inState('exists'),
  TenureCorrected: inState('exists'),
  ActionCompleted: inState('exists'),
  HazardCaseLinked: inState('exists'),
} as const;

const afterFinalResponse = {
  ComplaintClosed: { target: '#complaint.closed.afterFinalResponse', actions: 'closureDone' },
  OmbudsmanReferralRecorded: '#complaint.ombudsman',
} as const;

export const complaintMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as ComplaintEvent,
  },
  guards: {
    exists: ({ context }) => context.received,
    atStage1: ({ event }) => field(event, 'stage') === 1,
    atStage2: ({ event }) => field(event, 'stage') === 2,
    openOrder: ({ context, event }) =>
      context.openOrders.includes(field(event, 'orderId') as string),
    closurePending: ({ context }) => context.closurePending,
    lastOpenOrder: ({ context, event }) =>
      context.openOrders.length === 1 && context.openOrders[0] === field(event, 'orderId'),
  },
  actions: {
    markReceived: assign({ received: true }),
    noteFact: () => undefined,
    awaitClosure: assign({ closurePending: true }),
    closureDone: assign({ closurePending: false }),
    orderOpened: assign({
      openOrders: ({ context, event }) => [...context.openOrders, String(field(event, 'orderId'))],
    }),
    orderComplied: assign({
      openOrders: ({ context, event }) =>
        context.openOrders.filter((id) => id !== field(event, 'orderId')),
    }),
  },
}).createMachine({
  id: 'complaint',
  context: { received: false, openOrders: [], closurePending: false },
  initial: 'new',
  on: sideFacts,
  states: {
    new: {
      on: { ComplaintReceived: { target: 'received', actions: 'markReceived' } },
    },
    received: {
      on: {
        Stage1Acknowledged: 'stage1',
        ComplaintNotAccepted: 'notAccepted',
        ComplaintWithdrawn: 'withdrawn',
      },
    },
    notAccepted: {
      // CHC 2.4: the resident may take the decision not to accept to the Ombudsman.
      on: { OmbudsmanReferralRecorded: 'ombudsman' },
    },
    stage1: {
      initial: 'awaitingResponse',
      on: { ComplaintWithdrawn: '#complaint.withdrawn' },
      states: {
        awaitingResponse: {
          on: {
            ExtensionNotified: inState('atStage1'),
            HandlerReassigned: inState('atStage1'),
            AdditionalIssueRaised: inState('atStage1'),
            Stage1ResponseIssued: 'responded',
          },
        },
        responded: {
          on: {
            // CHC 6.10, 6.12: any unresolved part may go to Stage 2 at the resident's request.
            EscalationRequested: '#complaint.stage2',
            ComplaintClosed: '#complaint.closed.afterStage1',
          },
        },
      },
    },
    stage2: {
      initial: 'requested',
      states: {
        requested: {
          on: {
            Stage2Acknowledged: 'awaitingResponse',
            EscalationRefused: { target: '#complaint.escalationRefused', actions: 'awaitClosure' },
            ComplaintWithdrawn: '#complaint.withdrawn',
          },
        },
        awaitingResponse: {
          on: {
            ExtensionNotified: inState('atStage2'),
            HandlerReassigned: inState('atStage2'),
            AdditionalIssueRaised: inState('atStage2'),
            Stage2FinalResponseIssued: { target: 'responded', actions: 'awaitClosure' },
            ComplaintWithdrawn: '#complaint.withdrawn',
          },
        },
        responded: {
          // CHC 5.3: no third stage. The landlord closes its record; the resident may go to the
          // Ombudsman, before or after that closure.
          on: afterFinalResponse,
        },
      },
    },
    escalationRefused: {
      // The refusal letter gives the resident the right to go to the Ombudsman.
      on: afterFinalResponse,
    },
    closed: {
      initial: 'afterStage1',
      states: {
        afterStage1: {
          // A resident may still ask for Stage 2 after a Stage 1 closure.
          on: { EscalationRequested: '#complaint.stage2' },
        },
        afterFinalResponse: {
          on: { OmbudsmanReferralRecorded: '#complaint.ombudsman' },
        },
      },
    },
    withdrawn: {},
    ombudsman: {
      initial: 'referred',
      // A referral can arrive before the landlord has closed its record; it still closes it.
      on: { ComplaintClosed: { guard: 'closurePending', actions: 'closureDone' } },
      states: {
        referred: { on: { OmbudsmanDeterminationRecorded: 'determined' } },
        determined: {
          on: { OmbudsmanOrderRecorded: { target: 'ordersOpen', actions: 'orderOpened' } },
        },
        ordersOpen: {
          on: {
            OmbudsmanOrderRecorded: { actions: 'orderOpened' },
            OmbudsmanOrderComplied: [
              { guard: 'lastOpenOrder', target: 'ordersComplied', actions: 'orderComplied' },
              { guard: 'openOrder', actions: 'orderComplied' },
            ],
          },
        },
        ordersComplied: {
          on: { OmbudsmanOrderRecorded: { target: 'ordersOpen', actions: 'orderOpened' } },
        },
      },
    },
  },
});

export type ComplaintMachine = typeof complaintMachine;

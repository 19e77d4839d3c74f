import { commands as c } from './command-builders';
import { Scenario } from './scenario';

/**
 * One realistic history ending in each lifecycle state. Received Thu 17 Apr 2025 (Easter
 * follows), acknowledged by alice, Stage 2 handled by bob, through to an Ombudsman order.
 */
const received = () => Scenario.start().on('2025-04-17', c.log());
const stage1Open = () => received().on('2025-04-22', c.acknowledge1());
const stage1Responded = () => stage1Open().on('2025-05-01', c.respond1(), 'alice');
const stage2Requested = () => stage1Responded().on('2025-05-06', c.requestEscalation());
const stage2Open = () => stage2Requested().on('2025-05-08', c.acknowledge2());
const stage2Responded = () => stage2Open().on('2025-05-20', c.respond2(), 'bob');
const closedAfterFinal = () =>
  stage2Responded().on('2025-05-21', c.close({ outcome: 'NOT_UPHELD' }));
const referred = () => closedAfterFinal().on('2025-07-01', c.referral());
const determined = () => referred().on('2025-10-01', c.determination());
const ordersOpen = () => determined().on('2025-10-01', c.order({ dueOn: '2025-10-29' }));

export const HISTORIES = {
  new: () => Scenario.start(),
  received,
  notAccepted: () => received().on('2025-04-22', c.decline()),
  'stage1.awaitingResponse': stage1Open,
  'stage1.responded': stage1Responded,
  'stage2.requested': stage2Requested,
  'stage2.awaitingResponse': stage2Open,
  'stage2.responded': stage2Responded,
  escalationRefused: () => stage2Requested().on('2025-05-08', c.refuseEscalation()),
  'closed.afterStage1': () => stage1Responded().on('2025-05-02', c.close()),
  'closed.afterFinalResponse': closedAfterFinal,
  withdrawn: () => stage1Open().on('2025-04-25', c.withdraw()),
  'ombudsman.referred': referred,
  'ombudsman.determined': determined,
  'ombudsman.ordersOpen': ordersOpen,
  'ombudsman.ordersComplied': () => ordersOpen().on('2025-10-20', c.compliance()),
} as const;

export type HistoryName = keyof typeof HISTORIES;
export const HISTORY_NAMES = Object.keys(HISTORIES) as HistoryName[];

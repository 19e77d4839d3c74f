/**
 * Every command in every lifecycle state: allowed or refused, with the refusal's code. The
 * expectations are written out by hand from the Code, not read from the machine, so a change
 * to the machine that lets a command through where the Code forbids it fails here.
 */
import { addCalendarDays } from '../../calendar/local-date';
import type { ComplaintCommand } from '../../commands/complaint-command';
import type { ComplaintErrorCode } from '../../errors/error-codes';
import { currentResponseDueOn } from '../../deadlines/stage-due-dates';
import { CHC_2024_POLICY } from '../../policy/chc-2024.policy';
import { defaultCalendar } from '../../calendar/working-day-calendar';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES, HISTORY_NAMES, type HistoryName } from '../../testing/histories';
import type { Scenario } from '../../testing/scenario';
import { given } from '../../testing/specification';

type Expectation = {
  allowedIn: HistoryName[];
  elsewhere?: Partial<Record<HistoryName, ComplaintErrorCode>>;
  provision: string;
};

const afterStage1Response: HistoryName[] = [
  'stage1.responded',
  'stage2.requested',
  'stage2.awaitingResponse',
  'stage2.responded',
  'escalationRefused',
  'closed.afterStage1',
  'closed.afterFinalResponse',
  'ombudsman.referred',
  'ombudsman.determined',
  'ombudsman.ordersOpen',
  'ombudsman.ordersComplied',
];
const exists = HISTORY_NAMES.filter((n) => n !== 'new');
const everyExisting = (code: ComplaintErrorCode) =>
  Object.fromEntries(exists.map((n) => [n, code]));

const MATRIX: Record<string, { command: (s: Scenario) => ComplaintCommand } & Expectation> = {
  LogComplaint: {
    command: () => c.log(),
    allowedIn: ['new'],
    elsewhere: everyExisting('COMPLAINT_ALREADY_LOGGED'),
    provision: 'CHC 1.2–1.3',
  },
  DeclineComplaint: {
    command: () => c.decline(),
    allowedIn: ['received'],
    provision: 'CHC 2.1–2.4',
  },
  AcknowledgeStage1: {
    command: () => c.acknowledge1(),
    allowedIn: ['received'],
    provision: 'CHC 6.2',
  },
  ExtendDeadline: {
    command: extension,
    allowedIn: ['stage1.awaitingResponse', 'stage2.awaitingResponse'],
    provision: 'CHC 6.4',
  },
  IssueStage1Response: {
    command: () => c.respond1(),
    allowedIn: ['stage1.awaitingResponse'],
    provision: 'CHC 6.3, 6.7',
  },
  RequestEscalation: {
    command: () => c.requestEscalation(),
    allowedIn: ['stage1.responded', 'closed.afterStage1'],
    provision: 'CHC 6.10, 6.12',
  },
  RefuseEscalation: {
    command: () => c.refuseEscalation(),
    allowedIn: ['stage2.requested'],
    provision: 'CHC 2.2 (Section 2 reasons)',
  },
  AcknowledgeStage2: {
    command: () => c.acknowledge2(),
    allowedIn: ['stage2.requested'],
    provision: 'CHC 6.11',
  },
  IssueStage2Response: {
    command: () => c.respond2(),
    allowedIn: ['stage2.awaitingResponse'],
    provision: 'CHC 5.3 (final stage)',
  },
  ReassignHandler: {
    command: () => c.reassign(),
    allowedIn: ['stage1.awaitingResponse', 'stage2.awaitingResponse'],
    provision: 'CHC 6.13',
  },
  RaiseAdditionalIssue: {
    command: () => c.raiseIssue(),
    allowedIn: ['stage1.awaitingResponse', 'stage2.awaitingResponse'],
    elsewhere: everyExisting('ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT'),
    provision: 'CHC Stage 1 new issues',
  },
  CompleteAction: {
    command: () => c.completeAction(),
    allowedIn: afterStage1Response,
    elsewhere: everyExisting('UNKNOWN_ACTION'),
    provision: 'CHC 6.6, 7.3',
  },
  CloseComplaint: {
    command: () => c.close(),
    allowedIn: ['stage1.responded', 'stage2.responded', 'escalationRefused'],
    provision: 'CHC 5.3',
  },
  WithdrawComplaint: {
    command: () => c.withdraw(),
    allowedIn: [
      'received',
      'stage1.awaitingResponse',
      'stage1.responded',
      'stage2.requested',
      'stage2.awaitingResponse',
    ],
    provision: 'CHC 5.1',
  },
  RecordReasonableAdjustment: {
    command: () => c.adjustment(),
    allowedIn: exists,
    provision: 'CHC 3.1',
  },
  FlagVulnerability: { command: () => c.vulnerability(), allowedIn: exists, provision: 'CHC 6.1' },
  CorrectTenure: {
    command: () => c.correctTenure(),
    allowedIn: exists,
    provision: 'RSH TSM CH01–CH02',
  },
  LinkHazardCase: {
    command: () => c.linkHazard(),
    allowedIn: exists,
    provision: 'SI 2025/1042 (a hazard in a complaint is recorded)',
  },
  RecordOmbudsmanReferral: {
    command: () => c.referral(),
    allowedIn: [
      'notAccepted',
      'stage2.responded',
      'escalationRefused',
      'closed.afterFinalResponse',
    ],
    provision: 'CHC 2.4; both stages first',
  },
  RecordOmbudsmanDetermination: {
    command: () => c.determination(),
    allowedIn: ['ombudsman.referred'],
    provision: 'HOS outcomes',
  },
  RecordOmbudsmanOrder: {
    command: () => c.order(),
    allowedIn: ['ombudsman.determined', 'ombudsman.ordersOpen', 'ombudsman.ordersComplied'],
    provision: 'HOS orders',
  },
  RecordOrderCompliance: {
    command: () => c.compliance(),
    allowedIn: ['ombudsman.ordersOpen'],
    elsewhere: {
      ...everyExisting('UNKNOWN_ORDER'),
      'ombudsman.ordersComplied': 'ORDER_ALREADY_COMPLIED',
    },
    provision: 'CHC 9.7',
  },
};

/** An extension a week past the current due date, for whichever stage is open. */
function extension(s: Scenario): ComplaintCommand {
  const record = s.state.complaint;
  const stage = record?.stage2 ? 2 : 1;
  const stageRecord = stage === 2 ? record?.stage2 : record?.stage1;
  const due = stageRecord && currentResponseDueOn(stageRecord, CHC_2024_POLICY, defaultCalendar());
  return c.extend({
    stage,
    newDueOn: due ? defaultCalendar().addWorkingDays(due, 5) : '2099-01-01',
  });
}

const cases = Object.entries(MATRIX).flatMap(([type, spec]) =>
  HISTORY_NAMES.map((state) => {
    const expected: ComplaintErrorCode | 'allowed' = spec.allowedIn.includes(state)
      ? 'allowed'
      : state === 'new' && type !== 'LogComplaint'
        ? 'COMPLAINT_NOT_FOUND'
        : (spec.elsewhere?.[state] ?? 'ILLEGAL_TRANSITION');
    return { type, state, expected, provision: spec.provision };
  }),
);

describe('every command in every state', () => {
  it.each(cases)('$state × $type → $expected ($provision)', ({ type, state, expected }) => {
    const history = HISTORIES[state]();
    // The next day after the history's last step: dates stay in order and need no back-dating.
    const ctx = contextOn(
      history.lastOn === '1900-01-01' ? '2025-04-17' : addCalendarDays(history.lastOn, 1),
    );
    const when = given(history.events).when(MATRIX[type]!.command(history), ctx);
    if (expected === 'allowed') {
      expect(when.events().length).toBeGreaterThan(0);
    } else {
      expect(when.refusal()).toBe(expected);
    }
  });
});

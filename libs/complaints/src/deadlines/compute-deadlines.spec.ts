import { defaultCalendar } from '../calendar/working-day-calendar';
import { CHC_2024_POLICY } from '../policy/chc-2024.policy';
import type { ComplaintRecord } from '../state/complaint-state';
import { commands as c } from '../testing/command-builders';
import { HISTORIES } from '../testing/histories';
import { Scenario } from '../testing/scenario';
import { computeDeadlines } from './compute-deadlines';
import type { DeadlineKind } from './deadline';

const calendar = defaultCalendar();
const deadlinesOf = (s: Scenario, asOf: string) =>
  computeDeadlines(s.state.complaint as ComplaintRecord, asOf, calendar, CHC_2024_POLICY);
const find = (s: Scenario, asOf: string, kind: DeadlineKind) =>
  deadlinesOf(s, asOf).find((d) => d.kind === kind);

describe('worked deadline examples (domain doc §6)', () => {
  it('CHC 6.2–6.3: received Fri 20 Dec 2024 → acknowledge by Tue 31 Dec → respond by Wed 15 Jan 2025', () => {
    const s = Scenario.start().on('2024-12-20', c.log()).on('2024-12-31', c.acknowledge1());
    expect(find(s, '2024-12-31', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      dueOn: '2024-12-31',
      status: 'met',
    });
    expect(find(s, '2024-12-31', 'STAGE1_RESPONSE')).toMatchObject({
      dueOn: '2025-01-15',
      status: 'pending',
      workingDaysRemaining: 10,
    });
  });

  it('CHC 6.4: with a 10-day extension the Stage 1 response is due Wed 29 Jan 2025', () => {
    const s = Scenario.start()
      .on('2024-12-20', c.log())
      .on('2024-12-31', c.acknowledge1())
      .on('2025-01-10', c.extend({ newDueOn: '2025-01-29' }));
    expect(find(s, '2025-01-10', 'STAGE1_RESPONSE')).toMatchObject({
      originalDueOn: '2025-01-15',
      dueOn: '2025-01-29',
      extended: true,
    });
  });

  it('CHC 6.2: received Thu 17 Apr 2025 → acknowledge by Mon 28 Apr (Easter skipped); respond by Tue 13 May', () => {
    const s = Scenario.start().on('2025-04-17', c.log()).on('2025-04-28', c.acknowledge1());
    expect(find(s, '2025-04-28', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      dueOn: '2025-04-28',
      status: 'met',
    });
    expect(find(s, '2025-04-28', 'STAGE1_RESPONSE')?.dueOn).toBe('2025-05-13');
  });

  it('CHC 6.11: escalation Wed 20 Aug 2025 → acknowledge by Thu 28 Aug; respond by Thu 25 Sep, extended Thu 23 Oct', () => {
    const s = Scenario.start()
      .on('2025-08-01', c.log())
      .on('2025-08-04', c.acknowledge1())
      .on('2025-08-15', c.respond1(), 'alice')
      .on('2025-08-20', c.requestEscalation())
      .on('2025-08-28', c.acknowledge2())
      .on('2025-09-24', c.extend({ stage: 2, newDueOn: '2025-10-23' }));
    expect(find(s, '2025-09-24', 'STAGE2_ACKNOWLEDGEMENT')).toMatchObject({
      dueOn: '2025-08-28',
      status: 'met',
    });
    expect(find(s, '2025-09-24', 'STAGE2_RESPONSE')).toMatchObject({
      originalDueOn: '2025-09-25',
      dueOn: '2025-10-23',
    });
  });

  it('across the State Funeral (19 Sep 2022): received Tue 13 Sep 2022 → acknowledge by Wed 21 Sep', () => {
    const s = Scenario.start().on('2022-09-13', c.log());
    expect(find(s, '2022-09-13', 'STAGE1_ACKNOWLEDGEMENT')?.dueOn).toBe('2022-09-21');
  });

  it('across the Coronation (8 May 2023) and Early May (1 May): received Fri 28 Apr 2023 → acknowledge by Tue 9 May', () => {
    // Working days after Fri 28 Apr: Tue 2, Wed 3, Thu 4, Fri 5, Tue 9 May (1 and 8 May are bank holidays).
    const s = Scenario.start().on('2023-04-28', c.log());
    expect(find(s, '2023-04-28', 'STAGE1_ACKNOWLEDGEMENT')?.dueOn).toBe('2023-05-09');
  });
});

describe('deadline status as of a date', () => {
  const received = () => Scenario.start().on('2025-04-17', c.log());

  it('pending with working days remaining, then missed with working days overdue', () => {
    expect(find(received(), '2025-04-17', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      status: 'pending',
      workingDaysRemaining: 5,
    });
    expect(find(received(), '2025-04-28', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      status: 'pending',
      workingDaysRemaining: 0,
    });
    expect(find(received(), '2025-04-30', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      status: 'missed',
      workingDaysOverdue: 2,
    });
  });

  it('a late acknowledgement is missed by the working days it was late, for good', () => {
    const late = received().on('2025-04-30', c.acknowledge1());
    expect(find(late, '2025-06-01', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      status: 'missed',
      completedOn: '2025-04-30',
      workingDaysOverdue: 2,
    });
  });

  it('CHC 6.3: the response clock runs from the actual (late) acknowledgement', () => {
    const late = received().on('2025-04-30', c.acknowledge1());
    expect(find(late, '2025-04-30', 'STAGE1_RESPONSE')?.dueOn).toBe('2025-05-15');
  });

  it('facts after the as-of date are not yet known', () => {
    const s = HISTORIES['stage1.responded']();
    expect(find(s, '2025-04-21', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({ status: 'pending' });
    expect(find(s, '2025-04-21', 'STAGE1_RESPONSE')).toBeUndefined();
    expect(find(s, '2025-04-30', 'STAGE1_RESPONSE')).toMatchObject({ status: 'pending' });
    expect(find(s, '2025-05-01', 'STAGE1_RESPONSE')).toMatchObject({
      status: 'met',
      completedOn: '2025-05-01',
    });
  });

  it('withdrawal before the due date cancels the clock; a deadline already missed stays missed', () => {
    const withdrawn = HISTORIES.withdrawn();
    expect(find(withdrawn, '2025-06-01', 'STAGE1_RESPONSE')).toMatchObject({ status: 'cancelled' });
    const lateWithdrawal = received().on('2025-05-01', c.withdraw());
    expect(find(lateWithdrawal, '2025-06-01', 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      status: 'missed',
      workingDaysOverdue: 3,
    });
  });

  it('remedies and Ombudsman orders carry their own due dates (CHC 7.3)', () => {
    const s = HISTORIES['ombudsman.ordersOpen']();
    expect(find(s, '2025-10-30', 'OMBUDSMAN_ORDER')).toMatchObject({
      ref: 'O1',
      dueOn: '2025-10-29',
      status: 'missed',
      workingDaysOverdue: 1,
    });
    expect(find(s, '2025-10-30', 'REMEDY')).toMatchObject({ ref: 'S1-R1', status: 'pending' });
  });
});

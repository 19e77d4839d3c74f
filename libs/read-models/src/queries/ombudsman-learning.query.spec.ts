import { NO_LEARNING_IDENTIFIED } from '@redress/complaints';
import { commands as c, HISTORIES } from '@redress/complaints/testing';
import { reportingYear } from '../periods/reporting-period';
import { projectHistories } from '../testing/project-histories';
import { learningLog } from './learning-log.query';
import { learningCounts } from './learning-counts.query';
import { ombudsmanSummary } from './ombudsman.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

describe.each(READ_MODEL_DIALECTS)(
  'Ombudsman read model (domain doc §4, CHC 9.7(c)), on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    // Both determined 1 Oct 2025 (severe maladministration and service failure), each with a
    // £1,000 order due 29 Oct; one complied on 20 Oct.
    const histories = {
      open: HISTORIES['ombudsman.ordersOpen']().events,
      complied: HISTORIES['ombudsman.ordersComplied']().events,
      referredOnly: HISTORIES['ombudsman.referred']().events,
    };

    it('counts referrals, determinations, all eight findings, orders by state and compensation', async () => {
      const rm = await projectHistories(histories);
      const summary = await ombudsmanSummary(rm.db, reportingYear('2025/26'), '2025-11-03');
      expect(summary.referrals).toBe(3);
      expect(summary.determinations).toBe(2);
      expect(summary.findings).toEqual({
        NO_MALADMINISTRATION: 0,
        SERVICE_FAILURE: 2,
        MALADMINISTRATION: 0,
        SEVERE_MALADMINISTRATION: 2,
        MEDIATION: 0,
        REDRESS: 0,
        OUTSIDE_JURISDICTION: 0,
        WITHDRAWN: 0,
      });
      expect(summary.issuesDetermined).toBe(4);
      expect(summary.issuesUpheld).toBe(4);
      expect(summary.orders.map((o) => [o.complaintId, o.state, o.dueOn])).toEqual([
        ['complied', 'complied', '2025-10-29'],
        ['open', 'overdue', '2025-10-29'],
      ]);
      expect(summary.ordersByState).toEqual({ open: 0, complied: 1, overdue: 1 });
      expect(summary.compensationOrderedPence).toBe(200_000);
      expect(summary.compensationPaidPence).toBe(100_000);
      expect(summary.severeMaladministrationOrders).toEqual({ total: 2, complied: 1 });
      await rm.close();
    });

    it('an order is open before its due date, and compliance after the as-of date does not count yet', async () => {
      const rm = await projectHistories(histories);
      const summary = await ombudsmanSummary(rm.db, reportingYear('2025/26'), '2025-10-15');
      expect(summary.ordersByState).toEqual({ open: 2, complied: 0, overdue: 0 });
      expect(summary.compensationPaidPence).toBe(0);
      await rm.close();
    });
  },
);

describe.each(READ_MODEL_DIALECTS)('learning log (CHC 9.1–9.3), on %s', (dialect) => {
  useReadModelDialect(dialect);
  const closedWith = (close: ReturnType<typeof c.close>) =>
    HISTORIES['stage1.responded']().on('2025-05-02', close).events;

  it('links learning and its service-improvement actions to category and root cause', async () => {
    const rm = await projectHistories({
      withActions: closedWith(
        c.close({
          category: 'COMMUNICATION',
          rootCause: 'PROCESS_FAILURE',
          learning: 'Call-backs were not logged',
          learningActions: [
            {
              description: 'Log every call-back in the CRM',
              owner: 'head-of-service',
              dueOn: '2025-06-30',
            },
          ],
        }),
      ),
      plain: HISTORIES['closed.afterStage1']().events,
      nothingNew: closedWith(c.close({ learning: NO_LEARNING_IDENTIFIED })),
    });
    const log = await learningLog(rm.db, reportingYear('2025/26'));
    expect(log.entries.map((e) => [e.complaintId, e.category, e.rootCause, e.learning])).toEqual([
      [
        'plain',
        'PROPERTY_CONDITION',
        'CONTRACTOR_PERFORMANCE',
        'Damp reports now trigger an inspection within 5 days',
      ],
      ['withActions', 'COMMUNICATION', 'PROCESS_FAILURE', 'Call-backs were not logged'],
    ]);
    expect(log.entries[1]!.actions).toEqual([
      {
        actionId: 'L1-1',
        description: 'Log every call-back in the CRM',
        owner: 'head-of-service',
        dueOn: '2025-06-30',
        completedOn: null,
      },
    ]);
    expect(log.noneIdentified).toBe(1);
    expect(log.byCategory).toEqual({ PROPERTY_CONDITION: 1, COMMUNICATION: 1 });
    const filtered = await learningLog(rm.db, reportingYear('2025/26'), {
      rootCause: 'PROCESS_FAILURE',
    });
    expect(filtered.entries.map((e) => e.complaintId)).toEqual(['withActions']);
    await rm.close();
  });
});

describe.each(READ_MODEL_DIALECTS)('learning counts (the dashboard’s), on %s', (dialect) => {
  useReadModelDialect(dialect);
  const action = (description: string, dueOn: string) => ({
    description,
    owner: 'head-of-service',
    dueOn,
  });

  it('are the learning log’s totals: each closure’s own actions, open and overdue as of a day', async () => {
    // Closed at Stage 1 with two actions (one done), escalated, closed again with one more.
    const twice = HISTORIES['stage1.responded']()
      .on(
        '2025-05-02',
        c.close({
          learningActions: [action('Brief the team', '2025-06-01'), action('Audit', '2025-08-01')],
        }),
      )
      .on('2025-05-06', c.requestEscalation())
      .on('2025-05-08', c.acknowledge2())
      .on('2025-05-20', c.respond2(), 'bob')
      .on(
        '2025-05-21',
        c.close({ learningActions: [action('Update the procedure', '2025-06-20')] }),
      )
      .on('2025-05-30', c.completeAction({ actionId: 'L1-1' })).events;
    const rm = await projectHistories({
      twice,
      plain: HISTORIES['closed.afterStage1']().events,
      nothingNew: HISTORIES['stage1.responded']().on(
        '2025-05-02',
        c.close({ learning: NO_LEARNING_IDENTIFIED }),
      ).events,
      open: HISTORIES['stage1.responded']().events,
    });
    const year = reportingYear('2025/26');
    const log = await learningLog(rm.db, year);
    const actions = log.entries.flatMap((e) => e.actions);
    const open = actions.filter((a) => !a.completedOn);
    const asOf = '2025-07-01';
    expect(await learningCounts(rm.db, year, asOf)).toEqual({
      closures: log.entries.length,
      actions: actions.length,
      open: open.length,
      overdue: open.filter((a) => a.dueOn < asOf).length,
    });
    // Three closures with learning, three actions: two open, one of them overdue by 1 July.
    expect(await learningCounts(rm.db, year, asOf)).toEqual({
      closures: 3,
      actions: 3,
      open: 2,
      overdue: 1,
    });
    expect(await learningCounts(rm.db, reportingYear('2024/25'), asOf)).toEqual({
      closures: 0,
      actions: 0,
      open: 0,
      overdue: 0,
    });
    await rm.close();
  });
});

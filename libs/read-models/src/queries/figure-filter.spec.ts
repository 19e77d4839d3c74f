import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { reportingYear } from '../periods/reporting-period';
import { projectHistories } from '../testing/project-histories';
import { listComplaints } from './complaint-list.query';
import { InvalidFigureError, type FigureFilter } from './figure-filter';
import { ombudsmanSummary } from './ombudsman.query';
import { selfAssessmentEvidence } from './self-assessment.query';
import { tenantSatisfactionMeasures } from './tsm.query';
import { PolicyRegistry } from '@redress/complaints';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

// Projecting histories into PostgreSQL is slow on a busy machine: generous, never timed.
jest.setTimeout(60_000);

describe.each(READ_MODEL_DIALECTS)(
  'the complaints behind a figure: the report’s own condition as a list filter, on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    const year = reportingYear('2025/26');
    const histories = {
      // Received 1 April and never acknowledged: CH02 not in time by November.
      late: Scenario.start().on('2025-04-01', c.log()).events,
      shared: Scenario.start().on('2025-04-02', c.log({ tenure: 'LCHO' })).events,
      responded: HISTORIES['stage1.responded']().events,
      open: HISTORIES['ombudsman.ordersOpen']().events,
      complied: HISTORIES['ombudsman.ordersComplied']().events,
    };
    const figure = (f: Partial<FigureFilter> & Pick<FigureFilter, 'name'>): FigureFilter => ({
      period: year,
      asOf: '2025-11-03',
      beyondCap: false,
      ...f,
    });

    it('lists as many complaints as the TSM, the Ombudsman summary and the self-assessment count', async () => {
      const rm = await projectHistories(histories);
      const listed = async (f: FigureFilter, extra = {}) =>
        (await listComplaints(rm.db, { figure: f, limit: 200, ...extra })).items
          .map((i) => i.complaintId)
          .sort();
      const tsm = await tenantSatisfactionMeasures(rm.db, '2025/26', {
        homesByYear: {},
        beyondCapExtensionsInTime: false,
        asOf: '2025-11-03',
        policies: PolicyRegistry.default(),
      });
      const lcra = tsm.measures.LCRA.ch02.stage1;
      expect(await listed(figure({ name: 'ch02-cohort' }), { tenure: 'LCRA' })).toHaveLength(
        lcra.cohort,
      );
      expect(await listed(figure({ name: 'ch02-not-in-time' }), { tenure: 'LCRA' })).toHaveLength(
        lcra.notInTime,
      );
      expect(await listed(figure({ name: 'ch02-not-in-time' }), { tenure: 'LCRA' })).toContain(
        'late',
      );
      expect(await listed(figure({ name: 'received' }), { tenure: 'LCHO' })).toEqual(['shared']);
      expect(await listed(figure({ name: 'received' }), { tenure: 'combined' })).toHaveLength(
        tsm.measures.combined.ch01.stage1.complaints,
      );

      const ombudsman = await ombudsmanSummary(rm.db, year, '2025-11-03');
      expect(await listed(figure({ name: 'order-overdue' }))).toEqual(['open']);
      expect(await listed(figure({ name: 'order-complied' }))).toEqual(['complied']);
      expect(ombudsman.ordersByState).toMatchObject({ overdue: 1, complied: 1 });
      expect(await listed(figure({ name: 'ombudsman-determined' }))).toHaveLength(
        ombudsman.determinations,
      );
      expect(
        await listed(figure({ name: 'ombudsman-finding', value: 'SEVERE_MALADMINISTRATION' })),
      ).toHaveLength(ombudsman.findings.SEVERE_MALADMINISTRATION);

      const evidence = await selfAssessmentEvidence(rm.db, year, '2025-11-03');
      const ack = evidence.rows.find((r) => r.provision === '6.2')!;
      expect(ack.shortfallCount).toBeGreaterThan(0);
      expect(await listed(figure({ name: 'shortfall', value: '6.2' }))).toHaveLength(
        ack.shortfallCount,
      );
      await rm.close();
    });

    it('lists the complaints with learning actions open and overdue from closures in the period', async () => {
      const closedWith = (dueOn: string) =>
        HISTORIES['stage1.responded']().on(
          '2025-05-02',
          c.close({
            learning: 'Call-backs were not logged',
            learningActions: [{ description: 'Log every call-back', owner: 'hos', dueOn }],
          }),
        ).events;
      const rm = await projectHistories({
        due: closedWith('2025-06-30'),
        later: closedWith('2026-01-31'),
        plain: HISTORIES['closed.afterStage1']().events,
      });
      const listed = async (name: 'learning-open' | 'learning-overdue') =>
        (await listComplaints(rm.db, { figure: figure({ name }) })).items
          .map((i) => i.complaintId)
          .sort();
      expect(await listed('learning-open')).toEqual(['due', 'later']);
      expect(await listed('learning-overdue')).toEqual(['due']);
      await rm.close();
    });

    it('refuses a figure that needs a value without one, and a provision it does not measure', async () => {
      const rm = await projectHistories({ late: histories.late });
      await expect(
        listComplaints(rm.db, { figure: figure({ name: 'shortfall' }) }),
      ).rejects.toBeInstanceOf(InvalidFigureError);
      await expect(
        listComplaints(rm.db, { figure: figure({ name: 'shortfall', value: '99.9' }) }),
      ).rejects.toThrow('No self-assessment provision 99.9');
      await rm.close();
    });
  },
);

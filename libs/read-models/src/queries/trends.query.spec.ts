import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { projectHistories } from '../testing/project-histories';
import { NOT_RECORDED, trends } from './trends.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

/**
 * Histories received Thu 17 Apr 2025: acknowledged 22 Apr (1 working day, Easter between),
 * Stage 1 response 1 May (7 working days); Stage 2 asked 6 May, acknowledged 8 May (2), final
 * response 20 May (8).
 */
describe.each(READ_MODEL_DIALECTS)('trend tables, on %s', (dialect) => {
  useReadModelDialect(dialect);
  const histories = {
    closed: HISTORIES['closed.afterStage1']().events, // UPHELD, PROPERTY_CONDITION / CONTRACTOR_PERFORMANCE
    escalated: HISTORIES['stage2.responded']().events,
    july: Scenario.start()
      .on('2025-07-01', c.log({ propertyRef: 'P-999', residentRef: 'R-999' }))
      .on('2025-07-08', c.acknowledge1()).events, // 5 working days
    declined: HISTORIES.notAccepted().events,
  };

  it('by month: volumes, escalation rate, working-day timings and extensions', async () => {
    const rm = await projectHistories(histories);
    const t = await trends(rm.db, 'month');
    expect(
      t.periods.map((p) => [p.period, p.stage1Received, p.stage2Received, p.escalationRate]),
    ).toEqual([
      // April's two complaints, one escalated in May: 50%, counted in April (a cohort).
      ['2025-04', 2, 0, 50],
      ['2025-05', 0, 1, null],
      ['2025-07', 1, 0, 0],
    ]);
    const april = t.periods[0]!;
    expect(april.stage1).toMatchObject({
      acknowledged: 2,
      acknowledgeMedianWorkingDays: 1,
      acknowledgeP90WorkingDays: 1,
      responded: 0,
    });
    const may = t.periods[1]!;
    expect(may.stage1).toMatchObject({
      responded: 2,
      respondMedianWorkingDays: 7,
      extensionsUsed: 0,
    });
    expect(may.stage2).toMatchObject({
      acknowledged: 1,
      acknowledgeMedianWorkingDays: 2,
      responded: 1,
      respondMedianWorkingDays: 8,
    });
    expect(t.periods[2]!.stage1).toMatchObject({
      acknowledged: 1,
      acknowledgeMedianWorkingDays: 5,
    });
    await rm.close();
  });

  it('by financial quarter and year, with the breakdown by category, root cause and outcome', async () => {
    const rm = await projectHistories(histories);
    const quarters = await trends(rm.db, 'quarter');
    expect(quarters.periods.map((p) => [p.period, p.stage1Received, p.stage2Received])).toEqual([
      ['2025/26 Q1', 2, 1],
      ['2025/26 Q2', 1, 0],
    ]);
    const years = await trends(rm.db, 'year');
    expect(
      years.periods.map((p) => [p.period, p.stage1Received, p.stage2Received, p.escalationRate]),
    ).toEqual([['2025/26', 3, 1, 33.3]]);
    expect(years.breakdown).toEqual([
      {
        period: '2025/26',
        stage: 1,
        category: NOT_RECORDED,
        rootCause: NOT_RECORDED,
        outcome: NOT_RECORDED,
        count: 1,
      },
      {
        period: '2025/26',
        stage: 1,
        category: NOT_RECORDED,
        rootCause: NOT_RECORDED,
        outcome: 'UPHELD',
        count: 1,
      },
      {
        period: '2025/26',
        stage: 1,
        category: 'PROPERTY_CONDITION',
        rootCause: 'CONTRACTOR_PERFORMANCE',
        outcome: 'UPHELD',
        count: 1,
      },
      {
        period: '2025/26',
        stage: 2,
        category: NOT_RECORDED,
        rootCause: NOT_RECORDED,
        outcome: 'NOT_UPHELD',
        count: 1,
      },
    ]);
    await rm.close();
  });

  it('repeat complaints by property and resident, and root-cause coverage of closed complaints', async () => {
    const rm = await projectHistories(histories);
    const t = await trends(rm.db, 'year');
    expect(t.repeatComplaints.byProperty).toEqual({
      count: 1,
      top: [{ ref: 'P-200', complaints: 2 }],
    });
    expect(t.repeatComplaints.byResident).toEqual({
      count: 1,
      top: [{ ref: 'R-100', complaints: 2 }],
    });
    expect(t.rootCauseCoverage).toEqual({ closed: 1, closedWithRootCause: 1, percentage: 100 });
    await rm.close();
  });

  it('a window keeps only what fell inside it', async () => {
    const rm = await projectHistories(histories);
    const t = await trends(rm.db, 'month', { label: 'July', from: '2025-07-01', to: '2025-07-31' });
    expect(t.periods.map((p) => p.period)).toEqual(['2025-07']);
    expect(t.repeatComplaints.byProperty).toEqual({ count: 0, top: [] });
    await rm.close();
  });
});

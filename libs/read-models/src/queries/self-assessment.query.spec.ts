import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { reportingYear } from '../periods/reporting-period';
import { projectHistories } from '../testing/project-histories';
import { selfAssessmentEvidence } from './self-assessment.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

/** The Appendix A "Evidence" column from data: a figure and the complaints that fall short. */
describe.each(READ_MODEL_DIALECTS)('Code self-assessment evidence, on %s', (dialect) => {
  useReadModelDialect(dialect);
  const base = () => Scenario.start().on('2025-04-17', c.log());
  const histories = {
    onTime: HISTORIES['stage1.responded']().events,
    extended: base()
      .on('2025-04-22', c.acknowledge1())
      .on('2025-05-06', c.extend({ newDueOn: '2025-05-14' }))
      .on('2025-05-13', c.respond1(), 'alice').events,
    missed: base().on('2025-04-22', c.acknowledge1()).on('2025-05-09', c.respond1(), 'alice')
      .events,
    lateAck: base().on('2025-04-30', c.acknowledge1()).on('2025-05-02', c.respond1(), 'alice')
      .events,
    escalated: HISTORIES['stage2.responded']().events,
    closed: HISTORIES['closed.afterStage1']().events,
    remedyLate: base()
      .on('2025-04-22', c.acknowledge1())
      .on(
        '2025-05-01',
        c.respond1({
          remedies: [
            { remedyType: 'APOLOGY', description: 'Apology', owner: 'alice', dueOn: '2025-06-02' },
          ],
        }),
        'alice',
      ).events,
    withdrawn: HISTORIES.withdrawn().events,
    declined: HISTORIES.notAccepted().events,
  };

  it('measures each provision for the year and names the complaints that fall short', async () => {
    const rm = await projectHistories(histories);
    const evidence = await selfAssessmentEvidence(rm.db, reportingYear('2025/26'), '2025-12-01');
    const byProvision = Object.fromEntries(evidence.rows.map((r) => [r.provision, r]));
    const figure = (p: string) => [
      byProvision[p]!.met,
      byProvision[p]!.of,
      byProvision[p]!.percentage,
    ];
    const short = (p: string) => byProvision[p]!.shortfalls;

    expect(figure('2.4')).toEqual([1, 1, 100]);
    expect(figure('6.2')).toEqual([7, 8, 87.5]);
    expect(short('6.2')).toEqual([
      { complaintId: 'lateAck', detail: 'done 2025-04-30; due 2025-04-28' },
    ]);
    expect(figure('6.3')).toEqual([6, 7, 85.7]);
    expect(short('6.3')).toEqual([
      { complaintId: 'missed', detail: 'done 2025-05-09; due 2025-05-07' },
    ]);
    expect(figure('6.4')).toEqual([1, 1, 100]);
    expect(figure('6.5')).toEqual([1, 1, 100]);
    expect(figure('6.11')).toEqual([1, 1, 100]);
    expect(figure('6.12')).toEqual([1, 1, 100]);
    expect(figure('6.13')).toEqual([1, 1, 100]);
    expect(figure('Stage 2 response')).toEqual([1, 1, 100]);
    expect(figure('7.3')).toEqual([0, 1, 0]);
    expect(short('7.3')).toEqual([
      { complaintId: 'remedyLate', detail: 'S1-R1 not done; due 2025-06-02' },
    ]);
    // Only the closed complaint has a root cause; the withdrawn one is not judged.
    expect(figure('9.7')).toEqual([1, 7, 14.3]);
    expect(
      short('9.7')
        .map((s) => s.complaintId)
        .sort(),
    ).toEqual(['escalated', 'extended', 'lateAck', 'missed', 'onTime', 'remedyLate']);
    await rm.close();
  });

  it('judges open deadlines as of the period end for a finished year', async () => {
    const rm = await projectHistories({ open: HISTORIES.received().events });
    const evidence = await selfAssessmentEvidence(rm.db, reportingYear('2025/26'), '2027-01-01');
    expect(evidence.asOf).toBe('2026-04-01');
    const row = evidence.rows.find((r) => r.provision === '6.2')!;
    expect(row.shortfalls).toEqual([{ complaintId: 'open', detail: 'not done; due 2025-04-28' }]);
    await rm.close();
  });
});

import { parse } from 'csv-parse/sync';
import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { projectHistories } from '../testing/project-histories';
import { buildAnnualReport } from './annual-report';
import { annualReportCsv } from './annual-report.csv';
import { annualReportHtml } from './annual-report.html';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

describe.each(READ_MODEL_DIALECTS)(
  'annual complaint performance and service improvement report (CHC 8.1), on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    const lastYear = (on: string) => Scenario.start().on(on, c.log()).on(on, c.decline()).events;
    const histories = {
      // 2024/25: two complaints refused under Section 2 and one taken through Stage 1.
      old1: lastYear('2024-06-03'),
      old2: lastYear('2024-09-02'),
      old3: Scenario.start()
        .on('2024-10-01', c.log())
        .on('2024-10-02', c.acknowledge1())
        .on('2024-10-10', c.respond1(), 'alice').events,
      // 2025/26
      closed: HISTORIES['closed.afterStage1']().events,
      escalated: HISTORIES['stage2.responded']().events,
      open: HISTORIES['stage1.awaitingResponse']().events,
      hostile: HISTORIES['stage1.responded']().on(
        '2025-05-02',
        c.close({ learning: '<script>alert(1)</script> & "quotes"', category: 'COMMUNICATION' }),
      ).events,
    };
    const build = async (homes?: number) => {
      const rm = await projectHistories(histories);
      const report = await buildAnnualReport(rm.db, '2025/26', {
        today: '2026-05-01',
        homesByYear: homes ? { '2025/26': homes } : {},
        extensionsCountAsInTime: true,
        landlord: 'Example Homes',
      });
      await rm.close();
      return report;
    };

    it('compares volumes, timeliness, categories, root causes and refusals with the previous year', async () => {
      const r = await build(2_000);
      expect(r.previousYear).toBe('2024/25');
      expect(r.volumes.stage1).toEqual({ current: 4, previous: 1, change: 3, changePercent: 300 });
      expect(r.volumes.stage2).toEqual({ current: 1, previous: 0, change: 1, changePercent: null });
      expect(r.volumes.escalationRate).toEqual({ current: 25, previous: 0 });
      expect(r.timeliness.stage1.respondedInTime).toEqual({ current: 100, previous: 100 });
      expect(r.categories).toEqual([
        { key: 'NOT_RECORDED', current: 2, previous: 1 },
        { key: 'COMMUNICATION', current: 1, previous: 0 },
        { key: 'PROPERTY_CONDITION', current: 1, previous: 0 },
      ]);
      expect(r.rootCauseCoverage.current).toEqual({
        recorded: 2,
        stage1Received: 4,
        percentOfStage1: 50,
        stage1AndStage2Received: 5,
        percentOfStage1AndStage2: 40,
      });
      expect(r.refused.notAccepted).toEqual([
        { key: 'PREVIOUSLY_CONSIDERED', current: 0, previous: 2 },
      ]);
      expect(r.tsm).toMatchObject({
        ch01: { stage1: { complaints: 4, per1000Homes: 2 } },
        extensionsCountAsInTime: true,
      });
      expect(r.serviceImprovements.entries).toHaveLength(2);
      expect(r.selfAssessment.rows.map((x) => x.provision)).toContain('6.13');
    });

    it('without the number of homes the report still builds and says why CH01 is missing', async () => {
      const r = await build();
      expect(r.tsm).toEqual({ unavailable: expect.stringMatching(/REDRESS_HOMES/) });
    });

    it('as CSV: one long table whose figures match the JSON', async () => {
      const r = await build(2_000);
      const rows = parse(annualReportCsv(r), { columns: true }) as Record<string, string>[];
      const value = (measure: string, year: string) =>
        rows.find((x) => x.measure === measure && x.year === year)?.value;
      expect(value('Stage 1 complaints received', '2025/26')).toBe('4');
      expect(value('Stage 1 complaints received: change %', '2025/26')).toBe('300');
      expect(value('extensions count as in time', '2025/26')).toBe('true');
      expect(rows.filter((x) => x.section === 'self-assessment')).toHaveLength(
        r.selfAssessment.rows.length * 3,
      );
    });

    it('as HTML: a printable page with every value escaped and the extension option stated', async () => {
      const html = annualReportHtml(await build(2_000));
      expect(html).toContain('<!doctype html>');
      expect(html).toContain('@media print');
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
      expect(html).toMatch(/Extensions properly notified.*<strong>count<\/strong>/);
      expect(html).toContain('Example Homes');
    });
  },
);

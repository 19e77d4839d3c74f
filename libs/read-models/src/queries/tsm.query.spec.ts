import { PolicyRegistry } from '@redress/complaints';
import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { projectHistories } from '../testing/project-histories';
import { customPeriod } from '../periods/reporting-period';
import {
  NOT_APPLICABLE,
  tenantSatisfactionMeasures,
  tenantSatisfactionMeasuresOf,
  type TsmOptions,
} from './tsm.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

/**
 * RSH TSM CH01 and CH02 worked examples, counted by hand (docs/reports.md). Bank holidays:
 * Good Friday 18 Apr, Easter Monday 21 Apr, 5 May and 26 May 2025; 3 and 6 Apr 2026.
 *
 * Received Thu 17 Apr 2025: acknowledgement due Mon 28 Apr (CHC 6.2). Acknowledged Tue 22 Apr:
 * response due Wed 7 May (CHC 6.3, 10 working days from the acknowledgement); the longest
 * extension reaches Wed 21 May (CHC 6.4, 10 more working days).
 */
const base = (tenure: 'LCRA' | 'LCHO' | 'OTHER' = 'LCRA') =>
  Scenario.start().on('2025-04-17', c.log({ tenure }));
const acked = () => base().on('2025-04-22', c.acknowledge1());

const HISTORY = {
  // 2024/25 cohort across the year end: received Fri 28 Mar 2025, acknowledged Tue 1 Apr,
  // answered Wed 9 Apr (due Tue 15 Apr): in time for 2024/25, whatever year it was answered in.
  // Its escalation, requested Mon 14 Apr 2025, is a 2025/26 Stage 2 complaint: acknowledged Thu
  // 24 Apr, one working day after its due date (Wed 23 Apr, CHC 6.11), so not in time.
  acrossYearEnd: Scenario.start()
    .on('2025-03-28', c.log())
    .on('2025-04-01', c.acknowledge1())
    .on('2025-04-09', c.respond1(), 'alice')
    .on('2025-04-14', c.requestEscalation())
    .on('2025-04-24', c.acknowledge2())
    .on('2025-05-02', c.respond2(), 'bob').events,
  onDueDate: acked().on('2025-05-07', c.respond1(), 'alice').events, // in time, no extension
  oneDayLate: acked().on('2025-05-08', c.respond1(), 'alice').events, // not in time
  // Acknowledged Tue 29 Apr, a day after 28 Apr: not in time however soon the answer (CHC 6.2).
  lateAcknowledgement: base()
    .on('2025-04-29', c.acknowledge1())
    .on('2025-05-02', c.respond1(), 'alice').events,
  // Extended on 6 May to Wed 14 May (within the cap), answered 13 May: in time with extension.
  withinCap: acked()
    .on('2025-05-06', c.extend({ newDueOn: '2025-05-14' }))
    .on('2025-05-13', c.respond1(), 'alice').events,
  // Extended to Wed 4 Jun with a good reason (beyond the 21 May cap), answered Wed 28 May: in
  // time only when the switch counts extensions beyond the cap.
  beyondCap: acked()
    .on(
      '2025-05-06',
      c.extend({ newDueOn: '2025-06-04', goodReason: 'Specialist damp survey not available' }),
    )
    .on('2025-05-28', c.respond1(), 'alice').events,
  // Withdrawn Fri 25 Apr, before the response fell due on 7 May: CH01 only.
  withdrawnBeforeDue: HISTORIES.withdrawn().events,
  // Withdrawn Mon 12 May, after the 7 May date passed unanswered: in the cohort, not in time.
  withdrawnAfterDue: acked().on('2025-05-12', c.withdraw()).events,
  notAccepted: HISTORIES.notAccepted().events, // Section 2: in neither measure
  // Stage 1 answered Thu 1 May (in time); escalated 6 May, acknowledged 8 May, answered 20 May.
  escalated: HISTORIES['stage2.responded']().events,
  // Received Mon 2 Mar 2026, acknowledged 3 Mar, due 17 Mar, not answered by 31 Mar: overdue.
  overdueUnanswered: Scenario.start().on('2026-03-02', c.log()).on('2026-03-03', c.acknowledge1())
    .events,
  // Received Mon 23 Mar 2026, acknowledged 24 Mar, due Fri 10 Apr: not yet due on 31 Mar.
  notYetDue: Scenario.start().on('2026-03-23', c.log()).on('2026-03-24', c.acknowledge1()).events,
  sharedOwner: base('LCHO')
    .on('2025-04-22', c.acknowledge1())
    .on('2025-05-01', c.respond1(), 'alice').events,
  leaseholder: base('OTHER')
    .on('2025-04-22', c.acknowledge1())
    .on('2025-05-01', c.respond1(), 'alice').events,
};

const options = (over: Partial<TsmOptions> = {}): TsmOptions => ({
  homesByYear: { '2025/26': { LCRA: 1_000, LCHO: 0 }, '2024/25': { LCRA: 990 } },
  beyondCapExtensionsInTime: false,
  asOf: '2026-03-31',
  policies: PolicyRegistry.default(),
  ...over,
});

describe.each(READ_MODEL_DIALECTS)(
  'RSH TSM CH01 and CH02 (data return 2024/25 onward), on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    it('CH02 Stage 1 is the cohort made in the year: 3 of 9 LCRA complaints in time (RSH TSM CH02, CHC 6.2–6.4)', async () => {
      const rm = await projectHistories(HISTORY);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2025/26', options());
      // Made in 2025/26 by LCRA tenants and accepted: 10 (not the 28 March one, not the refused one).
      expect(tsm.measures.LCRA.ch01.stage1).toEqual({
        complaints: 10,
        homes: 1000,
        per1000Homes: 10,
        note: null,
      });
      // The cohort leaves out the complaint withdrawn before its response fell due: 9.
      // In time: onDueDate and escalated without an extension, withinCap with one.
      // Not yet due: notYetDue. Not in time: oneDayLate, lateAcknowledgement, beyondCap,
      // withdrawnAfterDue, overdueUnanswered.
      expect(tsm.measures.LCRA.ch02.stage1).toEqual({
        cohort: 9,
        withinTimescale: 3,
        withoutExtension: 2,
        withExtension: 1,
        awaitingNotYetDue: 1,
        notInTime: 5,
        percentage: 33.3,
        note: null,
      });
      expect(tsm.switches).toEqual({ beyondCapExtensionsInTime: false });
      expect(tsm.rules.join(' ')).toMatch(/beyond the cap do NOT count/);
      await rm.close();
    });

    it('the beyond-cap switch moves the one complaint extended beyond the cap into "with extension"', async () => {
      const rm = await projectHistories(HISTORY);
      const tsm = await tenantSatisfactionMeasures(
        rm.db,
        '2025/26',
        options({ beyondCapExtensionsInTime: true }),
      );
      const s1 = tsm.measures.LCRA.ch02.stage1;
      expect(s1).toMatchObject({ withinTimescale: 4, withoutExtension: 2, withExtension: 2 });
      expect(s1.withoutExtension + s1.withExtension).toBe(s1.withinTimescale);
      expect(s1.percentage).toBe(44.4);
      expect(tsm.rules.join(' ')).toMatch(/beyond the cap.*COUNT as in time/);
      await rm.close();
    });

    it('by tenure: LCHO on its own, combined = LCRA + LCHO, OTHER out of scope; zero homes is "not applicable"', async () => {
      const rm = await projectHistories(HISTORY);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2025/26', options());
      expect(tsm.measures.LCHO.ch01.stage1).toEqual({
        complaints: 1,
        homes: 0,
        per1000Homes: null,
        note: NOT_APPLICABLE,
      });
      expect(tsm.measures.LCHO.ch02.stage1).toMatchObject({ cohort: 1, withinTimescale: 1 });
      expect(tsm.measures.combined.ch01.stage1).toMatchObject({
        complaints: 11,
        homes: 1000,
        per1000Homes: 11,
      });
      expect(tsm.measures.combined.ch02.stage1).toMatchObject({
        cohort: 10,
        withinTimescale: 4,
        percentage: 40,
      });
      expect(tsm.outOfScope).toEqual({ stage1: 1, stage2: 0 });
      await rm.close();
    });

    it('Stage 2 is keyed on the escalation request: the 2024/25 complaint escalated in April counts in 2025/26 [UNCONFIRMED]', async () => {
      const rm = await projectHistories(HISTORY);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2025/26', options());
      expect(tsm.measures.LCRA.ch01.stage2).toMatchObject({ complaints: 2, per1000Homes: 2 });
      // escalated: acknowledged 8 May (due 13 May), answered 20 May (due 5 Jun): in time.
      // acrossYearEnd: acknowledged a day late (CHC 6.11): not in time.
      expect(tsm.measures.LCRA.ch02.stage2).toMatchObject({
        cohort: 2,
        withinTimescale: 1,
        notInTime: 1,
        percentage: 50,
      });
      await rm.close();
    });

    it('the complaint of 28 March answered in April belongs to 2024/25; a year without Stage 2 is "not applicable"', async () => {
      const rm = await projectHistories(HISTORY);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2024/25', options());
      expect(tsm.measures.LCRA.ch02.stage1).toMatchObject({
        cohort: 1,
        withinTimescale: 1,
        withoutExtension: 1,
        percentage: 100,
      });
      expect(tsm.measures.LCRA.ch01.stage1).toMatchObject({ complaints: 1, per1000Homes: 1 });
      expect(tsm.measures.LCRA.ch02.stage2).toMatchObject({ cohort: 0, percentage: null });
      expect(tsm.measures.LCRA.ch02.stage2.note).toMatch(/not applicable/);
      // No LCHO homes configured for 2024/25: a neutral note, never a division error.
      expect(tsm.measures.LCHO.ch01.stage1).toMatchObject({ homes: null, per1000Homes: null });
      expect(tsm.measures.LCHO.ch01.stage1.note).toMatch(/not configured/);
      await rm.close();
    });

    it('judged on an earlier date, answers not yet given are awaited, not late', async () => {
      const rm = await projectHistories({
        onDueDate: HISTORY.onDueDate,
        oneDayLate: HISTORY.oneDayLate,
      });
      // On Tue 6 May neither had been answered and both were due on 7 May.
      const early = await tenantSatisfactionMeasures(
        rm.db,
        '2025/26',
        options({ asOf: '2025-05-06' }),
      );
      expect(early.measures.LCRA.ch02.stage1).toMatchObject({
        cohort: 2,
        withinTimescale: 0,
        awaitingNotYetDue: 2,
        notInTime: 0,
      });
      await rm.close();
    });

    it('a 2023/24 complaint is judged by the Code in force on its receipt, and the output says so', async () => {
      // Received Mon 18 Mar 2024 under the 2022 Code: acknowledged 19 Mar, answered 28 Mar (due
      // Thu 4 Apr, 29 Mar and 1 Apr being Easter): in time.
      const rm = await projectHistories({
        march2024: Scenario.start()
          .on('2024-03-18', c.log())
          .on('2024-03-19', c.acknowledge1())
          .on('2024-03-28', c.respond1(), 'alice').events,
      });
      const tsm = await tenantSatisfactionMeasures(rm.db, '2023/24', options());
      expect(tsm.policies.map((p) => [p.version, p.complaints])).toEqual([['chc-2022.1', 1]]);
      expect(tsm.timescales).toEqual([
        expect.stringMatching(/^chc-2022\.1: .*Stage 2 5\/20\/\+10/),
      ]);
      expect(tsm.policies[0]?.sources['stage1.maxExtension']).toMatch(/2022 Code/);
      expect(tsm.measures.LCRA.ch02.stage1).toMatchObject({ cohort: 1, withinTimescale: 1 });
      await rm.close();
    });

    it('prints the timescales and the Code version each complaint was judged by', async () => {
      const rm = await projectHistories(HISTORY);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2024/25', options());
      // The 28 March 2025 complaint was received under the 2024 Code.
      expect(tsm.policies.map((p) => [p.version, p.complaints])).toEqual([['chc-2024.1', 1]]);
      expect(tsm.timescales[0]).toMatch(/Stage 1 5\/10\/\+10, Stage 2 5\/20\/\+20/);
      await rm.close();
    });

    it('two periods counted in one scan give each period’s own figures; overlapping periods are refused', async () => {
      const rm = await projectHistories(HISTORY);
      const [now, before] = await tenantSatisfactionMeasuresOf(
        rm.db,
        ['2025/26', '2024/25'],
        options(),
      );
      expect(now).toEqual(await tenantSatisfactionMeasures(rm.db, '2025/26', options()));
      expect(before).toEqual(await tenantSatisfactionMeasures(rm.db, '2024/25', options()));
      await expect(
        tenantSatisfactionMeasuresOf(
          rm.db,
          ['2025/26', customPeriod('2025-06-01', '2025-06-30')],
          options(),
        ),
      ).rejects.toThrow(/must not overlap/);
      await rm.close();
    });
  },
);

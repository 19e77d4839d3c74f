import { nameOf } from '@redress/complaints';
import {
  NOT_RECORDED,
  reportingYearOf,
  STOCK_TYPES,
  type Ch02,
  type CountRow,
  type Period,
  type TsmBreakdown,
} from '@redress/read-models';
import { groupedBars, type Bar } from './dashboard-charts';
import { figure } from './figure-link';
import type { Dashboard } from './get-dashboard.query';

const TENURES: readonly TsmBreakdown[] = [...STOCK_TYPES, 'combined'];
const TENURE_NAMES: Record<TsmBreakdown, string> = {
  LCRA: 'Low cost rental (LCRA)',
  LCHO: 'Shared ownership (LCHO)',
  combined: 'Combined',
};
const TOP = 6;

const nameOrNone = (key: string) => (key === NOT_RECORDED ? 'Not recorded' : nameOf(key));
const months = (p: Period): string[] => {
  const out: string[] = [];
  for (let m = p.from.slice(0, 7); m <= p.to.slice(0, 7);) {
    out.push(m);
    const [y, mm] = m.split('-').map(Number) as [number, number];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return out;
};
const monthRange = (month: string): Period => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { label: month, from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
};
const MONTH_SHORT = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const monthName = (month: string) =>
  `${MONTH_SHORT[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The page's figures: every count paired with the link to its complaints, and the charts. */
export function dashboardView(d: Dashboard) {
  const { current, previous, asOf } = d;
  const both = <T>(f: (p: Period, when: 'current' | 'previous') => T) => ({
    current: f(current, 'current'),
    previous: f(previous, 'previous'),
  });

  // Received by month, across both periods (months with nothing received shown as 0).
  const trend = new Map(d.byMonth.map((t) => [t.period, t]));
  const byMonth = [...months(previous), ...months(current)].map((month) => {
    const t = trend.get(month);
    const p = monthRange(month);
    return {
      month: monthName(month),
      inCurrent: month >= current.from.slice(0, 7),
      stage1: figure(t?.stage1Received ?? 0, { figure: 'received', period: p, stage: 1 }),
      stage2: figure(t?.stage2Received ?? 0, { figure: 'received', period: p, stage: 2 }),
    };
  });
  const receivedChart = groupedBars(
    byMonth.flatMap((m): Bar[] => [
      { group: m.month, series: 'Stage 1', value: m.stage1.value },
      { group: m.month, series: 'Stage 2', value: m.stage2.value },
    ]),
    {
      label: `Stage 1 and Stage 2 complaints received by month, ${previous.label} and ${current.label}`,
      valueLabel: 'Complaints received',
      series: ['Stage 1', 'Stage 2'],
    },
  );
  const received = both((p, when) => ({
    stage1: figure(d.compared.volumes.stage1[when], { figure: 'received', period: p, stage: 1 }),
    stage2: figure(d.compared.volumes.stage2[when], { figure: 'received', period: p, stage: 2 }),
    escalated: figure(d.compared.volumes.escalated[when] ?? 0, { figure: 'escalated', period: p }),
    escalationRate: d.compared.volumes.escalationRate[when],
  }));

  // CH01 and CH02 by tenure (RSH TSM data return), with numerators and denominators.
  const ch02 = (c: Ch02, p: Period, stage: 1 | 2, tenure: TsmBreakdown) => ({
    inTime: figure(c.withinTimescale, { figure: 'ch02-in-time', period: p, stage, tenure, asOf }),
    cohort: figure(c.cohort, { figure: 'ch02-cohort', period: p, stage, tenure, asOf }),
    notInTime: figure(c.notInTime, { figure: 'ch02-not-in-time', period: p, stage, tenure, asOf }),
    notYetDue: figure(c.awaitingNotYetDue, {
      figure: 'ch02-not-yet-due',
      period: p,
      stage,
      tenure,
      asOf,
    }),
    withExtension: c.withExtension,
    percentage: c.percentage,
    note: c.note,
  });
  const tsmStage = (stage: 1 | 2) =>
    TENURES.map((tenure) => ({
      tenure: TENURE_NAMES[tenure],
      ...both((p, when) => {
        const m = d.tsm[when].measures[tenure];
        const ch01 = m.ch01[stage === 1 ? 'stage1' : 'stage2'];
        return {
          ch01: figure(ch01.complaints, { figure: 'received', period: p, stage, tenure }),
          per1000Homes: ch01.per1000Homes,
          ch01Note: ch01.note,
          ch02: ch02(m.ch02[stage === 1 ? 'stage1' : 'stage2'], p, stage, tenure),
        };
      }),
    }));
  const tsm = { stage1: tsmStage(1), stage2: tsmStage(2) };
  const ch02Chart = groupedBars(
    tsm.stage1.flatMap((row): Bar[] => [
      { group: row.tenure, series: previous.label, value: row.previous.ch02.percentage ?? 0 },
      { group: row.tenure, series: current.label, value: row.current.ch02.percentage ?? 0 },
    ]),
    {
      label: `CH02: Stage 1 complaints answered within the Code's timescales, by tenure, ${previous.label} beside ${current.label}`,
      valueLabel: '% in time',
      series: [previous.label, current.label],
      percent: true,
    },
  );

  // Timeliness of acknowledgements and responses (CHC 6.2–6.4, 6.11–6.13).
  const timeliness = (['stage1', 'stage2'] as const).map((key) => {
    const t = d.compared.timeliness[key];
    const stage = key === 'stage1' ? 1 : 2;
    return {
      stage,
      ...both((p, when) => ({
        acknowledged: figure(t.acknowledged[when] ?? 0, {
          figure: 'acknowledged',
          period: p,
          stage,
        }),
        acknowledgedInTime: t.acknowledgedInTime[when],
        responded: figure(t.responded[when] ?? 0, { figure: 'responded', period: p, stage }),
        respondedInTime: t.respondedInTime[when],
        withExtension: t.responsesWithExtension[when],
      })),
    };
  });

  // Outcomes, categories and root causes, and how they move.
  const tally = (
    rows: readonly CountRow[],
    ref: (key: string, p: Period) => Parameters<typeof figure>[1],
    limit = rows.length,
  ) =>
    rows.slice(0, limit).map((r) => ({
      name: nameOrNone(r.key),
      current: figure(r.current, ref(r.key, current)),
      previous: figure(r.previous, ref(r.key, previous)),
      change: r.current - r.previous,
    }));
  const outcomes = ([1, 2] as const).map((stage) => ({
    stage,
    rows: tally(d.compared.outcomes[stage === 1 ? 'stage1' : 'stage2'], (key, p) => ({
      figure: 'responded',
      period: p,
      stage,
      outcome: key,
    })),
  }));
  const categories = tally(
    d.compared.categories,
    (key, p) => ({ figure: 'received', period: p, stage: 1, category: key }),
    TOP,
  );
  const rootCauses = tally(
    d.compared.rootCauses,
    (key, p) => ({ figure: 'received', period: p, stage: 1, rootCause: key }),
    TOP,
  );
  const categoriesChart = groupedBars(
    categories.flatMap((c): Bar[] => [
      { group: c.name, series: previous.label, value: c.previous.value },
      { group: c.name, series: current.label, value: c.current.value },
    ]),
    {
      label: `The top categories of Stage 1 complaints received, ${previous.label} beside ${current.label}`,
      valueLabel: 'Complaints received',
      series: [previous.label, current.label],
    },
  );

  // Repeat complaints: properties with more than one Stage 1 complaint in the period.
  const repeats = {
    count: both((_p, when) => d.repeats[when].count),
    top: d.repeats.current.top.slice(0, 10).map((r) => ({
      property: r.ref,
      complaints: figure(r.complaints, {
        figure: 'received',
        period: current,
        stage: 1,
        propertyRef: r.ref,
      }),
    })),
  };

  // The Ombudsman (CHC 9.7(c)): determinations by finding, orders and compensation.
  const ombudsman = both((p, when) => {
    const o = d.ombudsman[when];
    const at = d.ombudsmanAsOf[when];
    return {
      determinations: figure(o.determinations, { figure: 'ombudsman-determined', period: p }),
      findings: Object.entries(o.findings)
        .filter(([, n]) => n > 0)
        .map(([finding, n]) => ({
          name: nameOf(finding),
          issues: figure(n, { figure: 'ombudsman-finding', period: p, value: finding }),
        })),
      orders: (['open', 'complied', 'overdue'] as const).map((state) => ({
        state,
        orders: figure(o.ordersByState[state], { figure: `order-${state}`, period: p, asOf: at }),
      })),
      compensationOrderedPence: o.compensationOrderedPence,
      compensationPaidPence: o.compensationPaidPence,
    };
  });

  // Learning and service improvement (CHC 9.1–9.3).
  const learning = both((p, when) => {
    const counts = d.learning[when];
    return {
      closures: counts.closures,
      actions: counts.actions,
      open: figure(counts.open, { figure: 'learning-open', period: p, asOf }),
      overdue: figure(counts.overdue, { figure: 'learning-overdue', period: p, asOf }),
    };
  });

  // Self-assessment provisions with shortfalls (Appendix A evidence).
  const shortfalls = d.selfAssessment.rows
    .filter((r) => r.shortfallCount > 0)
    .map((r) => ({
      provision: r.provision,
      requirement: r.requirement,
      met: r.met,
      of: r.of,
      percentage: r.percentage,
      short: figure(r.shortfallCount, {
        figure: 'shortfall',
        period: current,
        value: r.provision,
        asOf,
      }),
    }));

  return {
    current,
    previous,
    asOf,
    counted: d.counted,
    reportingYear: reportingYearOf(current.from),
    beyondCap: d.beyondCap,
    byMonth,
    receivedChart,
    received,
    tsm,
    ch02Chart,
    tsmRules: d.tsm.current.rules,
    timeliness,
    outcomes,
    categories,
    rootCauses,
    categoriesChart,
    repeats,
    ombudsman,
    learning,
    shortfalls,
  };
}

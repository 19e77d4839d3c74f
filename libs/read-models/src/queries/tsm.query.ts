import { sql, type Kysely } from 'kysely';
import type { CodePolicy, LocalDate, PolicyRegistry } from '@redress/complaints';
import { isReportingYear, reportingYear, spanning, type Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { percentage } from './figures';
import { or, receivedAt, within, type StageNo } from './sql-measures';
import { ch02Class } from './tsm-measures';

/** The stock types the TSMs are reported for (RSH data return); OTHER is out of scope. */
export const STOCK_TYPES = ['LCRA', 'LCHO'] as const;
export type StockType = (typeof STOCK_TYPES)[number];
export type StockHomes = Partial<Record<StockType, number>>;
/** Dwelling units owned at each reporting year's end, by stock type. */
export type HomesByYear = Readonly<Record<string, StockHomes>>;
export type TsmBreakdown = StockType | 'combined';

export interface TsmOptions {
  readonly homesByYear: HomesByYear;
  /** Extensions beyond the Code's cap, recorded with a good reason, count as in time. */
  readonly beyondCapExtensionsInTime: boolean;
  /** The report's date: a cohort complaint not answered by then is overdue or not yet due. */
  readonly asOf: LocalDate;
  readonly policies: PolicyRegistry;
}

export interface Ch01 {
  /** "Number of stage one (two) complaints made by tenants in the relevant stock type during the reporting year". */
  readonly complaints: number;
  /** "Number of dwelling units owned of the relevant stock type at year end"; null when not configured. */
  readonly homes: number | null;
  readonly per1000Homes: number | null;
  /** Why there is no figure: no homes configured, or none of this type ("not applicable"). */
  readonly note: string | null;
}

export interface Ch02 {
  /** The CH02 denominator: the year's complaints (CH01 numerator) less those withdrawn before a response fell due. */
  readonly cohort: number;
  readonly withinTimescale: number;
  /** In time without using an extension, and in time using a permitted one; they sum to `withinTimescale`. */
  readonly withoutExtension: number;
  readonly withExtension: number;
  /** Awaiting a response that is not yet due on the report's date: in the denominator, not in time, shown apart. */
  readonly awaitingNotYetDue: number;
  /** Answered late, or not answered and past its date. */
  readonly notInTime: number;
  readonly percentage: number | null;
  readonly note: string | null;
}

export interface TsmMeasures {
  readonly ch01: { readonly stage1: Ch01; readonly stage2: Ch01 };
  readonly ch02: { readonly stage1: Ch02; readonly stage2: Ch02 };
}

export interface TsmPolicyUsed {
  readonly version: string;
  readonly effectiveFrom: string;
  /** Complaints of the year's Stage 1 cohort judged under this version. */
  readonly complaints: number;
  readonly timescales: string;
  readonly sources: Readonly<Record<string, string>>;
}

export interface TsmReport {
  readonly reportingYear: string;
  readonly period: Period;
  readonly asOf: LocalDate;
  /** Printed on every output: the [UNCONFIRMED] choice a landlord can switch. */
  readonly switches: { readonly beyondCapExtensionsInTime: boolean };
  /** The timescales used, printed beside the figures (RSH letter, 11 March 2025). */
  readonly timescales: readonly string[];
  readonly policies: readonly TsmPolicyUsed[];
  /** Every counting rule, printed with the figures; [UNCONFIRMED] marks the choices. */
  readonly rules: readonly string[];
  readonly measures: Readonly<Record<TsmBreakdown, TsmMeasures>>;
  /** Complaints from outside the TSM stock types (leaseholders, market rent, the public). */
  readonly outOfScope: { readonly stage1: number; readonly stage2: number };
}

export const NOT_APPLICABLE = 'not applicable: no homes of this stock type at year end';
export const PART_YEAR = 'per 1,000 homes is given for a whole reporting year only';
export const homesNotConfigured = (year: string) =>
  `not configured: the number of homes at the end of ${year} has not been set`;

/**
 * CH01 and CH02 as the RSH data return defines them (docs/reports.md): a cohort of the
 * complaints made in the reporting year, by tenure, each judged by the Code version in force on
 * its receipt. Counted in one scan of the complaints.
 */
export async function tenantSatisfactionMeasures(
  db: Kysely<ReadModelDatabase>,
  yearOrPeriod: string | Period,
  options: TsmOptions,
): Promise<TsmReport> {
  const [report] = await tenantSatisfactionMeasuresOf(db, [yearOrPeriod], options);
  return report!;
}

/**
 * The measures of several periods (the dashboard's period and the one before it) by the same
 * rules, counted in one scan over the complaints of all of them rather than one scan each.
 */
export async function tenantSatisfactionMeasuresOf<const T extends readonly (string | Period)[]>(
  db: Kysely<ReadModelDatabase>,
  yearsOrPeriods: T,
  options: TsmOptions,
): Promise<{ -readonly [K in keyof T]: TsmReport }> {
  // A month or a quarter is counted by the same rules; CH01 per 1,000 homes needs a whole year.
  const periods = yearsOrPeriods.map((y) => (typeof y === 'string' ? reportingYear(y) : y));
  const n = await countMeasures(db, periods, options);
  const reports = await Promise.all(
    periods.map(async (period, i) => {
      const counts = (name: string) => n.get(`p${i}${name}`) ?? 0;
      return tsmReport(period, counts, await policiesUsed(db, period, options.policies), options);
    }),
  );
  return reports as { -readonly [K in keyof T]: TsmReport };
}

const TENURES: Record<TsmBreakdown, readonly string[]> = {
  LCRA: ['LCRA'],
  LCHO: ['LCHO'],
  combined: STOCK_TYPES,
};

/**
 * Every period's counts, by name (`p0LCRA1cohort`, `p1other2`, ...), in one scan grouped by
 * tenure, the period each stage was received in, and the CH02 class of each stage (ch02Class):
 * a handful of expressions per complaint rather than sixty-odd conditions each. Each complaint
 * belongs to one period per stage, so the periods must not overlap.
 */
async function countMeasures(
  db: Kysely<ReadModelDatabase>,
  periods: readonly Period[],
  { asOf, beyondCapExtensionsInTime: beyondCap }: TsmOptions,
): Promise<Map<string, number>> {
  periods.forEach((a, i) =>
    periods.forEach((b, j) => {
      if (i < j && a.from <= b.to && b.from <= a.to)
        throw new RangeError(`Periods counted together must not overlap: ${a.label}, ${b.label}`);
    }),
  );
  // Every count is of a complaint received (Stage 1) or escalated (Stage 2) in a period.
  const all = spanning(periods);
  const periodOf = (stage: StageNo) =>
    sql<number | null>`(case ${sql.join(
      periods.map((p, i) => sql`when ${receivedAt(stage, p)} then ${sql.lit(i)}`),
      sql` `,
    )} end)`;
  const classOf = (stage: StageNo) =>
    sql<
      string | null
    >`(case when ${receivedAt(stage, all)} then ${ch02Class(stage, asOf, beyondCap)} end)`;
  const rows = await db
    .selectFrom('rm_complaints')
    .select([
      sql<string | null>`tenure`.as('tenure'),
      periodOf(1).as('p1'),
      periodOf(2).as('p2'),
      classOf(1).as('k1'),
      classOf(2).as('k2'),
      sql<number>`count(*)`.as('n'),
    ])
    .where(or(within('received_on', all), within('escalation_requested_on', all)))
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`, sql`5`])
    .execute();
  const n = new Map<string, number>();
  const add = (name: string, count: number) => n.set(name, (n.get(name) ?? 0) + count);
  for (const row of rows) {
    const count = Number(row.n);
    for (const stage of [1, 2] as const) {
      const at = stage === 1 ? row.p1 : row.p2;
      if (at === null || at === undefined) continue;
      const p = `p${Number(at)}`;
      const kind = stage === 1 ? row.k1 : row.k2;
      if (row.tenure === 'OTHER') add(`${p}other${stage}`, count);
      for (const [key, list] of Object.entries(TENURES)) {
        if (!list.includes(row.tenure ?? '')) continue;
        add(`${p}${key}${stage}received`, count);
        if (kind === 'left') continue;
        add(`${p}${key}${stage}cohort`, count);
        if (kind === 'without' || kind === 'with' || kind === 'notYetDue')
          add(`${p}${key}${stage}${kind}`, count);
      }
    }
  }
  return n;
}

/** One period's report from its counts. */
function tsmReport(
  period: Period,
  n: (name: string) => number,
  used: TsmPolicyUsed[],
  options: TsmOptions,
): TsmReport {
  const year = period.label;
  const wholeYear = isReportingYear(year) && reportingYear(year).from === period.from;
  const { asOf, beyondCapExtensionsInTime: beyondCap } = options;
  const homes = (wholeYear ? options.homesByYear[year] : undefined) ?? {};
  const homesOf = (key: TsmBreakdown): number | undefined => {
    if (key !== 'combined') return homes[key];
    const known = STOCK_TYPES.map((t) => homes[t]).filter((h) => h !== undefined);
    return known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0);
  };
  const ch01 = (complaints: number, h: number | undefined): Ch01 => {
    if (!wholeYear) return { complaints, homes: null, per1000Homes: null, note: PART_YEAR };
    if (h === undefined)
      return { complaints, homes: null, per1000Homes: null, note: homesNotConfigured(year) };
    if (h === 0) return { complaints, homes: 0, per1000Homes: null, note: NOT_APPLICABLE };
    return {
      complaints,
      homes: h,
      per1000Homes: Math.round((complaints / h) * 1000 * 10) / 10,
      note: null,
    };
  };
  const ch02 = (key: string, stage: StageNo): Ch02 => {
    const cohort = n(`${key}${stage}cohort`);
    const withoutExtension = n(`${key}${stage}without`);
    const withExtension = n(`${key}${stage}with`);
    const awaitingNotYetDue = n(`${key}${stage}notYetDue`);
    const withinTimescale = withoutExtension + withExtension;
    return {
      cohort,
      withinTimescale,
      withoutExtension,
      withExtension,
      awaitingNotYetDue,
      notInTime: cohort - withinTimescale - awaitingNotYetDue,
      percentage: percentage(withinTimescale, cohort),
      note: cohort === 0 ? 'not applicable: no complaints in the cohort' : null,
    };
  };
  const measures = Object.fromEntries(
    (Object.keys(TENURES) as TsmBreakdown[]).map((key) => [
      key,
      {
        ch01: {
          stage1: ch01(n(`${key}1received`), homesOf(key)),
          stage2: ch01(n(`${key}2received`), homesOf(key)),
        },
        ch02: { stage1: ch02(key, 1), stage2: ch02(key, 2) },
      },
    ]),
  ) as Record<TsmBreakdown, TsmMeasures>;
  return {
    reportingYear: year,
    period,
    asOf,
    switches: { beyondCapExtensionsInTime: beyondCap },
    timescales: used.map((p) => `${p.version}: ${p.timescales}`),
    policies: used,
    rules: tsmRules(beyondCap, asOf),
    measures,
    outOfScope: { stage1: n('other1'), stage2: n('other2') },
  };
}

export function timescalesOf(policy: CodePolicy): string {
  const { stage1: a, stage2: b } = policy;
  return `Stage 1 ${a.acknowledgeWithin}/${a.respondWithin}/+${a.maxExtension}, Stage 2 ${b.acknowledgeWithin}/${b.respondWithin}/+${b.maxExtension} working days (acknowledge / respond from the acknowledgement / longest extension)`;
}

/** The Code versions the year's complaints were judged by; the current one when there are none. */
async function policiesUsed(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  policies: PolicyRegistry,
): Promise<TsmPolicyUsed[]> {
  const rows = await db
    .selectFrom('rm_complaints')
    .select(['policy_version', sql<number>`count(*)`.as('complaints')])
    .where(receivedAt(1, period))
    .groupBy('policy_version')
    .orderBy('policy_version')
    .execute();
  const counted = rows.length
    ? rows
    : [{ policy_version: policies.current().version, complaints: 0 }];
  return counted.map((r) => {
    const p = policies.get(r.policy_version);
    return {
      version: p.version,
      effectiveFrom: p.effectiveFrom,
      complaints: Number(r.complaints),
      timescales: timescalesOf(p),
      sources: p.sources ?? {},
    };
  });
}

/** The counting rules, printed on every TSM output. */
export function tsmRules(beyondCap: boolean, asOf: LocalDate): string[] {
  return [
    'CH01 and CH02 count the complaints made in the reporting year (a cohort), whenever they were answered (RSH TSM data return).',
    'In time: acknowledged within 5 working days of receipt (CHC 6.2) and responded to within 10 working days of the acknowledgement (CHC 6.3), or by the date of an extension the Code permits, at most 10 more working days (CHC 6.4).',
    'Stage 2: 5 / 20 / at most 20 more working days, the cohort keyed on the date the escalation was requested [UNCONFIRMED].',
    'In time with an extension: answered after the original date and by a notified extension within the cap; the two parts sum to the numerator.',
    beyondCap
      ? 'Extensions beyond the cap, recorded with a good reason, COUNT as in time (switch REDRESS_TSM_BEYOND_CAP_IN_TIME=true) [UNCONFIRMED].'
      : 'Extensions beyond the cap do NOT count as in time (switch REDRESS_TSM_BEYOND_CAP_IN_TIME=false, the default) [UNCONFIRMED].',
    'Withdrawn complaints count in CH01, and in the CH02 cohort only where a response fell due before the withdrawal [UNCONFIRMED].',
    'Complaints not accepted into the process (Code Section 2) are excluded from CH01 and CH02 [UNCONFIRMED].',
    `Complaints of the cohort not answered by ${asOf}: those past their date are not in time; those not yet due stay in the denominator and are shown as "awaiting response, not yet due" [UNCONFIRMED].`,
    'Tenure OTHER (leaseholders, market-rent tenants, members of the public) counts in the landlord’s own volumes, not in the TSMs; combined = LCRA + LCHO.',
    'Each complaint is judged by the Code version in force on its date of receipt.',
  ];
}

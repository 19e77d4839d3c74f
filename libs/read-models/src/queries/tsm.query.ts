import type { Kysely } from 'kysely';
import { reportingYear, type Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { factsTouching, type ComplaintFacts } from './complaint-facts';
import {
  percentage,
  receivedAtStage,
  respondedAtStage,
  respondedInTime,
  type StageNo,
} from './stage-measures';

/** Raised when CH01 is asked for a year whose number of homes is not configured. */
export class HomesNotConfiguredError extends Error {
  readonly code = 'HOMES_NOT_CONFIGURED';
  constructor(readonly reportingYear: string) {
    super(
      `CH01 needs the number of homes for ${reportingYear}: set REDRESS_HOMES (e.g. "${reportingYear}=5830") or pass homes`,
    );
  }
}

export interface TsmOptions {
  /** Homes owned at the year end, by reporting year [UNCONFIRMED: RSH's exact stock definition]. */
  readonly homesByYear: Readonly<Record<string, number>>;
  readonly extensionsCountAsInTime: boolean;
}

export interface Ch01 {
  readonly complaints: number;
  readonly homes: number;
  readonly per1000Homes: number;
}
export interface Ch02 {
  readonly responded: number;
  readonly withinTimescale: number;
  readonly percentage: number | null;
}

export interface TsmReport {
  readonly reportingYear: string;
  readonly period: Period;
  /** Printed on every output: whether a properly notified extension counts as within timescale. */
  readonly extensionsCountAsInTime: boolean;
  readonly ch01: { readonly stage1: Ch01; readonly stage2: Ch01 };
  readonly ch02: { readonly stage1: Ch02; readonly stage2: Ch02 };
}

/** CH01 and CH02 (domain doc §9), from the received, acknowledged and responded dates. */
export function computeTsm(
  facts: readonly ComplaintFacts[],
  year: string,
  options: TsmOptions,
): TsmReport {
  const homes = options.homesByYear[year];
  if (homes === undefined || !(homes > 0)) throw new HomesNotConfiguredError(year);
  const period = reportingYear(year);
  const ch01 = (stage: StageNo): Ch01 => {
    const complaints = facts.filter((f) => receivedAtStage(f, stage, period)).length;
    return { complaints, homes, per1000Homes: Math.round((complaints / homes) * 1000 * 10) / 10 };
  };
  return {
    reportingYear: year,
    period,
    extensionsCountAsInTime: options.extensionsCountAsInTime,
    ch01: { stage1: ch01(1), stage2: ch01(2) },
    ch02: {
      stage1: ch02(facts, 1, period, options.extensionsCountAsInTime),
      stage2: ch02(facts, 2, period, options.extensionsCountAsInTime),
    },
  };
}

export function ch02(
  facts: readonly ComplaintFacts[],
  stage: StageNo,
  period: Period,
  extensions: boolean,
): Ch02 {
  const responded = facts.filter((f) => respondedAtStage(f, stage, period));
  const withinTimescale = responded.filter((f) => respondedInTime(f, stage, extensions)).length;
  return {
    responded: responded.length,
    withinTimescale,
    percentage: percentage(withinTimescale, responded.length),
  };
}

export async function tenantSatisfactionMeasures(
  db: Kysely<ReadModelDatabase>,
  year: string,
  options: TsmOptions,
): Promise<TsmReport> {
  if (options.homesByYear[year] === undefined) throw new HomesNotConfiguredError(year);
  return computeTsm(await factsTouching(db, reportingYear(year)), year, options);
}

import type { Kysely } from 'kysely';
import { reportingYear, type Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { percentage } from './figures';
import { and, countAll, receivedAt, respondedAt, respondedInTime } from './sql-measures';

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
export async function tenantSatisfactionMeasures(
  db: Kysely<ReadModelDatabase>,
  year: string,
  options: TsmOptions,
): Promise<TsmReport> {
  const homes = options.homesByYear[year];
  if (homes === undefined || !(homes > 0)) throw new HomesNotConfiguredError(year);
  const period = reportingYear(year);
  const ext = options.extensionsCountAsInTime;
  const n = await countAll(db, {
    received1: receivedAt(1, period),
    received2: receivedAt(2, period),
    responded1: respondedAt(1, period),
    inTime1: and(respondedAt(1, period), respondedInTime(1, ext)),
    responded2: respondedAt(2, period),
    inTime2: and(respondedAt(2, period), respondedInTime(2, ext)),
  });
  const ch01 = (complaints: number): Ch01 => ({
    complaints,
    homes,
    per1000Homes: Math.round((complaints / homes) * 1000 * 10) / 10,
  });
  const ch02 = (responded: number, withinTimescale: number): Ch02 => ({
    responded,
    withinTimescale,
    percentage: percentage(withinTimescale, responded),
  });
  return {
    reportingYear: year,
    period,
    extensionsCountAsInTime: ext,
    ch01: { stage1: ch01(n.received1), stage2: ch01(n.received2) },
    ch02: { stage1: ch02(n.responded1, n.inTime1), stage2: ch02(n.responded2, n.inTime2) },
  };
}

import { TENURES, type Tenure } from '@redress/complaints';
import { isReportingYear, type HomesByYear, type StockHomes } from '@redress/read-models';

/** How reports are computed; the [UNCONFIRMED] points of the TSM definitions are choices here. */
export interface ReportingConfig {
  /**
   * Dwelling units owned at each reporting year's end, by stock type, for CH01
   * (`REDRESS_HOMES=2023/24=5830,2024/25=LCRA:5800,LCHO:120`; a bare number is LCRA).
   */
  readonly homesByYear: HomesByYear;
  /** CH02: does an extension beyond the Code's cap (with a good reason) count as in time? */
  readonly beyondCapExtensionsInTime: boolean;
  /** The tenure a complaint is logged under when the officer does not give one. */
  readonly defaultTenure: Tenure;
  /** Printed on the annual report. */
  readonly landlordName?: string;
  /**
   * How long a dashboard view waits for its figures to be counted again after a change before it
   * shows the last count, saying when that was (`REDRESS_DASHBOARD_WAIT_MS`, 100 by default).
   */
  readonly dashboardWaitMs: number;
}

export function loadReportingConfig(env: NodeJS.ProcessEnv, problems: string[]): ReportingConfig {
  const homesByYear = parseHomes(env.REDRESS_HOMES ?? '', problems);
  if (env.REDRESS_TSM_EXTENSIONS_IN_TIME !== undefined) {
    problems.push(
      'REDRESS_TSM_EXTENSIONS_IN_TIME was replaced by REDRESS_TSM_BEYOND_CAP_IN_TIME: extensions within the Code cap always count as in time (RSH data return); the switch now decides only extensions beyond it',
    );
  }
  const switchValue = env.REDRESS_TSM_BEYOND_CAP_IN_TIME ?? 'false';
  if (switchValue !== 'true' && switchValue !== 'false') {
    problems.push(`REDRESS_TSM_BEYOND_CAP_IN_TIME must be true or false (got "${switchValue}")`);
  }
  const defaultTenure = (env.REDRESS_DEFAULT_TENURE ?? 'LCRA') as Tenure;
  if (!TENURES.includes(defaultTenure)) {
    problems.push(
      `REDRESS_DEFAULT_TENURE must be one of ${TENURES.join(', ')} (got "${env.REDRESS_DEFAULT_TENURE}")`,
    );
  }
  const waitText = env.REDRESS_DASHBOARD_WAIT_MS ?? '100';
  const dashboardWaitMs = /^\d{1,6}$/.test(waitText.trim()) ? Number(waitText) : NaN;
  if (!(dashboardWaitMs <= 600_000)) {
    problems.push(
      `REDRESS_DASHBOARD_WAIT_MS must be a whole number of milliseconds from 0 to 600000 (got "${waitText}")`,
    );
  }
  return {
    homesByYear,
    beyondCapExtensionsInTime: switchValue === 'true',
    dashboardWaitMs: Number.isNaN(dashboardWaitMs) ? 100 : dashboardWaitMs,
    defaultTenure,
    landlordName: env.REDRESS_LANDLORD_NAME?.trim() || undefined,
  };
}

/**
 * `2023/24=5830,2024/25=LCRA:5800,LCHO:120` (`;` also separates years). A bare number is the
 * LCRA count, as before stock types were reported; `TYPE:n` after a year adds to that year.
 */
function parseHomes(raw: string, problems: string[]): HomesByYear {
  const homes: Record<string, StockHomes> = {};
  let year: string | undefined;
  for (const entry of raw
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    let value = entry;
    if (entry.includes('=')) {
      const [y, v] = entry.split('=').map((s) => s.trim());
      year = y && isReportingYear(y) ? y : undefined;
      if (!year) {
        problems.push(`REDRESS_HOMES: "${y}" is not a reporting year like 2024/25`);
        continue;
      }
      value = v ?? '';
    } else if (!year) {
      problems.push(
        `REDRESS_HOMES entries must start with a year, e.g. 2024/25=LCRA:5800,LCHO:120`,
      );
      continue;
    }
    const match = /^(?:(LCRA|LCHO):)?(\d+)$/.exec(value);
    if (!match) {
      problems.push(
        `REDRESS_HOMES entries look like 2023/24=5830 or 2024/25=LCRA:5800,LCHO:120 (got "${entry}")`,
      );
      continue;
    }
    const stock = (match[1] ?? 'LCRA') as keyof StockHomes;
    homes[year] = { ...homes[year], [stock]: Number(match[2]) };
  }
  return homes;
}

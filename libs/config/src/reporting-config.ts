import { isReportingYear } from '@redress/read-models';

/** How reports are computed; the [UNCONFIRMED] points of the TSM definitions are choices here. */
export interface ReportingConfig {
  /** Homes owned at each reporting year's end, for CH01 (`REDRESS_HOMES=2023/24=5830,2024/25=5902`). */
  readonly homesByYear: Readonly<Record<string, number>>;
  /** CH02 and timeliness: does a properly notified extension count as within timescale? */
  readonly extensionsCountAsInTime: boolean;
  /** Printed on the annual report. */
  readonly landlordName?: string;
}

export function loadReportingConfig(env: NodeJS.ProcessEnv, problems: string[]): ReportingConfig {
  const homesByYear: Record<string, number> = {};
  for (const entry of (env.REDRESS_HOMES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [year, count] = entry.split('=').map((s) => s.trim());
    const homes = Number(count);
    if (!year || !isReportingYear(year) || !Number.isInteger(homes) || homes < 1) {
      problems.push(`REDRESS_HOMES entries must look like 2023/24=5830 (got "${entry}")`);
    } else homesByYear[year] = homes;
  }
  const switchValue = env.REDRESS_TSM_EXTENSIONS_IN_TIME ?? 'true';
  if (switchValue !== 'true' && switchValue !== 'false') {
    problems.push(`REDRESS_TSM_EXTENSIONS_IN_TIME must be true or false (got "${switchValue}")`);
  }
  return {
    homesByYear,
    extensionsCountAsInTime: switchValue !== 'false',
    landlordName: env.REDRESS_LANDLORD_NAME || undefined,
  };
}

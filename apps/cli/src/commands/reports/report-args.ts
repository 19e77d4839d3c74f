import { parseArgs } from 'node:util';
import { isLocalDate, londonDateOf, type LocalDate } from '@redress/complaints';
import { isReportingYear, reportingYearOf } from '@redress/read-models';
import type { IssueKind } from '@redress/service-requests';
import { UsageProblem } from '../../support/audit-command';

export const REPORT_USAGE = [
  'redress report hazards compliance [--year 2025/26] [--as-of YYYY-MM-DD] [--json]',
  '       redress report hazards open [--as-of YYYY-MM-DD] [--json]',
  '       redress report hazards linked [--year 2025/26] [--json]',
  '       redress report hazards repeats [--year 2025/26] [--within-days N] [--min-count N] [--by-topic] [--json]',
  '       redress report repeat-issues [--year 2025/26] [--property REF] [--resident REF]',
  '                [--kinds SERVICE_REQUEST,COMPLAINT,HAZARD] [--within-days N] [--min-count N] [--by-topic] [--json]',
].join('\n');

export type ReportName = 'compliance' | 'open' | 'linked' | 'repeats' | 'repeat-issues';

export interface ReportArgs {
  readonly report: ReportName;
  readonly year: string;
  readonly asOf?: LocalDate;
  readonly json: boolean;
  readonly withinDays?: number;
  readonly minCount?: number;
  readonly byTopic: boolean;
  readonly propertyRef?: string;
  readonly residentRef?: string;
  readonly kinds?: IssueKind[];
}

const KINDS: readonly IssueKind[] = ['SERVICE_REQUEST', 'COMPLAINT', 'HAZARD'];
const HAZARD_REPORTS = ['compliance', 'open', 'linked', 'repeats'];

/** The command line, checked whole before the read models are opened. */
export function parseReportArgs(argv: readonly string[], now: Date): ReportArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      'within-days': { type: 'string' },
      'min-count': { type: 'string' },
      'by-topic': { type: 'boolean' },
      property: { type: 'string' },
      resident: { type: 'string' },
      kinds: { type: 'string' },
    },
  });
  const [group, name, ...extra] = positionals;
  let report: ReportName;
  if (group === 'hazards' && name !== undefined && HAZARD_REPORTS.includes(name)) {
    report = name as ReportName;
  } else if (group === 'repeat-issues' && name === undefined) {
    report = 'repeat-issues';
  } else {
    throw new UsageProblem(
      group === 'hazards'
        ? `the hazard reports are ${HAZARD_REPORTS.join(', ')}`
        : "the reports are 'hazards <report>' and 'repeat-issues'",
    );
  }
  if (extra.length > 0) throw new UsageProblem(`unexpected argument '${extra[0]}'`);
  const year = values.year ?? reportingYearOf(londonDateOf(now));
  if (!isReportingYear(year)) throw new UsageProblem('--year must be written like 2025/26');
  const asOf = values['as-of'];
  if (asOf !== undefined && !isLocalDate(asOf))
    throw new UsageProblem('--as-of must be a real date written YYYY-MM-DD');
  const kinds = values.kinds?.split(',');
  const badKind = kinds?.find((k) => !(KINDS as readonly string[]).includes(k));
  if (badKind !== undefined)
    throw new UsageProblem(`--kinds must list ${KINDS.join(', ')}; got '${badKind}'`);
  return {
    report,
    year,
    asOf,
    json: values.json === true,
    withinDays: whole(values['within-days'], '--within-days', 0, 3650),
    minCount: whole(values['min-count'], '--min-count', 2, 1000),
    byTopic: values['by-topic'] === true,
    propertyRef: text(values.property, '--property'),
    residentRef: text(values.resident, '--resident'),
    kinds: kinds as IssueKind[] | undefined,
  };
}

function whole(value: string | undefined, flag: string, min: number, max: number) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new UsageProblem(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}

function text(value: string | undefined, flag: string) {
  if (value !== undefined && value.trim() === '')
    throw new UsageProblem(`${flag} must not be empty`);
  return value;
}

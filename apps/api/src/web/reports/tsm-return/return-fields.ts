import type { Ch01, Ch02, TsmBreakdown, TsmReport } from '@redress/read-models';

export interface ReturnField {
  /** The measure and part, e.g. "CH02(1) numerator". */
  readonly code: string;
  /** The field as the RSH data return words it (TSM data dictionary, 2024/25 onward). */
  readonly wording: string;
  /** A plain number to copy, or the reason there is none. */
  readonly value: string;
  /** Where the value sits in GET /reports/tsm, e.g. "LCRA.ch02.stage1.withExtension". */
  readonly path: string;
  readonly hint?: string;
}

export const TENURE_TITLES: Record<TsmBreakdown, string> = {
  LCRA: 'Low cost rental accommodation (LCRA)',
  LCHO: 'Low cost home ownership (LCHO)',
  combined: 'Combined (LCRA and LCHO)',
};

const STAGE_WORD = { 1: 'one', 2: 'two' } as const;

/** A figure, or the report's own note (not configured, not applicable) in place of it. */
const figure = (value: number | null, note: string | null) =>
  value !== null ? String(value) : note ? note.charAt(0).toUpperCase() + note.slice(1) : '–';

/**
 * The fields of the regulator's data return for one stock type, in the return's own words
 * (domain doc §9, docs/reports.md), each with its value from the TSM report, so a manager can
 * copy them across one by one. Nothing is counted here: every value is the report's.
 */
export function returnFields(report: TsmReport, tenure: TsmBreakdown): ReturnField[] {
  const m = report.measures[tenure];
  const fields: ReturnField[] = [];
  for (const n of [1, 2] as const) {
    const stage = `stage${n}` as const;
    const word = STAGE_WORD[n];
    const c1: Ch01 = m.ch01[stage];
    const path = (measure: string, part: string) => `${tenure}.${measure}.${stage}.${part}`;
    const made = `Number of stage ${word} complaints made by tenants in the relevant stock type during the reporting year`;
    fields.push(
      {
        code: `CH01(${n}) numerator`,
        wording: made,
        value: String(c1.complaints),
        path: path('ch01', 'complaints'),
      },
      {
        code: `CH01(${n}) denominator`,
        wording: 'Number of dwelling units owned of the relevant stock type at year end',
        value: figure(c1.homes, c1.note),
        path: path('ch01', 'homes'),
      },
      {
        code: `CH01(${n})`,
        wording: `Stage ${word} complaints relative to the size of the landlord (per 1,000 homes)`,
        value: figure(c1.per1000Homes, c1.note),
        path: path('ch01', 'per1000Homes'),
      },
    );
  }
  for (const n of [1, 2] as const) {
    const stage = `stage${n}` as const;
    const word = STAGE_WORD[n];
    const c2: Ch02 = m.ch02[stage];
    const path = (part: string) => `${tenure}.ch02.${stage}.${part}`;
    const inTime = `Number of stage ${word} complaints made by tenants during the reporting year for the relevant stock type that were responded to within the Housing Ombudsman's Complaint Handling Code timescale`;
    const withdrawn = m.ch01[stage].complaints - c2.cohort;
    fields.push(
      {
        code: `CH02(${n}) numerator`,
        wording: inTime,
        value: String(c2.withinTimescale),
        path: path('withinTimescale'),
      },
      {
        code: `CH02(${n}) numerator, without an extension`,
        wording: `${inTime}, without the use of the extension permitted in the Code`,
        value: String(c2.withoutExtension),
        path: path('withoutExtension'),
      },
      {
        code: `CH02(${n}) numerator, with an extension`,
        wording: `${inTime}, with the use of the extension permitted in the Code`,
        value: String(c2.withExtension),
        path: path('withExtension'),
      },
      {
        code: `CH02(${n}) denominator`,
        wording: `Number of stage ${word} complaints made by tenants in the relevant stock type during the reporting year`,
        value: String(c2.cohort),
        path: path('cohort'),
        // The counting rule printed below: withdrawn before a response fell due is left out.
        hint:
          withdrawn > 0
            ? `${withdrawn} withdrawn before a response fell due ${withdrawn === 1 ? 'is' : 'are'} left out (see the counting rules).`
            : undefined,
      },
      {
        code: `CH02(${n})`,
        wording: `Proportion of stage ${word} complaints responded to within the Complaint Handling Code timescales (%)`,
        value: figure(c2.percentage, c2.note),
        path: path('percentage'),
        hint:
          c2.awaitingNotYetDue > 0
            ? `${c2.awaitingNotYetDue} in the denominator still await a response not yet due on ${report.asOf}.`
            : undefined,
      },
    );
  }
  return fields;
}

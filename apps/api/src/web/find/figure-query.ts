import { isLocalDate } from '@redress/complaints';
import { FIGURES, TENURE_FILTERS, type FigureName, type TenureFilter } from '@redress/read-models';
import type { FigureParams } from '../../reports/list-complaints/figure-params';
import { figureLabel } from '../shared/figure-labels';

/** The query-string fields that say which figure a list shows (the API's list filters). */
export const FIGURE_FIELDS = [
  'figure',
  'figureFrom',
  'figureTo',
  'figureStage',
  'figureValue',
  'asOf',
  'tenure',
  'rootCause',
  'outcome',
] as const;

export type FigureQuery = FigureParams & {
  tenure?: TenureFilter;
  rootCause?: string;
  outcome?: string;
};

/** The figure fields of a Find search, or what is wrong with them in plain words. */
export function figureParamsOf(q: (name: string) => string): FigureQuery | string {
  const dates = ['figureFrom', 'figureTo', 'asOf'] as const;
  for (const d of dates)
    if (q(d) && !isLocalDate(q(d))) return `${d} is not a date like 2025-04-17`;
  if (q('figure') && !(FIGURES as readonly string[]).includes(q('figure')))
    return 'That is not a figure the dashboard gives';
  if (q('tenure') && !(TENURE_FILTERS as readonly string[]).includes(q('tenure')))
    return 'That is not a tenure';
  if (q('figureStage') && !['1', '2'].includes(q('figureStage'))) return 'The stage is 1 or 2';
  const text = (name: string) => (q(name) ? { [name]: q(name).slice(0, 100) } : {});
  return {
    ...(q('figure') ? { figure: q('figure') as FigureName } : {}),
    ...(q('figureFrom') ? { figureFrom: q('figureFrom') } : {}),
    ...(q('figureTo') ? { figureTo: q('figureTo') } : {}),
    ...(q('figureStage') ? { figureStage: Number(q('figureStage')) as 1 | 2 } : {}),
    ...(q('asOf') ? { asOf: q('asOf') } : {}),
    ...(q('tenure') ? { tenure: q('tenure') as TenureFilter } : {}),
    ...text('figureValue'),
    ...text('rootCause'),
    ...text('outcome'),
  };
}

/** "Stage 1 responses not in time (CH02), LCRA, 1 April 2025 to 31 March 2026", or undefined. */
export function describeFigure(f: FigureQuery): string | undefined {
  if (!f.figure && !f.tenure && !f.rootCause && !f.outcome) return undefined;
  const parts = [
    f.figure ? figureLabel(f.figure, f.figureStage ?? 1, f.figureValue) : 'Complaints',
    f.tenure ? (f.tenure === 'combined' ? 'LCRA and LCHO' : f.tenure) : undefined,
    f.rootCause ? `root cause ${f.rootCause}` : undefined,
    f.outcome ? `outcome ${f.outcome}` : undefined,
    f.figureFrom && f.figureTo ? `${f.figureFrom} to ${f.figureTo}` : undefined,
    f.asOf ? `as of ${f.asOf}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}

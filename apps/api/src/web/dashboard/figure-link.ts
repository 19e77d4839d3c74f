import type { LocalDate } from '@redress/complaints';
import type { FigureName, Period, TenureFilter } from '@redress/read-models';

/** What a figure counts, as the list of complaints (Find, and the API's list) filters it. */
export interface FigureRef {
  readonly figure: FigureName;
  readonly period: Period;
  readonly stage?: 1 | 2;
  readonly value?: string;
  readonly asOf?: LocalDate;
  readonly tenure?: TenureFilter;
  readonly category?: string;
  readonly rootCause?: string;
  readonly outcome?: string;
  readonly propertyRef?: string;
}

/** A count and the link to the complaints behind it. */
export interface Figure {
  readonly value: number;
  readonly href: string;
}

/** The query string of a figure's list; the same for Find and for GET /complaints. */
export function figureQuery(ref: FigureRef): URLSearchParams {
  const params = new URLSearchParams({
    figure: ref.figure,
    figureFrom: ref.period.from,
    figureTo: ref.period.to,
  });
  const optional: [string, string | number | undefined][] = [
    ['figureStage', ref.stage],
    ['figureValue', ref.value],
    ['asOf', ref.asOf],
    ['tenure', ref.tenure],
    ['category', ref.category],
    ['rootCause', ref.rootCause],
    ['outcome', ref.outcome],
    ['propertyRef', ref.propertyRef],
  ];
  for (const [name, value] of optional) if (value !== undefined) params.set(name, String(value));
  return params;
}

export const figure = (value: number, ref: FigureRef): Figure => ({
  value,
  href: `/web/find?${figureQuery(ref).toString()}`,
});

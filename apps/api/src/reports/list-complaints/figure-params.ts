import {
  customPeriod,
  InvalidFigureError,
  type FigureFilter,
  type FigureName,
} from '@redress/read-models';
import type { LocalDate } from '@redress/complaints';

/** The figure a list is filtered to, as a query string carries it (the API's and Find's). */
export interface FigureParams {
  readonly figure?: FigureName;
  readonly figureFrom?: LocalDate;
  readonly figureTo?: LocalDate;
  readonly figureStage?: 1 | 2;
  /** The finding (`ombudsman-finding`) or the provision (`shortfall`). */
  readonly figureValue?: string;
  /** The report's date; today unless given. */
  readonly asOf?: LocalDate;
}

/** The figure filter, judged as the reports judge it; a figure needs its period. */
export function figureOf(
  params: FigureParams,
  today: LocalDate,
  beyondCap: boolean,
): FigureFilter | undefined {
  if (!params.figure) return undefined;
  const { figureFrom: from, figureTo: to } = params;
  if (!from || !to || to < from)
    throw new InvalidFigureError(
      `The figure ${params.figure} needs its period: figureFrom and figureTo, the first no later than the second`,
    );
  return {
    name: params.figure,
    period: customPeriod(from, to),
    asOf: params.asOf ?? today,
    beyondCap,
    ...(params.figureStage ? { stage: params.figureStage } : {}),
    ...(params.figureValue ? { value: params.figureValue } : {}),
  };
}

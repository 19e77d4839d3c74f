import type { LocalDate } from '@redress/complaints';

/** The two reporting years the minute compares (1 April to 31 March). */
export const MINUTE_YEARS = ['2022/23', '2023/24'] as const;
export type MinuteYear = (typeof MINUTE_YEARS)[number];

export const YEAR_BOUNDS: Readonly<Record<MinuteYear, { from: LocalDate; to: LocalDate }>> = {
  '2022/23': { from: '2022-04-01', to: '2023-03-31' },
  '2023/24': { from: '2023-04-01', to: '2024-03-31' },
};

/** The minute's reporting year a business date falls in, if any. */
export function minuteYearOf(date: LocalDate | undefined): MinuteYear | undefined {
  if (date === undefined) return undefined;
  return MINUTE_YEARS.find((y) => date >= YEAR_BOUNDS[y].from && date <= YEAR_BOUNDS[y].to);
}

export type PerYear = Record<MinuteYear, number>;

export const zeroPerYear = (): PerYear => ({ '2022/23': 0, '2023/24': 0 });

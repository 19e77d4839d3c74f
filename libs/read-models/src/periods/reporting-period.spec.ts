import {
  ALL_TIME,
  customPeriod,
  isReportingYear,
  previousReportingYear,
  quarterOf,
  reportingYear,
  reportingYearOf,
  spanning,
} from './reporting-period';

describe('reporting periods (1 April to 31 March, domain doc §9)', () => {
  it.each([
    ['2023-04-01', '2023/24'],
    ['2024-03-31', '2023/24'],
    ['2024-04-01', '2024/25'],
    ['1999-12-31', '1999/00'],
  ])('%s falls in %s', (date, year) => expect(reportingYearOf(date)).toBe(year));

  it.each([
    ['2023-04-01', '2023/24 Q1'],
    ['2023-06-30', '2023/24 Q1'],
    ['2023-07-01', '2023/24 Q2'],
    ['2023-12-31', '2023/24 Q3'],
    ['2024-01-01', '2023/24 Q4'],
    ['2024-03-31', '2023/24 Q4'],
  ])('%s is in %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter));

  it('gives a year its dates and its predecessor', () => {
    expect(reportingYear('2023/24')).toEqual({
      label: '2023/24',
      from: '2023-04-01',
      to: '2024-03-31',
    });
    expect(previousReportingYear('2023/24')).toBe('2022/23');
    expect(previousReportingYear('2000/01')).toBe('1999/00');
  });

  it.each(['2023/25', '2023-24', '23/24', '2023/2024', ''])('refuses %p', (text) => {
    expect(isReportingYear(text)).toBe(false);
    expect(() => reportingYear(text)).toThrow(RangeError);
  });

  it('spans periods from the earliest start to the latest end, or all time when one is', () => {
    const both = spanning([reportingYear('2024/25'), reportingYear('2023/24')]);
    expect([both.from, both.to]).toEqual(['2023-04-01', '2025-03-31']);
    expect(spanning([customPeriod('2024-05-01', '2024-05-31'), ALL_TIME])).toBe(ALL_TIME);
  });
});

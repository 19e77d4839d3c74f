import { currentQuarter, packPeriod, packPeriodsOffered } from './mrc-period';

describe('the pack periods (months, financial quarters, reporting years)', () => {
  it('reads a reporting year, with the year before as the period before', () => {
    expect(packPeriod('2025/26')).toMatchObject({
      kind: 'year',
      name: '2025/26 (1 April 2025 to 31 March 2026)',
      period: { from: '2025-04-01', to: '2026-03-31' },
      reportingYear: '2025/26',
      previous: { from: '2024-04-01', to: '2025-03-31' },
    });
  });

  it('reads a financial quarter: Q1 is April to June, Q4 ends in March of the next year', () => {
    expect(packPeriod('2025/26-Q1')).toMatchObject({
      kind: 'quarter',
      name: 'Quarter 1 of 2025/26 (April 2025 to June 2025)',
      period: { from: '2025-04-01', to: '2025-06-30' },
      previous: { from: '2025-01-01', to: '2025-03-31' },
    });
    expect(packPeriod('2025/26-Q4')).toMatchObject({
      name: 'Quarter 4 of 2025/26 (January 2026 to March 2026)',
      period: { from: '2026-01-01', to: '2026-03-31' },
      reportingYear: '2025/26',
    });
  });

  it('reads a month, to its last day (leap years included), in the reporting year it falls in', () => {
    expect(packPeriod('2028-02')).toMatchObject({
      kind: 'month',
      name: 'February 2028',
      period: { from: '2028-02-01', to: '2028-02-29' },
      reportingYear: '2027/28',
      previous: { from: '2028-01-01', to: '2028-01-31' },
    });
    expect(packPeriod('2025-01')!.previous).toMatchObject({ from: '2024-12-01', to: '2024-12-31' });
  });

  it('refuses anything else', () => {
    for (const text of ['2025', '2025/27', '2025/26-Q5', '2025-13', '2025-00', '1999-04', 'Q1', ''])
      expect({ text, period: packPeriod(text) }).toEqual({ text, period: undefined });
  });

  it('offers this year and last, their quarters begun by today, and the last twelve months', () => {
    const offered = packPeriodsOffered('2025-08-15').map((o) => o.value);
    expect(offered).toEqual([
      '2025/26',
      '2024/25',
      '2025/26-Q2',
      '2025/26-Q1',
      '2024/25-Q4',
      '2024/25-Q3',
      '2024/25-Q2',
      '2024/25-Q1',
      '2025-08',
      '2025-07',
      '2025-06',
      '2025-05',
      '2025-04',
      '2025-03',
      '2025-02',
      '2025-01',
      '2024-12',
      '2024-11',
      '2024-10',
      '2024-09',
    ]);
    expect(currentQuarter('2025-08-15')).toBe('2025/26-Q2');
    expect(currentQuarter('2026-03-31')).toBe('2025/26-Q4');
  });
});

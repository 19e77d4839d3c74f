import { dashboardPeriods, yearsOffered } from './dashboard-period';

describe('the dashboard’s period chooser', () => {
  const today = '2025-11-20';

  it('shows the reporting year today falls in beside the one before, by default', () => {
    const p = dashboardPeriods({}, today);
    expect(p).toMatchObject({
      kind: 'year',
      current: { label: '2025/26', from: '2025-04-01', to: '2026-03-31' },
      previous: { label: '2024/25', from: '2024-04-01', to: '2025-03-31' },
    });
  });

  it('puts a quarter beside the one before, across the turn of the year (Q1 is April to June)', () => {
    expect(
      dashboardPeriods({ period: 'quarter', year: '2024/25', quarter: '1' }, today),
    ).toMatchObject({
      current: { label: '2024/25 Q1', from: '2024-04-01', to: '2024-06-30' },
      previous: { label: '2023/24 Q4', from: '2024-01-01', to: '2024-03-31' },
    });
    expect(
      dashboardPeriods({ period: 'quarter', year: '2024/25', quarter: '4' }, today),
    ).toMatchObject({
      current: { from: '2025-01-01', to: '2025-03-31' },
      previous: { label: '2024/25 Q3', from: '2024-10-01', to: '2024-12-31' },
    });
  });

  it('puts a month beside the one before: January to March fall in the year’s second calendar year', () => {
    expect(dashboardPeriods({ period: 'month', year: '2023/24', month: '2' }, today)).toMatchObject(
      {
        current: { label: 'February 2024', from: '2024-02-01', to: '2024-02-29' },
        previous: { label: 'January 2024', from: '2024-01-01', to: '2024-01-31' },
      },
    );
    expect(dashboardPeriods({ period: 'month', year: '2024/25', month: '4' }, today)).toMatchObject(
      {
        current: { label: 'April 2024', from: '2024-04-01', to: '2024-04-30' },
        previous: { label: 'March 2024', from: '2024-03-01', to: '2024-03-31' },
      },
    );
    expect(dashboardPeriods({ period: 'month', year: '2024/25', month: '1' }, today)).toMatchObject(
      {
        current: { label: 'January 2025' },
        previous: { label: 'December 2024', from: '2024-12-01', to: '2024-12-31' },
      },
    );
  });

  it('starts a quarter or a month at today’s in this year', () => {
    expect(dashboardPeriods({ period: 'quarter' }, today)).toMatchObject({
      current: { label: '2025/26 Q3' },
    });
    expect(dashboardPeriods({ period: 'month' }, today)).toMatchObject({
      current: { label: 'November 2025' },
    });
  });

  it('says which field is wrong, in plain words', () => {
    expect(dashboardPeriods({ period: 'week' }, today)).toEqual({
      field: 'period',
      error: 'Choose a month, a quarter or a reporting year',
    });
    expect(dashboardPeriods({ year: '2024/26' }, today)).toMatchObject({ field: 'year' });
    expect(dashboardPeriods({ period: 'quarter', quarter: '5' }, today)).toMatchObject({
      field: 'quarter',
    });
    expect(dashboardPeriods({ period: 'month', month: '13' }, today)).toMatchObject({
      field: 'month',
    });
  });

  it('offers this reporting year and the five before it', () => {
    expect(yearsOffered(today)).toEqual([
      '2025/26',
      '2024/25',
      '2023/24',
      '2022/23',
      '2021/22',
      '2020/21',
    ]);
  });
});

import { defaultCalendar } from '@redress/complaints';
import { thresholdReached } from './threshold-reached';

const calendar = defaultCalendar();
const settings = { amberWorkingDays: 2, amberHours: 6 };
/** Noon in London on a date (GMT in winter, BST in summer). */
const noonOn = (date: string) =>
  new Date(`${date}T12:00:00${date < '2026-03-29' || date > '2026-10-25' ? 'Z' : '+01:00'}`);

describe('thresholds of day-counted obligations (working days, the complaint calendar)', () => {
  it('is nothing while more than the amber working days are left', () => {
    // Due Friday 11 December 2026; on Monday 7th three working days are left.
    expect(
      thresholdReached({ dueOn: '2026-12-11' }, noonOn('2026-12-07'), settings, calendar),
    ).toBeUndefined();
  });

  it('turns amber two working days before the due date, and stays amber on the day itself', () => {
    expect(
      thresholdReached({ dueOn: '2026-12-11' }, noonOn('2026-12-09'), settings, calendar),
    ).toBe('amber');
    expect(
      thresholdReached({ dueOn: '2026-12-11' }, noonOn('2026-12-11'), settings, calendar),
    ).toBe('amber');
  });

  it('counts working days, not calendar days: a weekend does not bring amber forward', () => {
    // Due Tuesday 8 December: Friday 4th is two working days before it (Mon, Tue), so amber;
    // Thursday 3rd is three working days before it.
    expect(
      thresholdReached({ dueOn: '2026-12-08' }, noonOn('2026-12-04'), settings, calendar),
    ).toBe('amber');
    expect(
      thresholdReached({ dueOn: '2026-12-08' }, noonOn('2026-12-03'), settings, calendar),
    ).toBeUndefined();
  });

  it('skips bank holidays: Christmas and Boxing Day (moved to Monday 28th in 2026) are not working days', () => {
    // Due Tuesday 29 December 2026; Friday 25th and Monday 28th (Boxing Day's substitute) are
    // bank holidays. From Wednesday 23rd the working days left are the 24th and the 29th: amber.
    // From Tuesday 22nd they are the 23rd, 24th and 29th: not yet.
    expect(
      thresholdReached({ dueOn: '2026-12-29' }, noonOn('2026-12-23'), settings, calendar),
    ).toBe('amber');
    expect(
      thresholdReached({ dueOn: '2026-12-29' }, noonOn('2026-12-22'), settings, calendar),
    ).toBeUndefined();
  });

  it('is missed the day after the due date, in England: 00:30 BST is already the next day', () => {
    expect(
      thresholdReached(
        { dueOn: '2026-06-10' },
        new Date('2026-06-10T22:59:00Z'),
        settings,
        calendar,
      ),
    ).toBe('amber');
    expect(
      thresholdReached(
        { dueOn: '2026-06-10' },
        new Date('2026-06-10T23:30:00Z'),
        settings,
        calendar,
      ),
    ).toBe('missed');
  });

  it('follows the configured amber: 0 working days means amber only on the due date', () => {
    const none = { ...settings, amberWorkingDays: 0 };
    expect(
      thresholdReached({ dueOn: '2026-12-11' }, noonOn('2026-12-10'), none, calendar),
    ).toBeUndefined();
    expect(thresholdReached({ dueOn: '2026-12-11' }, noonOn('2026-12-11'), none, calendar)).toBe(
      'amber',
    );
  });
});

describe('thresholds of hour-counted clocks (an emergency hazard: 24 hours from awareness)', () => {
  const dueAt = '2026-12-26T10:00:00.000Z'; // Boxing Day: hours run through holidays

  it('is nothing until the amber hours before the due instant', () => {
    expect(
      thresholdReached(
        { dueOn: '2026-12-26', dueAt },
        new Date('2026-12-26T03:59:00Z'),
        settings,
        calendar,
      ),
    ).toBeUndefined();
  });

  it('turns amber six hours before, on a bank holiday as on any day', () => {
    expect(
      thresholdReached(
        { dueOn: '2026-12-26', dueAt },
        new Date('2026-12-26T04:00:00Z'),
        settings,
        calendar,
      ),
    ).toBe('amber');
    expect(
      thresholdReached(
        { dueOn: '2026-12-26', dueAt },
        new Date('2026-12-26T10:00:00Z'),
        settings,
        calendar,
      ),
    ).toBe('amber');
  });

  it('is missed the moment the due instant passes, not at the end of the day', () => {
    expect(
      thresholdReached(
        { dueOn: '2026-12-26', dueAt },
        new Date('2026-12-26T10:00:01Z'),
        settings,
        calendar,
      ),
    ).toBe('missed');
  });

  it('counts real hours across the clock change (BST ends at 02:00 on 25 October 2026)', () => {
    // Aware 09:00 BST on 24 October (08:00Z): due 24 hours later, 08:00Z = 08:00 GMT on the 25th.
    const across = { dueOn: '2026-10-25', dueAt: '2026-10-25T08:00:00.000Z' };
    expect(
      thresholdReached(across, new Date('2026-10-25T01:59:00Z'), settings, calendar),
    ).toBeUndefined();
    expect(thresholdReached(across, new Date('2026-10-25T02:00:00Z'), settings, calendar)).toBe(
      'amber',
    );
  });
});

import type { HazardClock } from '@redress/hazards';
import { clockRows } from './clock-rows';

/** How the workbench shows an Awaab's Law clock (SI 2025/1042): red, amber, green or grey. */
describe('hazard clock rows', () => {
  const days = (over: Partial<HazardClock>): HazardClock => ({
    step: 'INVESTIGATION',
    provision: 'SI 2025/1042 Reg 6',
    unit: 'WORKING_DAYS',
    startedAt: '2025-11-03T10:00:00.000Z',
    dueOn: '2025-11-17',
    status: 'pending',
    ...over,
  });
  const hours = (over: Partial<HazardClock>): HazardClock => ({
    step: 'EMERGENCY_MAKE_SAFE',
    provision: 'Emergency hazard: make safe within 24 hours [UNCONFIRMED reg.]',
    unit: 'HOURS',
    startedAt: '2026-10-24T11:00:00.000Z',
    dueAt: '2026-10-25T11:00:00.000Z',
    dueOn: '2026-10-25',
    status: 'pending',
    ...over,
  });
  const row = (clock: HazardClock) => clockRows([clock])[0]!;

  it('is green with time to spare, amber within 2 working days, red once overdue (Reg 6)', () => {
    expect(row(days({ workingDaysRemaining: 8 }))).toMatchObject({
      label: 'Investigate',
      due: '17 November 2025',
      left: '8 working days left',
      tag: { text: 'On track', classes: 'govuk-tag--green' },
    });
    expect(row(days({ workingDaysRemaining: 2 })).tag.text).toBe('Due soon');
    expect(row(days({ workingDaysRemaining: 0 })).left).toBe('Due today');
    expect(row(days({ status: 'missed', workingDaysOverdue: 1 }))).toMatchObject({
      left: '1 working day overdue',
      tag: { text: 'Overdue', classes: 'govuk-tag--red' },
    });
  });

  it('shows a 24-hour clock’s due time in England across the October clock change', () => {
    // Aware Sat 24 Oct 2026 12:00 BST; due Sun 25 Oct 2026 11:00 GMT (24 × 3,600 seconds).
    expect(row(hours({ hoursRemaining: 20 }))).toMatchObject({
      due: '25 October 2026 at 11:00am (GMT)',
      left: '20 hours left',
      tag: { text: 'On track' },
    });
    expect(row(hours({ hoursRemaining: 5 })).tag.text).toBe('Due soon');
    expect(row(hours({ status: 'missed', hoursOverdue: 1 })).left).toBe('1 hour overdue');
  });

  it('is grey when met or stopped, and a missed step done late stays missed with its defence', () => {
    expect(row(days({ status: 'met', completedAt: '2025-11-12T10:00:00.000Z' }))).toMatchObject({
      left: 'Done 12 November 2025 at 10:00am',
      tag: { text: 'Met', classes: 'govuk-tag--grey' },
    });
    expect(row(hours({ status: 'cancelled' })).tag.text).toBe('No longer due');
    const late = row(
      days({
        status: 'missed',
        workingDaysOverdue: 2,
        completedAt: '2025-11-19T10:00:00.000Z',
        reasonableEndeavours: { explanation: 'No access', evidence: ['Card left'] },
      }),
    );
    expect(late.tag).toEqual({ text: 'Missed', classes: 'govuk-tag--red' });
    expect(late.defence?.explanation).toBe('No access');
  });
});

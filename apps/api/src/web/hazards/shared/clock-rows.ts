import { londonTimeOf, type HazardClock } from '@redress/hazards';
import { londonDateTime, longDate } from '../../shared/filters';
import { STEP_LABELS } from './hazard-labels';

/**
 * Amber when this little is left. A display choice, as on the complaint page: two working days,
 * or six hours of a 24-hour clock (the alerts' thresholds are configured separately).
 */
const AMBER_WORKING_DAYS = 2;
const AMBER_HOURS = 6;

/** One Awaab's Law clock as a row: the step, its regulation, when due, what is left, a tag. */
export interface ClockRow {
  readonly step: string;
  readonly label: string;
  readonly provision: string;
  readonly due: string;
  readonly left: string;
  readonly tag: { readonly text: string; readonly classes: string };
  readonly defence?: HazardClock['reasonableEndeavours'];
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function clockRows(clocks: readonly HazardClock[]): ClockRow[] {
  return clocks.map((c) => ({
    step: c.step,
    label: STEP_LABELS[c.step] ?? c.step,
    provision: c.provision,
    due:
      c.unit === 'HOURS' && c.dueAt
        ? `${londonDateTime(c.dueAt)} (${londonTimeOf(c.dueAt).split(' ').pop()})`
        : longDate(c.dueOn),
    left: leftText(c),
    tag: tagOf(c),
    defence: c.reasonableEndeavours,
  }));
}

function leftText(c: HazardClock): string {
  if (c.status === 'met') return `Done ${c.completedAt ? londonDateTime(c.completedAt) : ''}`;
  if (c.status === 'cancelled') return 'The clock stopped: no hazard was found';
  if (c.hoursOverdue !== undefined) return `${plural(c.hoursOverdue, 'hour')} overdue`;
  if (c.workingDaysOverdue !== undefined)
    return `${plural(c.workingDaysOverdue, 'working day')} overdue`;
  if (c.hoursRemaining !== undefined) return `${plural(c.hoursRemaining, 'hour')} left`;
  if (c.workingDaysRemaining === 0) return 'Due today';
  if (c.workingDaysRemaining !== undefined)
    return `${plural(c.workingDaysRemaining, 'working day')} left`;
  return '';
}

/** Red: missed. Amber: due soon. Green: on track. Grey: done or stopped. */
function tagOf(c: HazardClock): ClockRow['tag'] {
  if (c.status === 'missed')
    return { text: c.completedAt ? 'Missed' : 'Overdue', classes: 'govuk-tag--red' };
  if (c.status === 'met') return { text: 'Met', classes: 'govuk-tag--grey' };
  if (c.status === 'cancelled') return { text: 'No longer due', classes: 'govuk-tag--grey' };
  const soon =
    c.hoursRemaining !== undefined
      ? c.hoursRemaining < AMBER_HOURS
      : (c.workingDaysRemaining ?? 0) <= AMBER_WORKING_DAYS;
  return soon
    ? { text: 'Due soon', classes: 'govuk-tag--orange' }
    : { text: 'On track', classes: 'govuk-tag--green' };
}

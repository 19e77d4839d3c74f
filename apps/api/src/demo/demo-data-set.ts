import { defaultCalendar, type LocalDate } from '@redress/complaints';
import { planComplaint, type PlannedStep } from './demo-complaint.plan';
import { SeededRandom } from './seeded-random';

/**
 * The demo data set: `perYear` complaints received in each of two reporting years (1 April to
 * 31 March), and the year after them up to today at the same rate, so the current year has an
 * open caseload; every step dated, in the order the days happened.
 */
export function demoDataSet(options: {
  perYear: number;
  firstYear: number;
  seed?: number;
  today: LocalDate;
}): PlannedStep[] {
  const rnd = new SeededRandom(options.seed ?? 20240401);
  const calendar = defaultCalendar();
  const steps: PlannedStep[] = [];
  const today = Date.parse(`${options.today}T00:00:00Z`);
  for (const year of [options.firstYear, options.firstYear + 1, options.firstYear + 2]) {
    const start = Date.UTC(year, 3, 1);
    const fullYear = Date.UTC(year + 1, 2, 31) - start;
    const span = Math.min(fullYear, today - start);
    if (span <= 0) continue;
    const count = Math.round((options.perYear * span) / fullYear);
    for (let i = 0; i < count; i++) {
      const received = new Date(start + Math.floor(rnd.next() * span)).toISOString().slice(0, 10);
      const id = uuidFrom(rnd);
      steps.push(
        ...planComplaint(
          id,
          calendar.isWorkingDay(received) ? received : calendar.addWorkingDays(received, 1),
          rnd,
          calendar,
        ),
      );
    }
  }
  // Steps that would lie in the future stay unplayed: the demo stops at today.
  return steps
    .filter((s) => s.on <= options.today)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

function uuidFrom(rnd: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

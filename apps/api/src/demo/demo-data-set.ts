import { defaultCalendar, type LocalDate } from '@redress/complaints';
import { planComplaint, type PlannedStep } from './demo-complaint.plan';
import { SeededRandom } from './seeded-random';

/**
 * The demo data set: `perYear` complaints received in each of two reporting years (1 April to
 * 31 March), every step dated, in the order the days happened.
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
  for (const year of [options.firstYear, options.firstYear + 1]) {
    const start = Date.UTC(year, 3, 1);
    const span = Date.UTC(year + 1, 2, 31) - start;
    for (let i = 0; i < options.perYear; i++) {
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

import { addCalendarDays, defaultCalendar, type LocalDate } from '@redress/complaints';

const calendar = defaultCalendar();

/** Sends an API command as an officer and returns its JSON (the test's own transport). */
export type Send = (url: string, body: object) => Promise<{ id?: string }>;

/** The working day `n` working days before `today`. */
export function workingDaysBefore(today: LocalDate, n: number): LocalDate {
  let day = today;
  while (calendar.workingDaysBetween(day, today) < n || !calendar.isWorkingDay(day))
    day = addCalendarDays(day, -1);
  return day;
}

export const LEARNING = 'Repair requests about damp are closed only after a visit';

/**
 * Three complaints for the report pages, entered after the fact (back-dated with a reason) so
 * any "today" works: one answered in time and closed with learning and a service improvement
 * (CHC 9.1), one (shared ownership) acknowledged late, one never acknowledged. Returns their ids
 * and the closure's date.
 */
export async function reportScenario(send: Send, today: LocalDate) {
  const on = (n: number) => ({
    effectiveOn: workingDaysBefore(today, n),
    backdateReason: 'Entered from the paper log',
  });
  const log = async (resident: string, property: string, tenure: string, n: number) =>
    (
      await send('/complaints', {
        channel: 'LETTER',
        residentRef: resident,
        propertyRef: property,
        tenure,
        description: 'Damp in the bedroom',
        ...on(n),
      })
    ).id!;
  const definition = { issues: [{ summary: 'Damp in the bedroom' }], outcomesSought: ['Repair'] };
  const answered = await log('R-1', 'P-1', 'LCRA', 20);
  await send(`/complaints/${answered}/acknowledge`, { handlerId: 'olivia', definition, ...on(18) });
  await send(`/complaints/${answered}/respond`, {
    decisions: [
      { issueId: 'S1-I1', decision: 'NOT_UPHELD', reasons: 'The repair was done on time.' },
    ],
    nextStepsGiven: true,
    ...on(10),
  });
  await send(`/complaints/${answered}/close`, {
    category: 'PROPERTY_CONDITION',
    rootCause: 'CONTRACTOR_PERFORMANCE',
    outcome: 'NOT_UPHELD',
    learning: LEARNING,
    learningActions: [
      {
        description: 'Brief contractors on damp visits',
        owner: 'olivia',
        dueOn: addCalendarDays(today, 30),
      },
    ],
    ...on(8),
  });
  const late = await log('R-2', 'P-1', 'LCHO', 15);
  await send(`/complaints/${late}/acknowledge`, { handlerId: 'olivia', definition, ...on(5) });
  const unacknowledged = await log('R-3', 'P-2', 'LCRA', 12);
  return { answered, late, unacknowledged, closedOn: workingDaysBefore(today, 8) };
}

import { addCalendarDays, defaultCalendar, type LocalDate } from '@redress/complaints';

const calendar = defaultCalendar();

/**
 * Sends an API command as an officer (olivia, or the one named) and returns its JSON: the
 * test's own transport.
 */
export type Send = (url: string, body: object, officer?: string) => Promise<{ id?: string }>;

/** The working day `n` working days before `today`. */
export function workingDaysBefore(today: LocalDate, n: number): LocalDate {
  let day = today;
  while (calendar.workingDaysBetween(day, today) < n || !calendar.isWorkingDay(day))
    day = addCalendarDays(day, -1);
  return day;
}

export const LEARNING = 'Repair requests about damp are closed only after a visit';

/**
 * Four complaints for the report pages, entered after the fact (back-dated with a reason) so
 * any "today" works: one answered in time and closed with learning and a service improvement
 * (CHC 9.1), one (shared ownership) acknowledged late, one never acknowledged, and one taken to
 * the Ombudsman. Returns their ids and the closure's date.
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
  const ombudsman = await toTheOmbudsman(send, log, on, definition);
  return { answered, late, unacknowledged, ombudsman, closedOn: workingDaysBefore(today, 8) };
}

/**
 * A complaint taken through both stages to the Housing Ombudsman, who finds severe
 * maladministration and orders compensation (not yet paid, and overdue) and an apology (made):
 * the orders whose progress the governing body is told of (CHC 9.7(c)).
 */
async function toTheOmbudsman(
  send: Send,
  log: (resident: string, property: string, tenure: string, n: number) => Promise<string>,
  on: (n: number) => { effectiveOn: LocalDate; backdateReason: string },
  definition: object,
): Promise<string> {
  const id = await log('R-4', 'P-3', 'LCRA', 40);
  const decided = (issueId: string) => ({
    decisions: [{ issueId, decision: 'NOT_UPHELD', reasons: 'The mould was treated.' }],
    nextStepsGiven: true,
  });
  await send(`/complaints/${id}/acknowledge`, { handlerId: 'olivia', definition, ...on(38) });
  await send(`/complaints/${id}/respond`, { ...decided('S1-I1'), ...on(30) });
  await send(`/complaints/${id}/request-escalation`, { ...on(28) });
  await send(`/complaints/${id}/acknowledge-stage2`, { handlerId: 'sam', definition, ...on(27) });
  // Stage 2 is answered by someone who did not handle Stage 1 (CHC 6.13).
  await send(`/complaints/${id}/final-response`, { ...decided('S2-I1'), ...on(20) }, 'sam');
  await send(`/complaints/${id}/ombudsman-referral`, {
    ombudsmanReference: '202512345',
    ...on(15),
  });
  await send(`/complaints/${id}/ombudsman-determination`, {
    findings: [{ issue: 'Response to reports of damp', finding: 'SEVERE_MALADMINISTRATION' }],
    ...on(10),
  });
  await send(`/complaints/${id}/ombudsman-order`, {
    orderType: 'COMPENSATION',
    description: 'Pay £500 for distress and inconvenience',
    amountPence: 50000,
    dueOn: on(4).effectiveOn,
    ...on(9),
  });
  await send(`/complaints/${id}/ombudsman-order`, {
    orderType: 'APOLOGY',
    description: 'Written apology from the Director of Housing',
    dueOn: on(3).effectiveOn,
    ...on(9),
  });
  await send(`/complaints/${id}/order-complied`, {
    orderId: 'O2',
    evidence: 'Apology letter sent',
    ...on(6),
  });
  return id;
}

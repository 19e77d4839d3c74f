/**
 * Prints how fast the pure domain is on this machine: working-day arithmetic at report volumes,
 * and folding and deciding on a long complaint history. Figures, not assertions.
 * Run with `npm run bench:domain`.
 */
import { performance } from 'node:perf_hooks';
import {
  computeDeadlines,
  decide,
  defaultCalendar,
  fold,
  CHC_2024_POLICY,
} from '@redress/complaints';
import { commands as c, contextOn, HISTORIES } from '@redress/complaints/testing';

function measure(label: string, operations: number, body: () => void): void {
  const started = performance.now();
  body();
  const ms = performance.now() - started;
  const perSecond = Math.round((operations / ms) * 1000).toLocaleString('en-GB');
  console.log(
    `${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms  ${perSecond.padStart(12)} ops/s`,
  );
}

const calendar = defaultCalendar();
const triggers = Array.from({ length: 1000 }, (_, i) => calendar.addWorkingDays('2024-01-01', i));
const N = 1_000_000;

measure('addWorkingDays(d, 0..40), 1,000,000 calls', N, () => {
  for (let i = 0; i < N; i++) calendar.addWorkingDays(triggers[i % 1000]!, i % 41);
});
measure('workingDaysBetween over up to 2 months, 1,000,000 calls', N, () => {
  for (let i = 0; i < N; i++)
    calendar.workingDaysBetween(triggers[i % 1000]!, triggers[(i + 40) % 1000]!);
});

// A long-lived complaint: Stage 1 open, with 1,000 facts recorded against it.
let history = HISTORIES['stage1.awaitingResponse']();
for (let i = 0; i < 998; i++)
  history = history.on('2025-04-23', c.adjustment({ adjustment: `note ${i}` }));
const events = history.events;
measure(`fold a ${events.length}-event complaint, 100 times`, 100, () => {
  for (let i = 0; i < 100; i++) fold(events);
});
const state = fold(events);
measure('decide + deadlines on that complaint, 10,000 times', 10_000, () => {
  for (let i = 0; i < 10_000; i++) {
    decide(c.extend({ newDueOn: '2025-05-14' }), state, contextOn('2025-04-24'));
    computeDeadlines(state.complaint!, '2025-04-24', calendar, CHC_2024_POLICY);
  }
});

import { addCalendarDays, londonDateOf, type WorkingDayCalendar } from '@redress/complaints';
import type { HazardStep } from '../model/hazard-step';
import type { HazardPolicy } from '../policy/hazard-policy';
import type { HazardRecord, StepDone } from '../state/hazard-state';
import type { HazardClock } from './hazard-clock';
import { judgeClock, type ClockFacts } from './judge-clock';

const HOUR = 3_600_000;

/**
 * Every Awaab's Law clock of a case as of an instant, recomputed from its facts each time:
 * nothing is scheduled, so a correction is reflected at once. Facts after `asOf` are not yet
 * known. Out of scope, or before classification, no clock runs (docs/hazards.md).
 */
export function computeHazardClocks(
  record: HazardRecord,
  asOf: Date | string,
  calendar: WorkingDayCalendar,
  policy: HazardPolicy,
): HazardClock[] {
  const now = typeof asOf === 'string' ? new Date(asOf).toISOString() : asOf.toISOString();
  const known = <D>(step: StepDone<D> | undefined) =>
    step !== undefined && step.at <= now ? step : undefined;
  const classified = known(record.classification);
  if (record.scope?.inScope !== true || classified === undefined) return [];
  const concluded = known(record.investigation);
  const noHazard = concluded?.detail.finding === 'NO_HAZARD';
  const facts: ClockFacts[] = [];

  if (classified.detail.category === 'EMERGENCY') {
    const dueAt = new Date(Date.parse(record.awareAt) + policy.emergency.withinHours * HOUR);
    const hours = { unit: 'HOURS' as const, startedAt: record.awareAt, dueAt: dueAt.toISOString() };
    const dueOn = londonDateOf(dueAt);
    facts.push(
      {
        step: 'EMERGENCY_INVESTIGATION',
        provision: `Emergency hazard: investigate within ${policy.emergency.withinHours} hours [UNCONFIRMED reg.]`,
        ...hours,
        dueOn,
        completedAt: concluded?.at,
      },
      {
        step: 'EMERGENCY_MAKE_SAFE',
        provision: `Emergency hazard: make safe within ${policy.emergency.withinHours} hours [UNCONFIRMED reg.]`,
        ...hours,
        dueOn,
        completedAt: known(record.madeSafe)?.at,
        stoppedAt: noHazard ? concluded?.at : undefined,
      },
    );
  } else {
    facts.push({
      step: 'INVESTIGATION',
      provision: 'SI 2025/1042 Reg 6',
      unit: 'WORKING_DAYS',
      startedAt: record.awareAt,
      dueOn: calendar.addWorkingDays(record.awareOn, policy.significant.investigateWithin),
      completedAt: concluded?.at,
    });
  }

  if (concluded !== undefined) {
    const from = { startedAt: concluded.at };
    const inDays = (n: number) => calendar.addWorkingDays(concluded.on, n);
    facts.push({
      step: 'WRITTEN_SUMMARY',
      provision: 'SI 2025/1042 Reg 9',
      unit: 'WORKING_DAYS',
      ...from,
      dueOn: inDays(policy.writtenSummaryWithin),
      completedAt: known(record.writtenSummary)?.at,
    });
    if (!noHazard && classified.detail.category === 'SIGNIFICANT') {
      facts.push({
        step: 'SAFETY_WORK',
        provision: 'SI 2025/1042 Reg 11(2)(a)',
        unit: 'WORKING_DAYS',
        ...from,
        dueOn: inDays(policy.safetyWorkWithin),
        completedAt: known(record.safetyWork)?.at,
      });
    }
    if (concluded.detail.preventativeWorkRequired) {
      const started = known(record.preventativeStarted);
      facts.push(
        known(record.preventativeDeferred)
          ? {
              step: 'PREVENTATIVE_WORK_START',
              provision: 'SI 2025/1042 Reg 13(3)(b)',
              unit: 'WEEKS',
              ...from,
              dueOn: addCalendarDays(concluded.on, policy.preventativeStartLatestWeeks * 7),
              completedAt: started?.at,
            }
          : {
              step: 'PREVENTATIVE_WORK_START',
              provision: 'SI 2025/1042 Reg 13(2)',
              unit: 'WORKING_DAYS',
              ...from,
              dueOn: inDays(policy.preventativeStartWithin),
              completedAt: started?.at,
            },
      );
      if (started !== undefined) {
        facts.push({
          step: 'PREVENTATIVE_WORK_COMPLETION',
          provision: 'SI 2025/1042 Reg 13(4)',
          unit: 'TARGET_DATE',
          startedAt: started.at,
          dueOn: started.detail.targetCompletionOn,
          completedAt: known(record.preventativeCompleted)?.at,
        });
      }
    }
  }
  return facts.map((f) => withDefence(judgeClock(f, now, calendar), record, now));
}

/** The latest reasonable endeavours record for the clock's step, known by `asOf`. */
function withDefence(clock: HazardClock, record: HazardRecord, asOf: string): HazardClock {
  const defence = record.reasonableEndeavours
    .filter((r) => r.step === clock.step && r.at <= asOf)
    .pop();
  return defence === undefined
    ? clock
    : {
        ...clock,
        reasonableEndeavours: { explanation: defence.explanation, evidence: defence.evidence },
      };
}

/** The steps that have a clock on this case now: a defence can only be recorded for one. */
export function clockedSteps(
  record: HazardRecord,
  asOf: Date | string,
  calendar: WorkingDayCalendar,
  policy: HazardPolicy,
): HazardStep[] {
  return computeHazardClocks(record, asOf, calendar, policy).map((c) => c.step);
}

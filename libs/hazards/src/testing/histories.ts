import { hazardCommands as h } from './command-builders';
import { HazardScenario } from './scenario';

/**
 * One realistic history ending in each lifecycle state. A significant damp and mould case:
 * aware by phone Mon 2 Mar 2026 10:00 GMT, investigated Thu 12 Mar, safety work and summary
 * on Mon 16 Mar, preventative work from Wed 18 Mar. The emergency case: aware Sun 24 May 2026
 * 14:00 BST, the day before the spring bank holiday.
 */
const reported = (tenure: Parameters<typeof h.report>[0] = {}) =>
  HazardScenario.start().at('2026-03-02T10:00:00Z', h.report(tenure));
const classified = () => reported().at('2026-03-02T11:00:00Z', h.classify());
const remedying = () => classified().at('2026-03-12T15:00:00Z', h.conclude());
const worksDone = () =>
  remedying()
    .at('2026-03-16T09:00:00Z', h.summary())
    .at('2026-03-16T16:00:00Z', h.safetyWork())
    .at('2026-03-18T09:00:00Z', h.startPreventative({ targetCompletionOn: '2026-05-29' }))
    .at('2026-05-20T15:00:00Z', h.completePreventative());
const emergencyReported = () =>
  HazardScenario.start().at('2026-05-24T13:00:00Z', h.report({ description: 'Smell of gas' }));
const emergencyInvestigating = () =>
  emergencyReported().at(
    '2026-05-24T13:30:00Z',
    h.classify({ category: 'EMERGENCY', hazardType: 'UNCOMBUSTED_FUEL_GAS', reason: 'Gas leak' }),
  );

export const HAZARD_HISTORIES = {
  new: () => HazardScenario.start(),
  outOfScope: () => reported({ tenure: 'SHARED_OWNERSHIP' }),
  awaitingClassification: () => reported(),
  investigating: classified,
  remedying,
  'closed.resolved': () => worksDone().at('2026-05-21T10:00:00Z', h.close()),
  'closed.noHazard': () =>
    classified().at(
      '2026-03-05T10:00:00Z',
      h.conclude({ finding: 'NO_HAZARD', reasons: 'Condensation from drying clothes; no mould' }),
    ),
  worksDone,
  emergencyReported,
  emergencyInvestigating,
} as const;

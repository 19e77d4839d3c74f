import { CHC_2024_POLICY } from './chc-2024.policy';
import type { CodePolicy } from './code-policy';

/**
 * The Housing Ombudsman's Complaint Handling Code as it applied before the statutory 2024 Code
 * (the 2022 Code, in force for complaints received before 1 April 2024). Complaints of 2023/24
 * are judged by these timescales. Each number names its source; [UNCONFIRMED] marks those the
 * project has not confirmed against the Code's own text (docs/policy.md).
 */
export const CHC_2022_POLICY: CodePolicy = {
  ...CHC_2024_POLICY,
  version: 'chc-2022.1',
  effectiveFrom: '2022-04-01',
  // Respond "within 10 working days of the complaint being logged", extending by no more than "a
  // further 10 days without good reason" (2022 Code, Stage 1, as quoted in landlords' published
  // self-assessments against it). Redress records the logging as the acknowledgement, within 5
  // working days of receipt [UNCONFIRMED: the 5-day logging rule's number].
  stage1: { acknowledgeWithin: 5, respondWithin: 10, maxExtension: 10 },
  // Acknowledge within 5 working days and respond within 20 (2022 Code 5.12–5.13 [UNCONFIRMED]);
  // extend by at most 10 working days (2022 Code 5.14 [UNCONFIRMED]; the 2024 Code allows 20).
  stage2: { acknowledgeWithin: 5, respondWithin: 20, maxExtension: 10 },
  sources: {
    'stage1.acknowledgeWithin': '2022 Code section 5 (log within 5 working days) [UNCONFIRMED]',
    'stage1.respondWithin': '2022 Code section 5: 10 working days of the complaint being logged',
    'stage1.maxExtension': '2022 Code section 5: a further 10 days without good reason',
    'stage2.acknowledgeWithin': '2022 Code 5.12 [UNCONFIRMED]',
    'stage2.respondWithin': '2022 Code 5.13 [UNCONFIRMED]',
    'stage2.maxExtension': '2022 Code 5.14 [UNCONFIRMED]',
  },
};

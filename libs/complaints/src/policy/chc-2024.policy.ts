import type { CodePolicy } from './code-policy';

/** The Complaint Handling Code 2024 (statutory from 1 April 2024) with Redress's defaults. */
export const CHC_2024_POLICY: CodePolicy = {
  version: 'chc-2024.1',
  effectiveFrom: '2024-04-01',
  stage1: { acknowledgeWithin: 5, respondWithin: 10, maxExtension: 10 },
  stage2: { acknowledgeWithin: 5, respondWithin: 20, maxExtension: 20 },
  escalationRequestWindow: 20,
  stage2Independence: 'not-stage1-handler',
  acceptanceWindowMonths: 12,
  sources: {
    'stage1.acknowledgeWithin': 'CHC 6.2',
    'stage1.respondWithin': 'CHC 6.3',
    'stage1.maxExtension': 'CHC 6.4',
    'stage2.acknowledgeWithin': 'CHC 6.11',
    'stage2.respondWithin': 'CHC Stage 2 response (20 working days) [UNCONFIRMED number]',
    'stage2.maxExtension': 'CHC Stage 2 extension (20 working days) [UNCONFIRMED number]',
  },
  rootCauses: [
    'PROCESS_FAILURE',
    'CONTRACTOR_PERFORMANCE',
    'COMMUNICATION',
    'POLICY_GAP',
    'RESOURCING_DELAY',
    'RECORD_KEEPING',
    'STAFF_BEHAVIOUR',
    'NO_FAULT_FOUND',
  ],
  categories: [
    'PROPERTY_CONDITION',
    'COMPLAINT_HANDLING',
    'ASB_NOISE',
    'HEALTH_AND_SAFETY',
    'STAFF_CONDUCT',
    'COMMUNICATION',
    'RECORD_KEEPING',
    'CHARGES',
    'ESTATE_MANAGEMENT',
    'TENANCY_ALLOCATIONS',
    'LEASEHOLD_SHARED_OWNERSHIP',
  ],
};

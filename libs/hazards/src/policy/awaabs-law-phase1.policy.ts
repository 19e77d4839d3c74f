import { HHSRS_HAZARDS } from '../model/vocabulary';
import type { HazardPolicy } from './hazard-policy';

/**
 * Phase 1 of Awaab's Law: SI 2025/1042, in force 27 October 2025. Damp and mould is the only
 * significant hazard; emergency hazards of any HHSRS type are covered. Whether "crowding and
 * space" is excluded from the emergency duty is [UNCONFIRMED]: the later phases are described
 * as "all HHSRS hazards except overcrowding", so it is left out here too, as a default.
 */
export const AWAABS_LAW_PHASE_1: HazardPolicy = {
  version: 'awaab-2025.1',
  inForceFrom: '2025-10-27',
  source: 'SI 2025/1042, phase 1',
  emergency: {
    // The 24-hour duty; its regulation number is [UNCONFIRMED] (not read in the SI itself).
    withinHours: 24,
    types: HHSRS_HAZARDS.filter((t) => t !== 'CROWDING_AND_SPACE'),
  },
  significant: { investigateWithin: 10, types: ['DAMP_AND_MOULD'] },
  writtenSummaryWithin: 3,
  safetyWorkWithin: 5,
  preventativeStartWithin: 5,
  preventativeStartLatestWeeks: 12,
  tenures: {
    SOCIAL_RENT_SECURE: 'IN_SCOPE',
    SOCIAL_RENT_ASSURED: 'IN_SCOPE',
    SOCIAL_RENT_INTRODUCTORY: 'IN_SCOPE',
    SOCIAL_RENT_STARTER: 'IN_SCOPE',
    AFFORDABLE_RENT: 'IN_SCOPE',
    // Domain doc §9a: supported housing [UNCONFIRMED].
    SUPPORTED_HOUSING: 'UNCONFIRMED',
    SHARED_OWNERSHIP: 'OUT_OF_SCOPE',
    LONG_LEASEHOLD: 'OUT_OF_SCOPE',
    LICENCE: 'OUT_OF_SCOPE',
    TEMPORARY_ACCOMMODATION: 'OUT_OF_SCOPE',
  },
  // Precautionary default: run the clocks until the landlord's lawyers say otherwise.
  unconfirmedTenureTreatedAs: 'IN_SCOPE',
};

/**
 * The hazards the government has said phase 2 (2026) will add as significant hazards
 * (domain doc §9a). The commencement date is [UNCONFIRMED], so no phase 2 version is
 * registered by default: a landlord adds one as data (HazardPolicyRegistry.fromJson) once the
 * regulations are made, and no code changes.
 */
export const ANNOUNCED_PHASE_2_TYPES = [
  'EXCESS_COLD',
  'EXCESS_HEAT',
  'FALLS_ASSOCIATED_WITH_BATHS',
  'FALLING_ON_LEVEL_SURFACES',
  'FALLING_ON_STAIRS',
  'FALLING_BETWEEN_LEVELS',
  'STRUCTURAL_COLLAPSE',
  'FIRE',
  'ELECTRICAL_HAZARDS',
  'EXPLOSIONS',
  'DOMESTIC_HYGIENE_PESTS_REFUSE',
  'FOOD_SAFETY',
  'PERSONAL_HYGIENE_SANITATION_DRAINAGE',
  'WATER_SUPPLY',
] as const;

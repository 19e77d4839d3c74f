/**
 * Closed vocabularies recorded on hazard cases, so reports can group on them exactly. Which of
 * them the clocks apply to is policy data (policy/), versioned by the date it came into force.
 */

/** How the landlord became aware: the clock starts then, by whatever route (domain doc §9a). */
export const AWARENESS_ROUTES = [
  'CALL',
  'EMAIL',
  'REPAIR_REPORT',
  'CONTRACTOR_NOTE',
  'COMPLAINT',
  'INSPECTION',
  'OTHER',
] as const;
export type AwarenessRoute = (typeof AWARENESS_ROUTES)[number];

/**
 * The occupier's tenure. Awaab's Law is an implied term of social housing tenancies (s.10A
 * Landlord and Tenant Act 1985); the policy says which tenures it reaches.
 */
export const TENURES = [
  'SOCIAL_RENT_SECURE',
  'SOCIAL_RENT_ASSURED',
  'SOCIAL_RENT_INTRODUCTORY',
  'SOCIAL_RENT_STARTER',
  'AFFORDABLE_RENT',
  'SUPPORTED_HOUSING',
  'SHARED_OWNERSHIP',
  'LONG_LEASEHOLD',
  'LICENCE',
  'TEMPORARY_ACCOMMODATION',
] as const;
export type Tenure = (typeof TENURES)[number];

/** Emergency (24 hours) or significant (working-day clocks). */
export const HAZARD_CATEGORIES = ['EMERGENCY', 'SIGNIFICANT'] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/**
 * The 29 hazards of the Housing Health and Safety Rating System (HHSRS; Housing Health and
 * Safety Rating System (England) Regulations 2005, Sch 1). Awaab's Law phases bring them in
 * by date; the list of types itself never changes.
 */
export const HHSRS_HAZARDS = [
  'DAMP_AND_MOULD',
  'EXCESS_COLD',
  'EXCESS_HEAT',
  'ASBESTOS_AND_MMF',
  'BIOCIDES',
  'CARBON_MONOXIDE',
  'LEAD',
  'RADIATION',
  'UNCOMBUSTED_FUEL_GAS',
  'VOLATILE_ORGANIC_COMPOUNDS',
  'CROWDING_AND_SPACE',
  'ENTRY_BY_INTRUDERS',
  'LIGHTING',
  'NOISE',
  'DOMESTIC_HYGIENE_PESTS_REFUSE',
  'FOOD_SAFETY',
  'PERSONAL_HYGIENE_SANITATION_DRAINAGE',
  'WATER_SUPPLY',
  'FALLS_ASSOCIATED_WITH_BATHS',
  'FALLING_ON_LEVEL_SURFACES',
  'FALLING_ON_STAIRS',
  'FALLING_BETWEEN_LEVELS',
  'ELECTRICAL_HAZARDS',
  'FIRE',
  'FLAMES_AND_HOT_SURFACES',
  'COLLISION_AND_ENTRAPMENT',
  'EXPLOSIONS',
  'POSITION_AND_OPERABILITY_OF_AMENITIES',
  'STRUCTURAL_COLLAPSE',
] as const;
export type HazardType = (typeof HHSRS_HAZARDS)[number];

export function isHazardType(value: unknown): value is HazardType {
  return (HHSRS_HAZARDS as readonly unknown[]).includes(value);
}

/** What the investigation found (Reg 6–9): a hazard, or none, always with reasons. */
export const FINDINGS = ['HAZARD', 'NO_HAZARD'] as const;
export type Finding = (typeof FINDINGS)[number];

/** The resident's answer to an offer of alternative accommodation. */
export const ACCOMMODATION_ANSWERS = ['ACCEPTED', 'DECLINED', 'AWAITING_ANSWER'] as const;
export type AccommodationAnswer = (typeof ACCOMMODATION_ANSWERS)[number];

/** An instant, written ISO 8601 in UTC (`2025-10-27T09:30:00.000Z`): hour clocks need it. */
export type Instant = string;

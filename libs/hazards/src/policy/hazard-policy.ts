import type { LocalDate } from '@redress/complaints';
import type { HazardType, Tenure } from '../model/vocabulary';

/** Whether Awaab's Law reaches a tenure; `UNCONFIRMED` is a landlord default, not law. */
export type TenureScope = 'IN_SCOPE' | 'OUT_OF_SCOPE' | 'UNCONFIRMED';

/**
 * The numbers and lists of The Hazards in Social Housing (Prescribed Requirements) (England)
 * Regulations 2025 (SI 2025/1042), as one dated version. A version is never edited in place:
 * a hazard case keeps the version in force on the day the landlord became aware, and a later
 * phase is a new version with its own in-force date (docs/hazards.md).
 */
export interface HazardPolicy {
  readonly version: string;
  /** The day this version came into force in England (YYYY-MM-DD). */
  readonly inForceFrom: LocalDate;
  readonly source: string;
  readonly emergency: {
    /** Investigate and make safe within this many hours of awareness, through nights and holidays. */
    readonly withinHours: number;
    readonly types: readonly HazardType[];
  };
  readonly significant: {
    /** Reg 6: investigate within this many working days of awareness. */
    readonly investigateWithin: number;
    readonly types: readonly HazardType[];
  };
  /** Reg 9: written summary of the findings, working days after the investigation concludes. */
  readonly writtenSummaryWithin: number;
  /** Reg 11(2)(a): relevant safety work, working days after the investigation concludes. */
  readonly safetyWorkWithin: number;
  /** Reg 13(2): supplementary preventative work begun, working days after the investigation. */
  readonly preventativeStartWithin: number;
  /** Reg 13(3)(b): where not reasonably practicable, physically started within this many weeks. */
  readonly preventativeStartLatestWeeks: number;
  readonly tenures: { readonly [T in Tenure]: TenureScope };
  /** How a tenure marked UNCONFIRMED is treated until the law is confirmed. */
  readonly unconfirmedTenureTreatedAs: 'IN_SCOPE' | 'OUT_OF_SCOPE';
}

/**
 * The numbers a landlord's complaint policy applies. The Code fixes most of them; those the
 * domain reference marks [UNCONFIRMED] are defaults a landlord may change (docs/policy.md).
 * A policy is versioned and never edited in place: each complaint keeps the version that was in
 * force when it was received, so a later policy change never moves an existing deadline.
 */
export interface StagePolicy {
  /** Working days to acknowledge, define and log (CHC 6.2 / 6.11). */
  readonly acknowledgeWithin: number;
  /** Working days to respond, counted from the actual acknowledgement (CHC 6.3; Stage 2: 20). */
  readonly respondWithin: number;
  /** Longest extension without a recorded good reason (CHC 6.4: 10; Stage 2: 20 [UNCONFIRMED]). */
  readonly maxExtension: number;
}

export type Stage2IndependenceRule =
  /** CHC 6.13: the Stage 2 handler is not the person who considered it at Stage 1. */
  | 'not-stage1-handler'
  /** Stricter landlord option: nobody who handled or contributed at Stage 1. */
  | 'no-stage1-contributor';

export interface CodePolicy {
  readonly version: string;
  readonly effectiveFrom: string;
  readonly stage1: StagePolicy;
  readonly stage2: StagePolicy;
  /**
   * Working days after the Stage 1 response within which the resident may ask for Stage 2.
   * No Code rule was found [UNCONFIRMED]; a late request is not refused automatically: refusing
   * it for lateness needs a recorded discretion decision.
   */
  readonly escalationRequestWindow: number;
  readonly stage2Independence: Stage2IndependenceRule;
  /** Months after the Stage 1 issue within which a complaint must be accepted (CHC 2.3). */
  readonly acceptanceWindowMonths: number;
  /** Root-cause list used at closure; none is mandated by the Code [UNCONFIRMED]. */
  readonly rootCauses: readonly string[];
  /** Complaint categories (level 1), after the Ombudsman's review categories [UNCONFIRMED list]. */
  readonly categories: readonly string[];
  /** Where each timescale comes from (`stage1.respondWithin` → "CHC 6.3"), printed on reports. */
  readonly sources?: Readonly<Record<string, string>>;
}

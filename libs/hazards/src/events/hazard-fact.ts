import type { LocalDate } from '@redress/complaints';
import type { Instant } from '../model/vocabulary';

/**
 * What every hazard event carries. Hazard clocks run in hours as well as working days, so each
 * fact keeps the instant it happened (`at`, UTC) as well as its business date in England
 * (`effectiveOn`, the London date of `at`). An instant on an earlier day than the one it was
 * recorded needs `backdateReason` (architecture decision 3, as for complaints).
 */
export interface HazardFact {
  readonly at: Instant;
  readonly effectiveOn: LocalDate;
  readonly backdateReason?: string;
}

export interface HazardDomainEvent<Type extends string, Data> {
  readonly type: Type;
  readonly data: Readonly<HazardFact & Data>;
}

import type { LocalDate } from '../calendar/local-date';

/**
 * A fact about a complaint. `type` names it in the past tense; `data` is its payload. Every
 * payload carries `effectiveOn`, the business date the fact takes effect, which may be earlier
 * than the day it was recorded only when `backdateReason` says why (architecture decision 3).
 */
export interface DomainEvent<Type extends string, Data extends EffectiveDated> {
  readonly type: Type;
  readonly data: Readonly<Data>;
}

export interface EffectiveDated {
  readonly effectiveOn: LocalDate;
  readonly backdateReason?: string;
}

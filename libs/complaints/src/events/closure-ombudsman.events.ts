import type { LocalDate } from '../calendar/local-date';
import type { TrackedAction } from '../model/parts';
import type { IssueDecision, OmbudsmanFinding, OmbudsmanOrderType } from '../model/vocabulary';
import type { DomainEvent, EffectiveDated } from './domain-event';

/** Closure: the record reports need. Root cause is mandatory (the council's minute). */
export type ComplaintClosed = DomainEvent<
  'ComplaintClosed',
  EffectiveDated & {
    category: string;
    subCategory?: string;
    rootCause: string;
    outcome: IssueDecision;
    /** What was learned (CHC 9.1), or NO_LEARNING_IDENTIFIED. */
    learning: string;
    learningActions: readonly TrackedAction[];
  }
>;

export type OmbudsmanReferralRecorded = DomainEvent<
  'OmbudsmanReferralRecorded',
  EffectiveDated & { ombudsmanReference?: string }
>;

export interface FindingRecord {
  readonly issue: string;
  readonly finding: OmbudsmanFinding;
}

/** One finding per issue (HOS "Guidance on outcomes"), with the case-level roll-up. */
export type OmbudsmanDeterminationRecorded = DomainEvent<
  'OmbudsmanDeterminationRecorded',
  EffectiveDated & {
    ombudsmanReference?: string;
    findings: readonly FindingRecord[];
    rollup: 'UPHELD' | 'PARTIAL_MALADMINISTRATION' | 'NOT_UPHELD';
    severeMaladministration: boolean;
  }
>;

export type OmbudsmanOrderRecorded = DomainEvent<
  'OmbudsmanOrderRecorded',
  EffectiveDated & {
    orderId: string;
    orderType: OmbudsmanOrderType;
    description: string;
    amountPence?: number;
    dueOn: LocalDate;
    /** Orders arising from severe maladministration are reported to the MRC (CHC 9.7). */
    fromSevereMaladministration: boolean;
  }
>;

export type OmbudsmanOrderComplied = DomainEvent<
  'OmbudsmanOrderComplied',
  EffectiveDated & { orderId: string; evidence: string }
>;

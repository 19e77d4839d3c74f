import type { LocalDate } from '../calendar/local-date';
import type { Channel, ExclusionCode, Tenure } from '../model/vocabulary';
import type { DomainEvent, EffectiveDated } from './domain-event';

/** A complaint was received; `effectiveOn` is the date of receipt in England (CHC 6.2 trigger). */
export type ComplaintReceived = DomainEvent<
  'ComplaintReceived',
  EffectiveDated & {
    complaintId: string;
    /** The policy version in force on receipt; the complaint keeps it for life. */
    policyVersion: string;
    channel: Channel;
    residentRef: string;
    propertyRef?: string;
    description: string;
    /** The instant of receipt when known (an email's timestamp, say). */
    receivedAt?: string;
    /** A representative or third party complaining for the resident (CHC 1.3). */
    representative?: string;
    /** The service request the dissatisfaction arose from (CHC 1.5). */
    serviceRequestId?: string;
    vulnerable: boolean;
    reasonableAdjustments: readonly string[];
    /** The stock type at receipt (RSH TSM); absent on events stored before it was recorded. */
    tenure?: Tenure;
  }
>;

/** The tenure recorded at receipt was wrong; the earlier value stays in the history. */
export type TenureCorrected = DomainEvent<
  'TenureCorrected',
  EffectiveDated & { tenure: Tenure; previousTenure: Tenure; reason: string }
>;

/** The landlord decided the matter is excluded from the complaints process (CHC 2.1–2.4). */
export type ComplaintNotAccepted = DomainEvent<
  'ComplaintNotAccepted',
  EffectiveDated & {
    exclusionCode: ExclusionCode;
    explanation: string;
    evidence: string;
    issueOccurredOn?: LocalDate;
    residentAwareOn?: LocalDate;
    discretionConsidered: boolean;
    discretionNote?: string;
    claimFiledAtCourtOn?: LocalDate;
    ombudsmanRightsGiven: true;
  }
>;

export type ComplaintWithdrawn = DomainEvent<
  'ComplaintWithdrawn',
  EffectiveDated & { reason?: string }
>;

/** CHC 3.1: reasonable adjustments are recorded and kept under review. */
export type ReasonableAdjustmentRecorded = DomainEvent<
  'ReasonableAdjustmentRecorded',
  EffectiveDated & { adjustment: string; reviewOn?: LocalDate }
>;

/** CHC 6.1: vulnerability or risk shapes triage. */
export type VulnerabilityFlagged = DomainEvent<
  'VulnerabilityFlagged',
  EffectiveDated & { details: string }
>;

/**
 * Awaab's Law (SI 2025/1042): a hazard case runs its own clocks beside the complaint's; the
 * Ombudsman checks that a hazard raised in a complaint was recognised and recorded.
 */
export type HazardCaseLinked = DomainEvent<
  'HazardCaseLinked',
  EffectiveDated & { hazardId: string }
>;

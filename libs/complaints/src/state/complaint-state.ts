import type { LocalDate } from '../calendar/local-date';
import type {
  ComplaintClosed,
  FindingRecord,
  OmbudsmanOrderRecorded,
} from '../events/closure-ombudsman.events';
import type { ComplaintNotAccepted, ComplaintReceived } from '../events/intake.events';
import type {
  EscalationRefused,
  ExtensionNotified,
  Stage1ResponseIssued,
} from '../events/stage.events';
import type { LifecycleSnapshot } from '../lifecycle/lifecycle';
import type { ComplaintDefinition } from '../model/parts';
import type { Stage, Tenure } from '../model/vocabulary';

export type ExtensionRecord = Omit<ExtensionNotified['data'], 'effectiveOn'> & {
  notifiedOn: LocalDate;
};
export type ResponseRecord = Omit<Stage1ResponseIssued['data'], 'effectiveOn'> & {
  respondedOn: LocalDate;
};

/** One stage's facts. Stage 1 is triggered by receipt, Stage 2 by the escalation request. */
export interface StageRecord {
  readonly stage: Stage;
  readonly triggeredOn: LocalDate;
  readonly acknowledgedOn?: LocalDate;
  readonly handlerId?: string;
  /** Everyone who has handled this stage, in order (CHC 6.13 looks at all of them). */
  readonly handlers: readonly string[];
  readonly definition?: ComplaintDefinition;
  readonly extensions: readonly ExtensionRecord[];
  readonly response?: ResponseRecord;
}

export interface Stage2Record extends StageRecord {
  readonly residentReason?: string;
  readonly outsideRequestWindow: boolean;
  readonly refusal?: EscalationRefused['data'];
}

export type ActionKind = 'remedy' | 'outstanding' | 'learning';

export interface ActionRecord {
  readonly actionId: string;
  readonly kind: ActionKind;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: LocalDate;
  /** The business date the action was promised (the response or the closure). */
  readonly setOn: LocalDate;
  readonly completedOn?: LocalDate;
  readonly evidence?: string;
}

export type OrderRecord = OmbudsmanOrderRecorded['data'] & {
  readonly compliedOn?: LocalDate;
  readonly evidence?: string;
};

export interface OmbudsmanRecord {
  readonly referredOn: LocalDate;
  readonly ombudsmanReference?: string;
  readonly determinedOn?: LocalDate;
  readonly findings: readonly FindingRecord[];
  readonly rollup?: 'UPHELD' | 'PARTIAL_MALADMINISTRATION' | 'NOT_UPHELD';
  readonly severeMaladministration: boolean;
  readonly orders: readonly OrderRecord[];
}

export type Intake = Omit<ComplaintReceived['data'], 'effectiveOn' | 'backdateReason' | 'tenure'>;

/** Everything known about one complaint: the fold of its events. */
export interface ComplaintRecord extends Intake {
  readonly receivedOn: LocalDate;
  /** The stock type reported under (RSH TSM), after any correction. */
  readonly tenure: Tenure;
  readonly vulnerabilityNotes: readonly string[];
  readonly adjustments: readonly {
    adjustment: string;
    reviewOn?: LocalDate;
    recordedOn: LocalDate;
  }[];
  /** Awaab's Law hazard cases about the same matter, in the order they were linked. */
  readonly hazardIds: readonly string[];
  readonly notAccepted?: ComplaintNotAccepted['data'];
  readonly stage1: StageRecord;
  readonly stage2?: Stage2Record;
  readonly actions: readonly ActionRecord[];
  /** Every closure in order; a Stage 1 closure is followed by another if the resident escalates. */
  readonly closures: readonly ComplaintClosed['data'][];
  readonly withdrawnOn?: LocalDate;
  readonly withdrawalReason?: string;
  readonly ombudsman?: OmbudsmanRecord;
  /** The business date of the latest step, before which no later step may be dated. */
  readonly lastStepOn: LocalDate;
  /** How many events have been folded (the stream's length). */
  readonly version: number;
}

export interface ComplaintState {
  readonly lifecycle: LifecycleSnapshot;
  readonly complaint: ComplaintRecord | null;
}

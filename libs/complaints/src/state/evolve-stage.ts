import type {
  AdditionalIssueRaised,
  ExtensionNotified,
  Stage1Acknowledged,
  Stage1ResponseIssued,
} from '../events/stage.events';
import type { Stage } from '../model/vocabulary';
import type { ComplaintRecord, StageRecord } from './complaint-state';

/** The record of one stage, if that stage has begun. */
export function stageOf(record: ComplaintRecord, stage: Stage): StageRecord | undefined {
  return stage === 1 ? record.stage1 : record.stage2;
}

/** The change to one stage's record, for the caller to apply; none for a stage not begun. */
export function stageChange(
  record: ComplaintRecord,
  stage: Stage,
  change: (s: StageRecord) => StageRecord,
): Partial<ComplaintRecord> {
  if (stage === 1) return { stage1: change(record.stage1) };
  return record.stage2 ? { stage2: { ...record.stage2, ...change(record.stage2) } } : {};
}

export function applyAcknowledgement(
  s: StageRecord,
  data: Stage1Acknowledged['data'],
): StageRecord {
  return {
    ...s,
    acknowledgedOn: data.effectiveOn,
    handlerId: data.handlerId,
    handlers: [...s.handlers, data.handlerId],
    definition: data.definition,
  };
}

export function applyExtension(s: StageRecord, data: ExtensionNotified['data']): StageRecord {
  const { effectiveOn, ...rest } = data;
  return { ...s, extensions: [...s.extensions, { ...rest, notifiedOn: effectiveOn }] };
}

export function applyResponse(s: StageRecord, data: Stage1ResponseIssued['data']): StageRecord {
  const { effectiveOn, ...rest } = data;
  return { ...s, response: { ...rest, respondedOn: effectiveOn } };
}

export function applyReassignment(s: StageRecord, handlerId: string): StageRecord {
  return { ...s, handlerId, handlers: [...s.handlers, handlerId] };
}

export function applyAdditionalIssue(
  s: StageRecord,
  data: AdditionalIssueRaised['data'],
): StageRecord {
  if (!s.definition) return s;
  const issues = [...s.definition.issues, { issueId: data.issueId, summary: data.summary }];
  return { ...s, definition: { ...s.definition, issues } };
}

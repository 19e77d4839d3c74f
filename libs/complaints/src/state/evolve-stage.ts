import type {
  AdditionalIssueRaised,
  ExtensionNotified,
  Stage1Acknowledged,
  Stage1ResponseIssued,
} from '../events/stage.events';
import type { Stage } from '../model/vocabulary';
import type { ComplaintRecord, Stage2Record, StageRecord } from './complaint-state';
import { appended, changed, withFields, withoutEffectiveOn, type Owned } from './fold-ownership';

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
  // Each change copies (or, in a fold, updates) the whole stage, Stage 2's own fields included.
  return record.stage2 ? { stage2: change(record.stage2) as Stage2Record } : {};
}

export function applyAcknowledgement(
  s: StageRecord,
  data: Stage1Acknowledged['data'],
  owned: Owned,
): StageRecord {
  return changed(owned, s, {
    acknowledgedOn: data.effectiveOn,
    handlerId: data.handlerId,
    handlers: appended(owned, s.handlers, data.handlerId),
    definition: data.definition,
  });
}

export function applyExtension(
  s: StageRecord,
  data: ExtensionNotified['data'],
  owned: Owned,
): StageRecord {
  const extension = withFields(withoutEffectiveOn(data), { notifiedOn: data.effectiveOn });
  return changed(owned, s, { extensions: appended(owned, s.extensions, extension) });
}

export function applyResponse(
  s: StageRecord,
  data: Stage1ResponseIssued['data'],
  owned: Owned,
): StageRecord {
  const response = withFields(withoutEffectiveOn(data), { respondedOn: data.effectiveOn });
  return changed(owned, s, { response });
}

export function applyReassignment(s: StageRecord, handlerId: string, owned: Owned): StageRecord {
  return changed(owned, s, { handlerId, handlers: appended(owned, s.handlers, handlerId) });
}

export function applyAdditionalIssue(
  s: StageRecord,
  data: AdditionalIssueRaised['data'],
  owned: Owned,
): StageRecord {
  if (!s.definition) return s;
  // The definition came from the acknowledgement's payload: copied once, then the fold's own.
  const issues = appended(owned, s.definition.issues, {
    issueId: data.issueId,
    summary: data.summary,
  });
  return changed(owned, s, { definition: changed(owned, s.definition, { issues }) });
}

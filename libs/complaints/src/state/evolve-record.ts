import type { ComplaintEvent } from '../events/complaint-event';
import type { ComplaintRecord, Stage2Record, StageRecord } from './complaint-state';
import {
  applyAcknowledgement,
  applyAdditionalIssue,
  applyExtension,
  applyReassignment,
  applyResponse,
  stageOf,
  withStage,
} from './evolve-stage';
import { applyDetermination, applyOrder, applyOrderComplied } from './evolve-ombudsman';

/**
 * Folds one event into the complaint record. Pure and total: an event that does not fit (a
 * gap in old history, say) changes as little as it can and never throws.
 */
export function evolveRecord(record: ComplaintRecord, event: ComplaintEvent): ComplaintRecord {
  const next = { ...record, version: record.version + 1 };
  // A payload that is not even an object is counted and otherwise left out of the record.
  if (typeof event.data !== 'object' || event.data === null) return next;
  const on = event.data.effectiveOn;
  switch (event.type) {
    case 'ComplaintReceived':
      return next; // a second receipt on one stream is ignored; the first one stands
    case 'ComplaintNotAccepted':
      return { ...next, notAccepted: event.data, lastStepOn: on };
    case 'ComplaintWithdrawn':
      return { ...next, withdrawnOn: on, withdrawalReason: event.data.reason, lastStepOn: on };
    case 'ReasonableAdjustmentRecorded':
      return {
        ...next,
        adjustments: [
          ...record.adjustments,
          { adjustment: event.data.adjustment, reviewOn: event.data.reviewOn, recordedOn: on },
        ],
      };
    case 'TenureCorrected':
      // A correction of a fact at receipt: it may follow closure, so it moves no step date.
      return { ...next, tenure: event.data.tenure };
    case 'VulnerabilityFlagged':
      return {
        ...next,
        vulnerable: true,
        vulnerabilityNotes: [...record.vulnerabilityNotes, event.data.details],
      };
    case 'HazardCaseLinked':
      return record.hazardIds.includes(event.data.hazardId)
        ? next
        : { ...next, hazardIds: [...record.hazardIds, event.data.hazardId] };
    case 'Stage1Acknowledged':
    case 'Stage2Acknowledged': {
      const stage = event.type === 'Stage1Acknowledged' ? 1 : 2;
      return {
        ...withStage(next, stage, (s) => applyAcknowledgement(s, event.data)),
        lastStepOn: on,
      };
    }
    case 'ExtensionNotified':
      return {
        ...withStage(next, event.data.stage, (s) => applyExtension(s, event.data)),
        lastStepOn: on,
      };
    case 'Stage1ResponseIssued':
    case 'Stage2FinalResponseIssued': {
      const stage = event.type === 'Stage1ResponseIssued' ? 1 : 2;
      const responded = withStage(next, stage, (s) => applyResponse(s, event.data));
      const actions = [
        ...(event.data.remedies ?? []).map((r) => ({ ...r, kind: 'remedy' as const, setOn: on })),
        ...(event.data.outstandingActions ?? []).map((a) => ({
          ...a,
          kind: 'outstanding' as const,
          setOn: on,
        })),
      ];
      return { ...responded, actions: [...record.actions, ...actions], lastStepOn: on };
    }
    case 'EscalationRequested': {
      const stage2: Stage2Record = {
        stage: 2,
        triggeredOn: on,
        handlers: [],
        extensions: [],
        residentReason: event.data.residentReason,
        outsideRequestWindow: event.data.outsideRequestWindow,
      };
      return { ...next, stage2, lastStepOn: on };
    }
    case 'EscalationRefused':
      return record.stage2
        ? { ...next, stage2: { ...record.stage2, refusal: event.data }, lastStepOn: on }
        : next;
    case 'HandlerReassigned':
      return {
        ...withStage(next, event.data.stage, (s) => applyReassignment(s, event.data.handlerId)),
        lastStepOn: on,
      };
    case 'AdditionalIssueRaised':
      return {
        ...withStage(next, event.data.stage, (s) => applyAdditionalIssue(s, event.data)),
        lastStepOn: on,
      };
    case 'ActionCompleted':
      return {
        ...next,
        actions: record.actions.map((a) =>
          a.actionId === event.data.actionId && !a.completedOn
            ? { ...a, completedOn: on, evidence: event.data.evidence }
            : a,
        ),
      };
    case 'ComplaintClosed': {
      const learning = (event.data.learningActions ?? []).map((a) => ({
        ...a,
        kind: 'learning' as const,
        setOn: on,
      }));
      return {
        ...next,
        closures: [...record.closures, event.data],
        actions: [...record.actions, ...learning],
        lastStepOn: on,
      };
    }
    case 'OmbudsmanReferralRecorded':
      return {
        ...next,
        ombudsman: {
          referredOn: on,
          ombudsmanReference: event.data.ombudsmanReference,
          findings: [],
          severeMaladministration: false,
          orders: [],
        },
        lastStepOn: on,
      };
    case 'OmbudsmanDeterminationRecorded':
      return { ...applyDetermination(next, event.data), lastStepOn: on };
    case 'OmbudsmanOrderRecorded':
      return applyOrder(next, event.data);
    case 'OmbudsmanOrderComplied':
      return applyOrderComplied(next, event.data);
    default: {
      const unhandled: never = event;
      void unhandled;
      return next;
    }
  }
}

export function currentStage(record: ComplaintRecord): StageRecord {
  return record.stage2 ?? record.stage1;
}

export { stageOf };

import type { LocalDate } from '../calendar/local-date';
import type { ComplaintEvent } from '../events/complaint-event';
import type { ComplaintRecord, Stage2Record, StageRecord } from './complaint-state';
import {
  applyAcknowledgement,
  applyAdditionalIssue,
  applyExtension,
  applyReassignment,
  applyResponse,
  stageOf,
  stageChange,
} from './evolve-stage';
import { applyDetermination, applyOrder, applyOrderComplied } from './evolve-ombudsman';
import { appended, changed, own, replacedWhere, withFields, type Owned } from './fold-ownership';

/**
 * Folds one event into the complaint record. Total: an event that does not fit (a gap in old
 * history, say) changes as little as it can and never throws. Each case names only what it
 * changes, and one step applies it: a copy of the record (`owned` null, as `evolve` calls it,
 * pure), or in place for what a fold already owns (see fold-ownership).
 */
export function evolveRecord(
  record: ComplaintRecord,
  event: ComplaintEvent,
  owned: Owned,
): ComplaintRecord {
  const version = record.version + 1;
  // A payload that is not even an object is counted and otherwise left out of the record.
  if (typeof event.data !== 'object' || event.data === null)
    return changed(owned, record, { version });
  const changes = changesFor(record, event, owned) as { version?: number };
  changes.version = version;
  return changed(owned, record, changes);
}

/** What one event changes in the record (a fresh object); nothing for an event that does not fit. */
function changesFor(
  record: ComplaintRecord,
  event: ComplaintEvent,
  owned: Owned,
): Partial<ComplaintRecord> {
  const on = event.data.effectiveOn;
  switch (event.type) {
    case 'ComplaintReceived':
      return {}; // a second receipt on one stream is ignored; the first one stands
    case 'ComplaintNotAccepted':
      return { notAccepted: event.data, lastStepOn: on };
    case 'ComplaintWithdrawn':
      return { withdrawnOn: on, withdrawalReason: event.data.reason, lastStepOn: on };
    case 'ReasonableAdjustmentRecorded':
      return {
        adjustments: appended(owned, record.adjustments, {
          adjustment: event.data.adjustment,
          reviewOn: event.data.reviewOn,
          recordedOn: on,
        }),
      };
    case 'TenureCorrected':
      // A correction of a fact at receipt: it may follow closure, so it moves no step date.
      return { tenure: event.data.tenure };
    case 'VulnerabilityFlagged':
      return {
        vulnerable: true,
        vulnerabilityNotes: appended(owned, record.vulnerabilityNotes, event.data.details),
      };
    case 'HazardCaseLinked':
      return record.hazardIds.includes(event.data.hazardId)
        ? {}
        : { hazardIds: appended(owned, record.hazardIds, event.data.hazardId) };
    case 'Stage1Acknowledged':
    case 'Stage2Acknowledged': {
      const stage = event.type === 'Stage1Acknowledged' ? 1 : 2;
      return stepOn(
        stageChange(record, stage, (s) => applyAcknowledgement(s, event.data, owned)),
        on,
      );
    }
    case 'ExtensionNotified':
      return stepOn(
        stageChange(record, event.data.stage, (s) => applyExtension(s, event.data, owned)),
        on,
      );
    case 'Stage1ResponseIssued':
    case 'Stage2FinalResponseIssued': {
      const stage = event.type === 'Stage1ResponseIssued' ? 1 : 2;
      const responded = stageChange(record, stage, (s) => applyResponse(s, event.data, owned));
      const actions = [
        ...(event.data.remedies ?? []).map((r) =>
          withFields(r, { kind: 'remedy' as const, setOn: on }),
        ),
        ...(event.data.outstandingActions ?? []).map((a) =>
          withFields(a, { kind: 'outstanding' as const, setOn: on }),
        ),
      ];
      return Object.assign(responded, {
        actions: appended(owned, record.actions, ...actions),
        lastStepOn: on,
      });
    }
    case 'EscalationRequested': {
      const stage2: Stage2Record = own(owned, {
        stage: 2,
        triggeredOn: on,
        handlers: own(owned, []),
        extensions: own(owned, []),
        residentReason: event.data.residentReason,
        outsideRequestWindow: event.data.outsideRequestWindow,
      });
      return { stage2, lastStepOn: on };
    }
    case 'EscalationRefused':
      return record.stage2
        ? { stage2: changed(owned, record.stage2, { refusal: event.data }), lastStepOn: on }
        : {};
    case 'HandlerReassigned':
      return stepOn(
        stageChange(record, event.data.stage, (s) =>
          applyReassignment(s, event.data.handlerId, owned),
        ),
        on,
      );
    case 'AdditionalIssueRaised':
      return stepOn(
        stageChange(record, event.data.stage, (s) => applyAdditionalIssue(s, event.data, owned)),
        on,
      );
    case 'ActionCompleted':
      return {
        actions: replacedWhere(
          owned,
          record.actions,
          (a) => a.actionId === event.data.actionId && !a.completedOn,
          (a) => withFields(a, { completedOn: on, evidence: event.data.evidence }),
        ),
      };
    case 'ComplaintClosed': {
      const learning = (event.data.learningActions ?? []).map((a) =>
        withFields(a, { kind: 'learning' as const, setOn: on }),
      );
      return {
        closures: appended(owned, record.closures, event.data),
        actions: appended(owned, record.actions, ...learning),
        lastStepOn: on,
      };
    }
    case 'OmbudsmanReferralRecorded':
      return {
        ombudsman: own(owned, {
          referredOn: on,
          ombudsmanReference: event.data.ombudsmanReference,
          findings: [],
          severeMaladministration: false,
          orders: own(owned, []),
        }),
        lastStepOn: on,
      };
    case 'OmbudsmanDeterminationRecorded':
      return stepOn(applyDetermination(record, event.data, owned), on);
    case 'OmbudsmanOrderRecorded':
      return applyOrder(record, event.data, owned);
    case 'OmbudsmanOrderComplied':
      return applyOrderComplied(record, event.data, owned);
    default: {
      const unhandled: never = event;
      void unhandled;
      return {};
    }
  }
}

export function currentStage(record: ComplaintRecord): StageRecord {
  return record.stage2 ?? record.stage1;
}

export { stageOf };

/** A step's changes, which also move the date of the latest step. */
function stepOn(changes: Partial<ComplaintRecord>, on: LocalDate): Partial<ComplaintRecord> {
  return Object.assign(changes, { lastStepOn: on });
}

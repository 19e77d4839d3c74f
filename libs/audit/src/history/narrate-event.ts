import type { ComplaintEvent } from '@redress/complaints';

const words = (code: string) => code.toLowerCase().replace(/_/g, ' ');
const list = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join('; '));
const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`;

/**
 * What an event changed, in the words a complaints officer or an Ombudsman caseworker would
 * use. Exhaustive over the event union, so a new event type cannot reach the record unnarrated.
 */
export function narrate(event: ComplaintEvent): string {
  switch (event.type) {
    case 'ComplaintReceived': {
      const d = event.data;
      return `Complaint received by ${words(d.channel)} from resident ${d.residentRef}${d.propertyRef ? ` about property ${d.propertyRef}` : ''}: "${d.description}"${d.representative ? `, made by ${d.representative} on the resident's behalf` : ''}${d.vulnerable ? '; resident flagged as vulnerable' : ''}`;
    }
    case 'ComplaintNotAccepted':
      return `Not accepted as a complaint (${words(event.data.exclusionCode)}): ${event.data.explanation}`;
    case 'ComplaintWithdrawn':
      return `Withdrawn by the resident${event.data.reason ? `: ${event.data.reason}` : ''}`;
    case 'ReasonableAdjustmentRecorded':
      return `Reasonable adjustment recorded: ${event.data.adjustment}${event.data.reviewOn ? ` (review by ${event.data.reviewOn})` : ''}`;
    case 'TenureCorrected':
      return `Tenure corrected from ${event.data.previousTenure} to ${event.data.tenure}: ${event.data.reason}`;
    case 'VulnerabilityFlagged':
      return `Vulnerability flagged: ${event.data.details}`;
    case 'HazardCaseLinked':
      return `Awaab's Law hazard case ${event.data.hazardId} linked: its clocks run beside the complaint's`;
    case 'Stage1Acknowledged':
    case 'Stage2Acknowledged': {
      const stage = event.type === 'Stage1Acknowledged' ? 1 : 2;
      const issues = event.data.definition.issues.map((i) => `${i.issueId} ${i.summary}`);
      return `Stage ${stage} acknowledged and defined, handled by ${event.data.handlerId}. Issues: ${list(issues)}. Outcomes sought: ${list(event.data.definition.outcomesSought)}`;
    }
    case 'ExtensionNotified':
      return `Stage ${event.data.stage} response date extended from ${event.data.previousDueOn} to ${event.data.newDueOn} because: ${event.data.reason}${event.data.exceedsCap ? ` (beyond the cap; good reason: ${event.data.goodReason ?? 'none given'})` : ''}`;
    case 'Stage1ResponseIssued':
    case 'Stage2FinalResponseIssued': {
      const d = event.data;
      const label =
        event.type === 'Stage1ResponseIssued' ? 'Stage 1 response' : 'Stage 2 final response';
      const decisions = d.decisions.map((x) => `${x.issueId} ${words(x.decision)}`);
      const remedies = d.remedies.map(
        (r) =>
          `${r.actionId} ${words(r.remedyType)}${r.amountPence !== undefined ? ` ${pounds(r.amountPence)}` : ''}: ${r.description} (by ${r.dueOn})`,
      );
      return `${label} issued by ${d.respondedBy}: ${words(d.outcome)}. Decisions: ${list(decisions)}. Remedies: ${d.remedies.length > 0 ? list(remedies) : (d.noRemedyReason ?? 'none')}${d.outstandingActions.length > 0 ? `. Outstanding actions: ${list(d.outstandingActions.map((a) => `${a.actionId} ${a.description} (by ${a.dueOn})`))}` : ''}`;
    }
    case 'EscalationRequested':
      return `Resident asked for Stage 2${event.data.residentReason ? `: ${event.data.residentReason}` : ''}${event.data.outsideRequestWindow ? ' (outside the request window)' : ''}`;
    case 'EscalationRefused':
      return `Escalation to Stage 2 refused (${words(event.data.reasonCode)}): ${event.data.explanation}`;
    case 'HandlerReassigned':
      return `Stage ${event.data.stage} reassigned from ${event.data.previousHandlerId} to ${event.data.handlerId}: ${event.data.reason}`;
    case 'AdditionalIssueRaised':
      return `Additional issue ${event.data.issueId} added to Stage ${event.data.stage}: ${event.data.summary}`;
    case 'ActionCompleted':
      return `Action ${event.data.actionId} completed${event.data.evidence ? ` (evidence: ${event.data.evidence})` : ''}`;
    case 'ComplaintClosed': {
      const d = event.data;
      return `Closed: ${words(d.outcome)}; category ${words(d.category)}${d.subCategory ? ` / ${d.subCategory}` : ''}; root cause ${words(d.rootCause)}; learning: ${d.learning}${d.learningActions.length > 0 ? `; learning actions: ${list(d.learningActions.map((a) => `${a.actionId} ${a.description} (by ${a.dueOn})`))}` : ''}`;
    }
    case 'OmbudsmanReferralRecorded':
      return `Referred to the Housing Ombudsman${event.data.ombudsmanReference ? ` (reference ${event.data.ombudsmanReference})` : ''}`;
    case 'OmbudsmanDeterminationRecorded': {
      const findings = event.data.findings.map((f) => `${f.issue}: ${words(f.finding)}`);
      return `Ombudsman determination: ${words(event.data.rollup)}${event.data.severeMaladministration ? ' (severe maladministration)' : ''}. Findings: ${list(findings)}`;
    }
    case 'OmbudsmanOrderRecorded':
      return `Ombudsman order ${event.data.orderId} (${words(event.data.orderType)}${event.data.amountPence !== undefined ? ` ${pounds(event.data.amountPence)}` : ''}): ${event.data.description}, due ${event.data.dueOn}`;
    case 'OmbudsmanOrderComplied':
      return `Ombudsman order ${event.data.orderId} complied with (evidence: ${event.data.evidence})`;
    default: {
      const unknown: never = event;
      return `Unrecognised event ${(unknown as { type: string }).type}`;
    }
  }
}

/** The reason the event itself gives, when it has one (the back-date reason is separate). */
export function reasonOf(event: ComplaintEvent): string | undefined {
  switch (event.type) {
    case 'ExtensionNotified':
      return event.data.goodReason
        ? `${event.data.reason} (good reason: ${event.data.goodReason})`
        : event.data.reason;
    case 'HandlerReassigned':
      return event.data.reason;
    case 'ComplaintWithdrawn':
      return event.data.reason;
    case 'EscalationRequested':
      return event.data.residentReason;
    case 'EscalationRefused':
    case 'ComplaintNotAccepted':
      return event.data.explanation;
    default:
      return undefined;
  }
}

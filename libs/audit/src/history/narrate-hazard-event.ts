import type { HazardEvent } from '@redress/hazards';

const words = (code: string) => code.toLowerCase().replace(/_/g, ' ');

/**
 * What a hazard case event changed, in the words of Awaab's Law (SI 2025/1042). Exhaustive over
 * the event union, so a new hazard event cannot reach the record unnarrated.
 */
export function narrateHazard(event: HazardEvent): string {
  switch (event.type) {
    case 'HazardReported': {
      const d = event.data;
      return `Landlord became aware at ${d.at} by ${words(d.route)}: resident ${d.residentRef}, property ${d.propertyRef}, ${words(d.tenure)}: "${d.description}"${d.complaintId ? ` (in complaint ${d.complaintId})` : ''}`;
    }
    case 'ScopeDecided':
      return `${event.data.inScope ? "Awaab's Law clocks apply" : "Awaab's Law clocks do not apply"}: ${event.data.explanation}`;
    case 'HazardClassified':
      return `Classified as ${words(event.data.category)} hazard (${words(event.data.hazardType)}): ${event.data.reason}`;
    case 'InvestigationConcluded':
      return `Investigation concluded: ${event.data.finding === 'HAZARD' ? 'a hazard' : 'no hazard'}. Reasons: ${event.data.reasons}${event.data.preventativeWorkRequired ? '; preventative work required' : ''}`;
    case 'MadeSafe':
      return `Made safe: ${event.data.action}`;
    case 'WrittenSummarySent':
      return `Written summary of the findings sent by ${event.data.method}: ${event.data.summary}`;
    case 'SafetyWorkCompleted':
      return `Relevant safety work completed: ${event.data.work}`;
    case 'PreventativeWorkDeferred':
      return `Preventative work not reasonably practicable within 5 working days: ${event.data.notReasonablyPracticableReason}`;
    case 'PreventativeWorkStarted':
      return `Preventative work started: ${event.data.work} (target ${event.data.targetCompletionOn})`;
    case 'PreventativeWorkCompleted':
      return `Preventative work completed: ${event.data.work}`;
    case 'AlternativeAccommodationOffered':
      return `Alternative accommodation offered at the landlord's cost: ${event.data.accommodation} (${words(event.data.answer)})`;
    case 'ReasonableEndeavoursRecorded':
      return `Reasonable endeavours recorded for ${words(event.data.step)}: ${event.data.explanation}. Evidence: ${event.data.evidence.join('; ')}`;
    case 'ComplaintLinked':
      return `Complaint ${event.data.complaintId} linked: its clocks run beside the hazard case's`;
    case 'HazardClosed':
      return `Closed: ${event.data.summary}`;
    default: {
      const unknown: never = event;
      return `Unrecognised event ${(unknown as { type: string }).type}`;
    }
  }
}

/** The reason the event itself gives, when it has one. */
export function hazardReasonOf(event: HazardEvent): string | undefined {
  switch (event.type) {
    case 'HazardClassified':
    case 'AlternativeAccommodationOffered':
      return event.data.reason;
    case 'InvestigationConcluded':
      return event.data.reasons;
    case 'PreventativeWorkDeferred':
      return event.data.notReasonablyPracticableReason;
    case 'ReasonableEndeavoursRecorded':
      return event.data.explanation;
    default:
      return undefined;
  }
}

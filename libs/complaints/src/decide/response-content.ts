import type { ResponseContent } from '../commands/complaint-command';
import { ensure } from '../errors/complaint-error';
import type { Stage1ResponseIssued } from '../events/stage.events';
import type {
  ComplaintDefinition,
  ComplaintDefinitionInput,
  Remedy,
  TrackedAction,
  TrackedActionInput,
} from '../model/parts';
import { ISSUE_DECISIONS, REMEDY_TYPES, type IssueDecision, type Stage } from '../model/vocabulary';
import { ensureDate, hasText } from './guards';

/** CHC 6.2 / 6.11: the definition names the issues and the outcomes sought; ids are given here. */
export function buildDefinition(
  input: ComplaintDefinitionInput | undefined,
  stage: Stage,
): ComplaintDefinition {
  const issues = input?.issues ?? [];
  ensure(
    issues.length > 0 && issues.every((i) => hasText(i.summary)),
    'DEFINITION_REQUIRED',
    `Stage ${stage} acknowledgement needs the complaint definition: at least one issue`,
  );
  ensure(
    Array.isArray(input?.outcomesSought),
    'DEFINITION_REQUIRED',
    'The definition records the outcomes the resident seeks (an empty list if none was given)',
  );
  return {
    issues: issues.map((issue, i) => ({ issueId: `S${stage}-I${i + 1}`, summary: issue.summary })),
    outcomesSought: input.outcomesSought,
    notResponsibleFor: input.notResponsibleFor,
  };
}

/**
 * CHC 6.7 and 7.1–7.3: every issue decided with reasons; a remedy (or a reason for none) where
 * anything is upheld; every remedy and outstanding action with an owner and a date.
 */
export function buildResponse(
  command: ResponseContent,
  definition: ComplaintDefinition,
  stage: Stage,
  respondedBy: string,
): Omit<Stage1ResponseIssued['data'], 'effectiveOn' | 'backdateReason'> {
  ensure(command.nextStepsGiven === true, 'RESPONSE_INCOMPLETE', nextStepsMessage(stage));
  const decided = new Map(command.decisions.map((d) => [d.issueId, d]));
  for (const issue of definition.issues) {
    const decision = decided.get(issue.issueId);
    ensure(
      decision,
      'RESPONSE_INCOMPLETE',
      `Issue ${issue.issueId} has no decision (CHC 6.7: address all points)`,
    );
    ensure(
      ISSUE_DECISIONS.includes(decision.decision),
      'INVALID_COMMAND',
      `Unknown decision ${decision.decision}`,
    );
    ensure(
      hasText(decision.reasons),
      'RESPONSE_INCOMPLETE',
      `Issue ${issue.issueId} needs reasons (CHC 6.7)`,
    );
  }
  for (const id of decided.keys()) {
    ensure(
      definition.issues.some((i) => i.issueId === id),
      'RESPONSE_INCOMPLETE',
      `Issue ${id} is not in the definition`,
    );
  }
  const decisions = definition.issues.map((i) => decided.get(i.issueId)!);
  const outcome = overallOutcome(decisions.map((d) => d.decision));
  const remedies = (command.remedies ?? []).map((r, i): Remedy => {
    ensure(
      REMEDY_TYPES.includes(r.remedyType),
      'INVALID_COMMAND',
      `Unknown remedy type ${r.remedyType}`,
    );
    return {
      ...trackedAction(r, `S${stage}-R${i + 1}`),
      remedyType: r.remedyType,
      amountPence: r.amountPence,
    };
  });
  ensure(
    outcome === 'NOT_UPHELD' || remedies.length > 0 || hasText(command.noRemedyReason),
    'REMEDY_REQUIRED',
    'An upheld or partly upheld complaint needs a remedy or a reason for none (CHC 7.1–7.2)',
  );
  const outstandingActions = (command.outstandingActions ?? []).map((a, i) =>
    trackedAction(a, `S${stage}-A${i + 1}`),
  );
  return {
    respondedBy,
    decisions,
    outcome,
    remedies,
    noRemedyReason: command.noRemedyReason,
    outstandingActions,
    contributors: command.contributors ?? [],
  };
}

/** CHC 7.3: what will happen, by whom, and by when. */
export function trackedAction(input: TrackedActionInput, actionId: string): TrackedAction {
  ensure(
    hasText(input.description) && hasText(input.owner),
    'ACTION_INCOMPLETE',
    `Action ${actionId} needs a description and an owner (CHC 7.3)`,
  );
  ensureDate(input.dueOn, `${actionId}.dueOn`);
  return { actionId, description: input.description, owner: input.owner, dueOn: input.dueOn };
}

export function overallOutcome(decisions: readonly IssueDecision[]): IssueDecision {
  if (decisions.every((d) => d === 'UPHELD')) return 'UPHELD';
  if (decisions.every((d) => d === 'NOT_UPHELD')) return 'NOT_UPHELD';
  return 'PARTLY_UPHELD';
}

function nextStepsMessage(stage: Stage): string {
  return stage === 1
    ? 'The Stage 1 response must say how to escalate to Stage 2'
    : 'The final response must say how to refer the complaint to the Housing Ombudsman';
}

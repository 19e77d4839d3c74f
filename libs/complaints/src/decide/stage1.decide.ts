import type {
  AcknowledgeStage1,
  ExtendDeadline,
  IssueStage1Response,
} from '../commands/complaint-command';
import { ensure } from '../errors/complaint-error';
import type {
  ExtensionNotified,
  Stage1Acknowledged,
  Stage1ResponseIssued,
} from '../events/stage.events';
import { currentResponseDueOn, extensionCapOn, stagePolicy } from '../deadlines/stage-due-dates';
import type { ComplaintState } from '../state/complaint-state';
import { stageOf } from '../state/evolve-stage';
import type { DecisionContext } from './decision-context';
import { effectiveDate, ensureDate, ensureTransition, existing, hasText, policyOf } from './guards';
import { buildDefinition, buildResponse } from './response-content';

/** CHC 6.2: acknowledge, define and log; the response clock starts from this date (6.3). */
export function acknowledgeStage1(
  command: AcknowledgeStage1,
  state: ComplaintState,
  ctx: DecisionContext,
): Stage1Acknowledged[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'Stage1Acknowledged');
  ensure(hasText(command.handlerId), 'INVALID_COMMAND', 'handlerId is required');
  const definition = buildDefinition(command.definition, 1);
  const dated = effectiveDate(command, ctx, record.lastStepOn);
  return [
    { type: 'Stage1Acknowledged', data: { ...dated, handlerId: command.handlerId, definition } },
  ];
}

/**
 * CHC 6.4–6.5: an extension is notified before the current date passes, with a reason and the
 * Ombudsman's details, and reaches no further than the cap unless a good reason is recorded.
 */
export function extendDeadline(
  command: ExtendDeadline,
  state: ComplaintState,
  ctx: DecisionContext,
): ExtensionNotified[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ExtensionNotified', { stage: command.stage });
  const stage = stageOf(record, command.stage);
  const policy = policyOf(record, ctx);
  const currentDue = stage && currentResponseDueOn(stage, policy, ctx.calendar);
  const cap = stage && extensionCapOn(stage, policy, ctx.calendar);
  ensure(
    stage && currentDue && cap,
    'ILLEGAL_TRANSITION',
    `Stage ${command.stage} has no response deadline to extend`,
  );
  ensure(
    hasText(command.reason),
    'EXTENSION_REASON_REQUIRED',
    'An extension must give the resident its reasons (CHC 6.4)',
  );
  ensure(
    command.ombudsmanDetailsGiven === true,
    'OMBUDSMAN_DETAILS_REQUIRED',
    "The extension notice must give the Ombudsman's contact details (CHC 6.5)",
  );
  ensureDate(command.newDueOn, 'newDueOn');
  const dated = effectiveDate(command, ctx, record.lastStepOn);
  ensure(
    dated.effectiveOn <= currentDue,
    'EXTENSION_AFTER_DEADLINE',
    `The response was due by ${currentDue}; an extension must be notified within the timescale`,
  );
  ensure(
    command.newDueOn > currentDue,
    'EXTENSION_NOT_LATER',
    `The new date must be after ${currentDue}`,
  );
  // A due date falls on a working day: a response "by Saturday" is a response by Friday or
  // Monday, and the resident must be told which.
  ensure(
    ctx.calendar.isWorkingDay(command.newDueOn),
    'EXTENSION_NOT_WORKING_DAY',
    `${command.newDueOn} is not a working day; the next working day is ${ctx.calendar.addWorkingDays(command.newDueOn, 1)}`,
  );
  const exceedsCap = command.newDueOn > cap;
  const maxExtension = stagePolicy(policy, command.stage).maxExtension;
  ensure(
    !exceedsCap || hasText(command.goodReason),
    command.stage === 1 ? 'EXTENSION_EXCEEDS_CAP' : 'STAGE2_EXTENSION_EXCEEDS_CAP',
    command.stage === 1
      ? `Without a recorded good reason the response may be extended to ${cap} at the latest, ${maxExtension} working days beyond the original date (CHC 6.4)`
      : `Without a recorded good reason the Stage 2 response may be extended to ${cap} at the latest, ${maxExtension} working days beyond the original date (Stage 2 extension [UNCONFIRMED provision number])`,
  );
  return [
    {
      type: 'ExtensionNotified',
      data: {
        ...dated,
        stage: command.stage,
        reason: command.reason,
        previousDueOn: currentDue,
        newDueOn: command.newDueOn,
        ombudsmanDetailsGiven: true,
        goodReason: exceedsCap ? command.goodReason : undefined,
        exceedsCap,
      },
    },
  ];
}

/** CHC 6.3, 6.6–6.7: respond once the answer is known, addressing every point. */
export function issueStage1Response(
  command: IssueStage1Response,
  state: ComplaintState,
  ctx: DecisionContext,
): Stage1ResponseIssued[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'Stage1ResponseIssued');
  const definition = record.stage1.definition;
  ensure(definition, 'DEFINITION_REQUIRED', 'Stage 1 has no definition to respond to');
  const content = buildResponse(command, definition, 1, ctx.actor.id);
  const dated = effectiveDate(command, ctx, record.lastStepOn);
  return [{ type: 'Stage1ResponseIssued', data: { ...dated, ...content } }];
}

import type { HazardCommand } from '../commands/hazard-command';
import { HazardError } from '../errors/hazard-error';
import type { HazardEvent } from '../events/hazard-event';
import type { HazardState } from '../state/hazard-state';
import { closeHazard } from './closure.decide';
import type { HazardDecisionContext } from './decision-context';
import { classifyHazard, linkComplaint, reportHazard } from './intake.decide';
import {
  completeSafetyWork,
  concludeInvestigation,
  makeSafe,
  sendWrittenSummary,
} from './investigation.decide';
import {
  completePreventativeWork,
  deferPreventativeWork,
  startPreventativeWork,
} from './preventative.decide';
import { offerAlternativeAccommodation, recordReasonableEndeavours } from './safeguards.decide';

/**
 * The hazard decider: the events a command produces from the current state, or a HazardError
 * naming the rule it breaks. Pure: time, actor, policies and calendar come in `ctx`.
 */
export function decideHazard(
  command: HazardCommand,
  state: HazardState,
  ctx: HazardDecisionContext,
): HazardEvent[] {
  switch (command.type) {
    case 'ReportHazard':
      return reportHazard(command, state, ctx);
    case 'ClassifyHazard':
      return classifyHazard(command, state, ctx);
    case 'ConcludeInvestigation':
      return concludeInvestigation(command, state, ctx);
    case 'MakeSafe':
      return makeSafe(command, state, ctx);
    case 'SendWrittenSummary':
      return sendWrittenSummary(command, state, ctx);
    case 'CompleteSafetyWork':
      return completeSafetyWork(command, state, ctx);
    case 'DeferPreventativeWork':
      return deferPreventativeWork(command, state, ctx);
    case 'StartPreventativeWork':
      return startPreventativeWork(command, state, ctx);
    case 'CompletePreventativeWork':
      return completePreventativeWork(command, state, ctx);
    case 'OfferAlternativeAccommodation':
      return offerAlternativeAccommodation(command, state, ctx);
    case 'RecordReasonableEndeavours':
      return recordReasonableEndeavours(command, state, ctx);
    case 'LinkComplaint':
      return linkComplaint(command, state, ctx);
    case 'CloseHazard':
      return closeHazard(command, state, ctx);
    default: {
      // Reached only by untyped input: refuse it like any other bad command.
      const unknown: never = command;
      throw new HazardError(
        'INVALID_COMMAND',
        `Unknown command ${(unknown as { type: string }).type}`,
      );
    }
  }
}

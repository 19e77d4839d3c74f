import type {
  CompleteSafetyWork,
  ConcludeInvestigation,
  MakeSafe,
  SendWrittenSummary,
} from '../commands/hazard-command';
import { ensure } from '../errors/hazard-error';
import type {
  InvestigationConcluded,
  MadeSafe,
  SafetyWorkCompleted,
  WrittenSummarySent,
} from '../events/hazard-events';
import { FINDINGS } from '../model/vocabulary';
import type { HazardRecord, HazardState } from '../state/hazard-state';
import type { HazardDecisionContext } from './decision-context';
import { ensureTransition, existing, hasText, requireText, stepTime } from './guards';

/**
 * Reg 6–8: the investigation's finding. A finding of no hazard closes the case, so its reasons
 * are mandatory; so are a hazard finding's, for the written summary (Reg 9).
 */
export function concludeInvestigation(
  command: ConcludeInvestigation,
  state: HazardState,
  ctx: HazardDecisionContext,
): [InvestigationConcluded] {
  const record = existing(state, command);
  ensure(FINDINGS.includes(command.finding), 'INVALID_COMMAND', 'finding is not known');
  ensureTransition(state, command, 'InvestigationConcluded', { finding: command.finding });
  ensure(
    hasText(command.reasons),
    'REASONS_REQUIRED',
    'An investigation finding needs its reasons',
  );
  const hazard = command.finding === 'HAZARD';
  return [
    {
      type: 'InvestigationConcluded',
      data: {
        ...stepTime(command, ctx, record.classification?.at ?? record.awareAt),
        finding: command.finding,
        reasons: command.reasons,
        // Reg 13: preventative work is owed unless the investigation says none is needed.
        preventativeWorkRequired: hazard && command.preventativeWorkRequired !== false,
      },
    },
  ];
}

/** Emergency hazard: the emergency action that made the home safe (24 hours of awareness). */
export function makeSafe(
  command: MakeSafe,
  state: HazardState,
  ctx: HazardDecisionContext,
): [MadeSafe] {
  const record = existing(state, command);
  ensureCategory(record, 'EMERGENCY', 'MakeSafe');
  ensureTransition(state, command, 'MadeSafe');
  ensure(!record.madeSafe, 'STEP_ALREADY_RECORDED', 'The home has already been made safe');
  const action = requireText(command.action, 'action');
  return [{ type: 'MadeSafe', data: { ...stepTime(command, ctx, record.awareAt), action } }];
}

/** Reg 9: the written summary of the findings, within 3 working days of the conclusion. */
export function sendWrittenSummary(
  command: SendWrittenSummary,
  state: HazardState,
  ctx: HazardDecisionContext,
): [WrittenSummarySent] {
  const record = existing(state, command);
  ensureTransition(state, command, 'WrittenSummarySent');
  ensure(!record.writtenSummary, 'STEP_ALREADY_RECORDED', 'The written summary was already sent');
  const method = requireText(command.method, 'method');
  const summary = requireText(command.summary, 'summary');
  return [
    {
      type: 'WrittenSummarySent',
      data: { ...stepTime(command, ctx, record.investigation?.at), method, summary },
    },
  ];
}

/** Reg 11(2)(a): significant hazard, relevant safety work within 5 working days. */
export function completeSafetyWork(
  command: CompleteSafetyWork,
  state: HazardState,
  ctx: HazardDecisionContext,
): [SafetyWorkCompleted] {
  const record = existing(state, command);
  ensureCategory(record, 'SIGNIFICANT', 'CompleteSafetyWork');
  ensureTransition(state, command, 'SafetyWorkCompleted');
  ensure(!record.safetyWork, 'STEP_ALREADY_RECORDED', 'The safety work was already completed');
  const work = requireText(command.work, 'work');
  return [
    {
      type: 'SafetyWorkCompleted',
      data: { ...stepTime(command, ctx, record.investigation?.at), work },
    },
  ];
}

function ensureCategory(record: HazardRecord, category: string, command: string): void {
  const actual = record.classification?.detail.category;
  ensure(
    actual === undefined || actual === category,
    'STEP_NOT_APPLICABLE',
    `${command} applies to ${category.toLowerCase()} hazards; this case is ${actual?.toLowerCase()}`,
  );
}

import type { CloseComplaint } from '../commands/complaint-command';
import { ensure } from '../errors/complaint-error';
import type { ComplaintClosed } from '../events/closure-ombudsman.events';
import { ISSUE_DECISIONS } from '../model/vocabulary';
import type { ComplaintState } from '../state/complaint-state';
import type { DecisionContext } from './decision-context';
import { effectiveDate, ensureTransition, existing, hasText, policyOf } from './guards';
import { trackedAction } from './response-content';

/**
 * Closure records what reports need. The root cause is mandatory: the council in the minute
 * could name one for only 129 complaints. Learning is recorded even when none was identified
 * (CHC 9.1). Open remedies and actions stay tracked after closure (CHC 6.6, 7.3).
 */
export function closeComplaint(
  command: CloseComplaint,
  state: ComplaintState,
  ctx: DecisionContext,
): ComplaintClosed[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ComplaintClosed');
  const policy = policyOf(record, ctx);
  ensure(hasText(command.category), 'CATEGORY_REQUIRED', 'A closed complaint needs a category');
  ensure(
    policy.categories.includes(command.category),
    'INVALID_COMMAND',
    `Unknown category ${command.category}; policy ${policy.version} lists ${policy.categories.join(', ')}`,
  );
  ensure(
    hasText(command.rootCause),
    'ROOT_CAUSE_REQUIRED',
    'A closed complaint needs a root cause',
  );
  ensure(
    policy.rootCauses.includes(command.rootCause),
    'INVALID_COMMAND',
    `Unknown root cause ${command.rootCause}; policy ${policy.version} lists ${policy.rootCauses.join(', ')}`,
  );
  ensure(
    ISSUE_DECISIONS.includes(command.outcome),
    'INVALID_COMMAND',
    `Unknown outcome ${command.outcome}`,
  );
  ensure(
    hasText(command.learning),
    'LEARNING_REQUIRED',
    'Record the learning, or NONE_IDENTIFIED (CHC 9.1)',
  );
  const learningActions = (command.learningActions ?? []).map((a, i) =>
    trackedAction(a, `L${record.closures.length + 1}-${i + 1}`),
  );
  return [
    {
      type: 'ComplaintClosed',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        category: command.category,
        subCategory: command.subCategory,
        rootCause: command.rootCause,
        outcome: command.outcome,
        learning: command.learning,
        learningActions,
      },
    },
  ];
}

import {
  lifecycleAccepts,
  type ComplaintEvent,
  type ComplaintEventType,
  type LifecycleSnapshot,
  type Stage,
} from '@redress/complaints';
import { COMMAND_ROLES, type Role } from '@redress/users';

/** One thing an officer can do to a complaint from its page. */
export interface ActionSpec {
  readonly key: ActionKey;
  readonly label: string;
  /** The event the lifecycle machine must accept now for the action to be offered. */
  readonly event: ComplaintEventType;
  /** Actions on a stage (extensions, reassignment) are asked about the stage in progress. */
  readonly staged?: boolean;
  readonly roles: readonly Role[];
}

export type ActionKey =
  | 'acknowledge-stage1'
  | 'extend'
  | 'respond-stage1'
  | 'request-escalation'
  | 'acknowledge-stage2'
  | 'respond-stage2'
  | 'reassign'
  | 'close'
  | 'withdraw';

/** In the order a complaint usually meets them. Roles are the API's (decision 10). */
export const ACTIONS: readonly ActionSpec[] = [
  {
    key: 'acknowledge-stage1',
    label: 'Acknowledge and define the complaint',
    event: 'Stage1Acknowledged',
    roles: COMMAND_ROLES,
  },
  {
    key: 'respond-stage1',
    label: 'Record the Stage 1 response',
    event: 'Stage1ResponseIssued',
    roles: COMMAND_ROLES,
  },
  {
    key: 'acknowledge-stage2',
    label: 'Acknowledge and define Stage 2',
    event: 'Stage2Acknowledged',
    roles: COMMAND_ROLES,
  },
  {
    key: 'respond-stage2',
    label: 'Record the final response',
    event: 'Stage2FinalResponseIssued',
    roles: COMMAND_ROLES,
  },
  {
    key: 'extend',
    label: 'Extend the response deadline',
    event: 'ExtensionNotified',
    staged: true,
    roles: COMMAND_ROLES,
  },
  {
    key: 'reassign',
    label: 'Reassign the handler',
    event: 'HandlerReassigned',
    staged: true,
    roles: COMMAND_ROLES,
  },
  {
    key: 'request-escalation',
    label: 'Record a request for Stage 2',
    event: 'EscalationRequested',
    roles: COMMAND_ROLES,
  },
  { key: 'close', label: 'Close the complaint', event: 'ComplaintClosed', roles: COMMAND_ROLES },
  {
    key: 'withdraw',
    label: 'Record that the complaint was withdrawn',
    event: 'ComplaintWithdrawn',
    roles: COMMAND_ROLES,
  },
];

export function actionSpec(key: string): ActionSpec | undefined {
  return ACTIONS.find((a) => a.key === key);
}

/**
 * What the lifecycle allows now, asked of the machine itself (`can()`), and the role permits.
 * Nothing here repeats the machine's rules: the decider still checks everything on submit.
 */
export function availableActions(
  lifecycle: LifecycleSnapshot,
  stage: Stage,
  role: Role,
): ActionSpec[] {
  return ACTIONS.filter((action) => {
    if (!action.roles.includes(role)) return false;
    const probe = {
      type: action.event,
      data: { effectiveOn: '', ...(action.staged ? { stage } : {}) },
    } as unknown as ComplaintEvent;
    return lifecycleAccepts(lifecycle, probe);
  });
}

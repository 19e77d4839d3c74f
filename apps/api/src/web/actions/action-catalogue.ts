import {
  lifecycleAccepts,
  type ComplaintEvent,
  type ComplaintEventType,
  type LifecycleSnapshot,
} from '@redress/complaints';
import { COMMAND_ROLES, type Role } from '@redress/users';
import type { ComplaintView } from '../../complaints/get-complaint/complaint.view';

/** One thing an officer can do to a complaint from its page. */
export interface ActionSpec {
  readonly key: ActionKey;
  readonly label: string;
  /** The event the lifecycle machine must accept now for the action to be offered. */
  readonly event: ComplaintEventType;
  /** Actions on a stage (extensions, reassignment) are asked about the stage in progress. */
  readonly staged?: boolean;
  readonly roles: readonly Role[];
  /**
   * What the action works on, for the machine's probe (an open order's id); undefined when the
   * complaint has nothing for it (no remedy or action left to complete).
   */
  readonly subject?: (view: ComplaintView) => Record<string, unknown> | undefined;
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
  | 'withdraw'
  | 'complete-action'
  | 'ombudsman-referral'
  | 'ombudsman-determination'
  | 'ombudsman-order'
  | 'order-compliance'
  | 'decline'
  | 'refuse-escalation'
  | 'flag-vulnerability'
  | 'record-adjustment'
  | 'correct-tenure'
  | 'raise-issue';

/** In the order a complaint usually meets them. Roles are the API's (decision 10). */
export const ACTIONS: readonly ActionSpec[] = [
  {
    key: 'acknowledge-stage1',
    label: 'Acknowledge and define the complaint',
    event: 'Stage1Acknowledged',
    roles: COMMAND_ROLES,
  },
  {
    key: 'decline',
    label: 'Record that the complaint is not accepted',
    event: 'ComplaintNotAccepted',
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
    key: 'refuse-escalation',
    label: 'Refuse Stage 2',
    event: 'EscalationRefused',
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
  {
    key: 'raise-issue',
    label: 'Record a further issue the resident raised',
    event: 'AdditionalIssueRaised',
    staged: true,
    roles: COMMAND_ROLES,
  },
  // Facts about the resident, recorded whenever they come to light.
  {
    key: 'flag-vulnerability',
    label: 'Record that the resident is vulnerable or at risk',
    event: 'VulnerabilityFlagged',
    roles: COMMAND_ROLES,
  },
  {
    key: 'record-adjustment',
    label: 'Record a reasonable adjustment',
    event: 'ReasonableAdjustmentRecorded',
    roles: COMMAND_ROLES,
  },
  {
    key: 'correct-tenure',
    label: 'Correct the tenure',
    event: 'TenureCorrected',
    roles: COMMAND_ROLES,
  },
  // Following through: remedies and actions are done after the response or closure (CHC 7.3),
  // and Ombudsman orders after the determination, whatever the stage.
  {
    key: 'complete-action',
    label: 'Record a remedy or action as done',
    event: 'ActionCompleted',
    roles: COMMAND_ROLES,
    subject: (view) => (view.actions.some((a) => !a.completedOn) ? {} : undefined),
  },
  {
    key: 'ombudsman-referral',
    label: 'Record a referral to the Housing Ombudsman',
    event: 'OmbudsmanReferralRecorded',
    roles: COMMAND_ROLES,
  },
  {
    key: 'ombudsman-determination',
    label: 'Record the Ombudsman’s determination',
    event: 'OmbudsmanDeterminationRecorded',
    roles: COMMAND_ROLES,
  },
  {
    key: 'ombudsman-order',
    label: 'Record an order from the Ombudsman',
    event: 'OmbudsmanOrderRecorded',
    roles: COMMAND_ROLES,
  },
  {
    key: 'order-compliance',
    label: 'Record compliance with an Ombudsman order',
    event: 'OmbudsmanOrderComplied',
    roles: COMMAND_ROLES,
    subject: (view) => {
      const open = view.ombudsman?.orders.find((o) => !o.compliedOn);
      return open ? { orderId: open.orderId } : undefined;
    },
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
  view: Pick<ComplaintView, 'stage' | 'actions' | 'ombudsman'>,
  role: Role,
): ActionSpec[] {
  return ACTIONS.filter((action) => {
    if (!action.roles.includes(role)) return false;
    const subject = action.subject ? action.subject(view as ComplaintView) : {};
    if (!subject) return false;
    const probe = {
      type: action.event,
      data: { effectiveOn: '', ...(action.staged ? { stage: view.stage } : {}), ...subject },
    } as unknown as ComplaintEvent;
    return lifecycleAccepts(lifecycle, probe);
  });
}

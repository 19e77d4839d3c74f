import { londonDateOf } from '@redress/complaints';
import type { ClassifyHazard, LinkComplaint, ReportHazard } from '../commands/hazard-command';
import { ensure, HazardError } from '../errors/hazard-error';
import type {
  ComplaintLinked,
  HazardClassified,
  HazardReported,
  ScopeDecided,
} from '../events/hazard-events';
import {
  AWARENESS_ROUTES,
  HAZARD_CATEGORIES,
  isHazardType,
  TENURES,
  type Tenure,
} from '../model/vocabulary';
import type { HazardPolicy } from '../policy/hazard-policy';
import type { HazardState } from '../state/hazard-state';
import type { HazardDecisionContext } from './decision-context';
import { ensureTransition, existing, hasText, policyOf, requireText, stepTime } from './guards';

/**
 * Opens a case at the instant the landlord became aware, by any route, and decides at once
 * from the recorded tenure whether the Awaab's Law clocks apply (s.10A LTA 1985: social
 * housing tenancies only). The scope decision is itself a recorded fact.
 */
export function reportHazard(
  command: ReportHazard,
  state: HazardState,
  ctx: HazardDecisionContext,
): [HazardReported, ScopeDecided] {
  if (state.hazard !== null) {
    throw new HazardError(
      'HAZARD_ALREADY_REPORTED',
      `Hazard case ${command.hazardId} already exists`,
    );
  }
  requireText(command.hazardId, 'hazardId');
  ensure(AWARENESS_ROUTES.includes(command.route), 'INVALID_COMMAND', 'route is not known');
  ensure(TENURES.includes(command.tenure), 'INVALID_COMMAND', 'tenure is not known');
  requireText(command.residentRef, 'residentRef');
  requireText(command.propertyRef, 'propertyRef');
  requireText(command.description, 'description');
  // The Ombudsman checks that a hazard reported in a complaint "was recognised and recorded".
  ensure(
    command.route !== 'COMPLAINT' || hasText(command.complaintId),
    'COMPLAINT_ID_REQUIRED',
    'A hazard reported in a complaint names that complaint',
  );
  const aware = stepTime(command, ctx);
  const recordedAt = ctx.now.toISOString();
  const policy = ctx.policies.inForceOn(aware.effectiveOn);
  return [
    {
      type: 'HazardReported',
      data: {
        ...aware,
        hazardId: command.hazardId,
        route: command.route,
        tenure: command.tenure,
        residentRef: command.residentRef,
        propertyRef: command.propertyRef,
        description: command.description,
        complaintId: command.complaintId,
        recordedAt,
      },
    },
    {
      type: 'ScopeDecided',
      data: {
        at: recordedAt,
        effectiveOn: londonDateOf(ctx.now),
        ...scopeOf(command.tenure, policy),
      },
    },
  ];
}

function scopeOf(
  tenure: Tenure,
  policy: HazardPolicy | undefined,
): Omit<ScopeDecided['data'], 'at' | 'effectiveOn'> {
  if (policy === undefined) {
    return {
      inScope: false,
      basis: 'BEFORE_COMMENCEMENT',
      tenure,
      explanation: 'The landlord became aware before Awaab’s Law came into force (27 October 2025)',
    };
  }
  const scope = policy.tenures[tenure];
  const inScope =
    scope === 'IN_SCOPE' ||
    (scope === 'UNCONFIRMED' && policy.unconfirmedTenureTreatedAs === 'IN_SCOPE');
  const basis =
    scope === 'UNCONFIRMED'
      ? 'TENURE_UNCONFIRMED'
      : inScope
        ? 'TENURE_IN_SCOPE'
        : 'TENURE_OUT_OF_SCOPE';
  const explanation =
    scope === 'UNCONFIRMED'
      ? `Whether Awaab’s Law reaches ${tenure} is unconfirmed; policy ${policy.version} treats it as ${inScope ? 'in' : 'out of'} scope`
      : inScope
        ? `${tenure} is a social housing tenancy under policy ${policy.version}`
        : `${tenure} is outside Awaab’s Law (social rented tenancies only) under policy ${policy.version}`;
  return { inScope, basis, tenure, policyVersion: policy.version, explanation };
}

/**
 * Triage. The hazard type must be one the policy in force on the day of awareness lists for
 * that category: a later phase's type is refused before its in-force date (dated policy data).
 */
export function classifyHazard(
  command: ClassifyHazard,
  state: HazardState,
  ctx: HazardDecisionContext,
): [HazardClassified] {
  const record = existing(state, command);
  ensure(
    record.scope?.inScope !== false,
    'OUT_OF_SCOPE',
    `Awaab’s Law clocks do not apply to hazard case ${record.hazardId}: ${record.scope?.explanation}`,
  );
  ensureTransition(state, command, 'HazardClassified');
  ensure(HAZARD_CATEGORIES.includes(command.category), 'INVALID_COMMAND', 'category is not known');
  ensure(isHazardType(command.hazardType), 'INVALID_COMMAND', 'hazardType is not an HHSRS hazard');
  requireText(command.reason, 'reason');
  const policy = policyOf(record, ctx);
  const listed =
    command.category === 'EMERGENCY' ? policy.emergency.types : policy.significant.types;
  ensure(
    listed.includes(command.hazardType),
    'HAZARD_TYPE_NOT_IN_FORCE',
    `${command.hazardType} is not a ${command.category.toLowerCase()} hazard under ${policy.version} (in force from ${policy.inForceFrom}) on ${record.awareOn}`,
  );
  return [
    {
      type: 'HazardClassified',
      data: {
        ...stepTime(command, ctx, record.awareAt),
        category: command.category,
        hazardType: command.hazardType,
        reason: command.reason,
      },
    },
  ];
}

/** A complaint about the same matter: each case shows the other, and both clocks run. */
export function linkComplaint(
  command: LinkComplaint,
  state: HazardState,
  ctx: HazardDecisionContext,
): [ComplaintLinked] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ComplaintLinked');
  const complaintId = requireText(command.complaintId, 'complaintId');
  ensure(
    !record.complaintIds.includes(complaintId),
    'COMPLAINT_ALREADY_LINKED',
    `Complaint ${complaintId} is already linked to hazard case ${record.hazardId}`,
  );
  return [
    {
      type: 'ComplaintLinked',
      data: { ...stepTime(command, ctx, record.awareAt), complaintId },
    },
  ];
}

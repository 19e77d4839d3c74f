import type { Kysely } from 'kysely';
import {
  repeatIssues,
  type IssueKind,
  type IssueRef,
  type RepeatIssue,
  type RepeatOptions,
} from '@redress/service-requests';
import type { Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';

export interface RepeatIssuesRequest extends Omit<RepeatOptions, 'asOf'> {
  /** Repeats whose latest record falls in the period are listed. */
  readonly period: Period;
  /** Which records to look across (all three kinds by default). */
  readonly kinds?: readonly IssueKind[];
  /** Only repeats at this property, or for this resident. */
  readonly propertyRef?: string;
  readonly residentRef?: string;
  /**
   * Only repeats grouped by property, or by resident: by default the one `propertyRef` or
   * `residentRef` names, or both when neither or both are given.
   */
  readonly by?: RepeatIssue['by'];
}

export interface RepeatIssuesReport {
  readonly period: Period;
  readonly withinDays: number;
  readonly minCount: number;
  readonly repeats: RepeatIssue[];
}

const ALL_KINDS: readonly IssueKind[] = ['SERVICE_REQUEST', 'COMPLAINT', 'HAZARD'];

/**
 * Repeat issues at one property or for one resident, across service requests (raised on),
 * complaints (received on, topic: category) and hazard cases (aware on, topic: hazard type),
 * found by the pure `repeatIssues` over the read models. A chain is listed when its latest record
 * falls in the period; every earlier record is read too, so a chain that began before the
 * period is seen whole.
 */
export async function repeatIssuesReport(
  db: Kysely<ReadModelDatabase>,
  request: RepeatIssuesRequest,
): Promise<RepeatIssuesReport> {
  const { period } = request;
  const withinDays = request.withinDays ?? 365;
  const minCount = request.minCount ?? 2;
  const kinds = new Set(request.kinds ?? ALL_KINDS);
  const issues: IssueRef[] = [];
  const ref = { propertyRef: request.propertyRef, residentRef: request.residentRef };
  if (kinds.has('SERVICE_REQUEST')) {
    let q = db
      .selectFrom('rm_service_requests')
      .select(['service_request_id as id', 'resident_ref', 'property_ref', 'raised_on as on'])
      .where('raised_on', '<=', period.to);
    if (ref.propertyRef !== undefined) q = q.where('property_ref', '=', ref.propertyRef);
    if (ref.residentRef !== undefined) q = q.where('resident_ref', '=', ref.residentRef);
    for (const r of await q.execute()) issues.push(issue('SERVICE_REQUEST', r, undefined));
  }
  if (kinds.has('COMPLAINT')) {
    let q = db
      .selectFrom('rm_complaints')
      .select([
        'complaint_id as id',
        'resident_ref',
        'property_ref',
        'received_on as on',
        'category',
      ])
      .where('received_on', '<=', period.to);
    if (ref.propertyRef !== undefined) q = q.where('property_ref', '=', ref.propertyRef);
    if (ref.residentRef !== undefined) q = q.where('resident_ref', '=', ref.residentRef);
    for (const r of await q.execute()) issues.push(issue('COMPLAINT', r, r.category));
  }
  if (kinds.has('HAZARD')) {
    let q = db
      .selectFrom('rm_hazard_cases')
      .select(['hazard_id as id', 'resident_ref', 'property_ref', 'aware_on as on', 'hazard_type'])
      .where('aware_on', '<=', period.to);
    if (ref.propertyRef !== undefined) q = q.where('property_ref', '=', ref.propertyRef);
    if (ref.residentRef !== undefined) q = q.where('resident_ref', '=', ref.residentRef);
    for (const r of await q.execute()) issues.push(issue('HAZARD', r, r.hazard_type));
  }
  // Asked about one property (or one resident), the answer is grouped by it alone.
  const by =
    request.by ??
    (ref.propertyRef !== undefined && ref.residentRef === undefined
      ? 'PROPERTY'
      : ref.residentRef !== undefined && ref.propertyRef === undefined
        ? 'RESIDENT'
        : undefined);
  const repeats = repeatIssues(issues, {
    withinDays,
    minCount,
    byTopic: request.byTopic,
  }).filter(
    (r) =>
      r.lastOn >= period.from &&
      (by === undefined || r.by === by) &&
      (ref.propertyRef === undefined || r.by !== 'PROPERTY' || r.ref === ref.propertyRef) &&
      (ref.residentRef === undefined || r.by !== 'RESIDENT' || r.ref === ref.residentRef),
  );
  return { period, withinDays, minCount, repeats };
}

function issue(
  kind: IssueKind,
  r: { id: string; resident_ref: string; property_ref: string | null; on: string },
  topic: string | null | undefined,
): IssueRef {
  return {
    kind,
    id: r.id,
    residentRef: r.resident_ref,
    ...(r.property_ref === null ? {} : { propertyRef: r.property_ref }),
    raisedOn: r.on,
    ...(topic === null || topic === undefined ? {} : { topic }),
  };
}

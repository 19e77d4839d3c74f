import type { Kysely } from 'kysely';
import type { LocalDate } from '@redress/complaints';
import type { Period } from '../../periods/reporting-period';
import type { ReadModelDatabase } from '../../schema/read-model-tables';
import { percentage } from '../figures';
import { cmp } from './hazard-compliance.query';

export interface HazardComplaintLink {
  readonly hazardId: string;
  readonly complaintId: string;
  readonly linkedOn: LocalDate;
  /** Reported inside the complaint (route COMPLAINT), rather than linked afterwards. */
  readonly reportedInComplaint: boolean;
  readonly hazardType: string | null;
  readonly hazardStatus: string;
  /** The complaint's state, or null if its read model has no row (not yet projected). */
  readonly complaintStatus: string | null;
}

export interface HazardLinksReport {
  readonly period: Period;
  /** Hazard cases the landlord became aware of in the period. */
  readonly hazards: number;
  /** Of those, linked to at least one complaint. */
  readonly linkedToComplaints: number;
  readonly linkedPercentage: number | null;
  /** Of those, reported by way of a complaint. */
  readonly reportedInComplaints: number;
  readonly links: HazardComplaintLink[];
}

/**
 * Hazards linked to complaints: the Ombudsman expects Awaab's Law and the complaints policy to
 * run concurrently and checks that a hazard raised in a complaint was recognised and recorded.
 * Counts hazard cases by the day of awareness.
 */
export async function hazardsLinkedToComplaints(
  db: Kysely<ReadModelDatabase>,
  period: Period,
): Promise<HazardLinksReport> {
  const inPeriod = await db
    .selectFrom('rm_hazard_cases')
    .select(['hazard_id', 'route'])
    .where('aware_on', '>=', period.from)
    .where('aware_on', '<=', period.to)
    .execute();
  const rows = await db
    .selectFrom('rm_hazard_complaints as l')
    .innerJoin('rm_hazard_cases as h', 'h.hazard_id', 'l.hazard_id')
    .leftJoin('rm_complaints as c', 'c.complaint_id', 'l.complaint_id')
    .select([
      'l.hazard_id',
      'l.complaint_id',
      'l.linked_on',
      'h.route',
      'h.hazard_type',
      'h.status as hazard_status',
      'c.status as complaint_status',
    ])
    .where('h.aware_on', '>=', period.from)
    .where('h.aware_on', '<=', period.to)
    .execute();
  const links = rows
    .map((r): HazardComplaintLink => ({
      hazardId: r.hazard_id,
      complaintId: r.complaint_id,
      linkedOn: r.linked_on,
      reportedInComplaint: r.route === 'COMPLAINT',
      hazardType: r.hazard_type,
      hazardStatus: r.hazard_status,
      complaintStatus: r.complaint_status,
    }))
    .sort((a, b) => cmp(a.hazardId, b.hazardId) || cmp(a.complaintId, b.complaintId));
  const linked = new Set(links.map((l) => l.hazardId)).size;
  return {
    period,
    hazards: inPeriod.length,
    linkedToComplaints: linked,
    linkedPercentage: percentage(linked, inPeriod.length),
    reportedInComplaints: inPeriod.filter((h) => h.route === 'COMPLAINT').length,
    links,
  };
}

import type { HazardAsOfState } from '@redress/audit';
import { computeDeadlines, londonDateOf, statusOf, type Deadline } from '@redress/complaints';
import { calendar, policies, type LoadedComplaint } from '@redress/complaint-stream';
import type { HazardClock, HazardRecord } from '@redress/hazards';
import { hazardClocksOf, hazardStatus, type LoadedHazardCase } from '@redress/hazard-stream';

/** A complaint about the same matter, as the hazard case shows it: its status and deadlines. */
export interface LinkedComplaintView {
  readonly id: string;
  readonly status: string;
  readonly deadlines: readonly Deadline[];
}

export interface HazardView extends Omit<HazardRecord, 'hazardId' | 'version'> {
  readonly id: string;
  readonly revision: number;
  /** Where the case is in its lifecycle, e.g. `remedying` or `closed.noHazard`. */
  readonly status: string;
  /** The instant the clocks are judged at. */
  readonly asOf: string;
  /** Every Awaab's Law clock (none out of scope or before classification). */
  readonly clocks: readonly HazardClock[];
  readonly complaints: readonly LinkedComplaintView[];
  /** With `view`: which view, the exact moment, and the back-dated entries the views differ on. */
  readonly audit?: Pick<HazardAsOfState, 'view' | 'asOf' | 'findings'>;
}

/** The hazard case folded from its stream, with every clock judged as of an instant. */
export function hazardView(
  loaded: LoadedHazardCase,
  asOf: Date,
  complaints: readonly LoadedComplaint[],
): HazardView {
  const { hazardId, version: _version, ...rest } = loaded.state.hazard!;
  return {
    ...rest,
    id: hazardId,
    revision: loaded.revision,
    status: hazardStatus(loaded.state),
    asOf: asOf.toISOString(),
    clocks: hazardClocksOf(loaded.state, asOf),
    complaints: complaints.map((c) => linkedComplaint(c, asOf)),
  };
}

function linkedComplaint(loaded: LoadedComplaint, asOf: Date): LinkedComplaintView {
  const record = loaded.state.complaint!;
  return {
    id: record.complaintId,
    status: statusOf(loaded.state.lifecycle),
    deadlines: computeDeadlines(
      record,
      londonDateOf(asOf),
      calendar,
      policies.get(record.policyVersion),
    ),
  };
}

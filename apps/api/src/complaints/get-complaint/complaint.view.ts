import type { AsOfState } from '@redress/audit';
import {
  computeDeadlines,
  statusOf,
  type ComplaintRecord,
  type Deadline,
} from '@redress/complaints';
import { calendar, policies } from '@redress/complaint-stream';
import type { HazardSummaryView } from '../../hazards/get-hazard/hazard-summary.view';
import type { LoadedComplaint } from '../shared/complaint-reader.service';

export interface ComplaintView extends Omit<ComplaintRecord, 'complaintId' | 'version'> {
  readonly id: string;
  /** The reference a resident is given, e.g. C-2025-000123 (none for complaints logged before references). */
  readonly reference?: string;
  readonly revision: number;
  /** Where the complaint is in the lifecycle, e.g. `stage1.awaitingResponse`. */
  readonly status: string;
  /** The stage in progress or last reached: 1 or 2. */
  readonly stage: 1 | 2;
  readonly handlers: { readonly stage1?: string; readonly stage2?: string };
  readonly asOf: string;
  readonly deadlines: readonly Deadline[];
  /** Awaab's Law hazard cases linked to it, each with its own clocks beside the complaint's. */
  readonly hazardCases: readonly HazardSummaryView[];
  /** With `view`: which view, the exact moment, and the back-dated entries the views differ on. */
  readonly audit?: Pick<AsOfState, 'view' | 'asOf' | 'findings'>;
}

/** The complaint folded from its stream, with every deadline judged as of a date. */
export function complaintView(
  loaded: Pick<LoadedComplaint, 'state' | 'revision'>,
  asOf: string,
  hazardCases: readonly HazardSummaryView[] = [],
): ComplaintView {
  const record = loaded.state.complaint!;
  const { complaintId, version: _version, ...rest } = record;
  return {
    ...rest,
    id: complaintId,
    revision: loaded.revision,
    status: statusOf(loaded.state.lifecycle),
    stage: record.stage2 ? 2 : 1,
    handlers: { stage1: record.stage1.handlerId, stage2: record.stage2?.handlerId },
    asOf,
    deadlines: computeDeadlines(record, asOf, calendar, policies.get(record.policyVersion)),
    hazardCases,
  };
}

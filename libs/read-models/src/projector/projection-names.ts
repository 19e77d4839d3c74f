import { COMPLAINT_STREAM_PREFIX } from '@redress/complaint-stream';
import { HAZARD_STREAM_PREFIX } from '@redress/hazard-stream';
import { SERVICE_REQUEST_STREAM_PREFIX } from '@redress/service-request-stream';

/**
 * The projection's name: its checkpoint row and its subscription are known by it. One projection
 * with one checkpoint folds complaints, hazard cases and service requests together, rows and
 * checkpoint in one transaction: the reports that join them (hazards linked to complaints, repeat
 * issues across all three, offers to complain beside the complaints they led to) then always see
 * the three at the same point in the log, and one lease, one status and one `settled()` cover
 * every read model. The price is that a new table replays the whole log (migration 0006).
 */
export const COMPLAINT_PROJECTION = 'complaint-read-models';
/** Projections read complaint streams only; other streams (the access log) are not facts about complaints. */
export { COMPLAINT_STREAM_PREFIX };

/** Every stream kind the read models fold; the access log and other streams are not read. */
export const READ_MODEL_STREAM_PREFIXES: readonly string[] = [
  COMPLAINT_STREAM_PREFIX,
  HAZARD_STREAM_PREFIX,
  SERVICE_REQUEST_STREAM_PREFIX,
];

/** The projection's name: its checkpoint row and its subscription are known by it. */
export const COMPLAINT_PROJECTION = 'complaint-read-models';
/** Projections read complaint streams only; other streams (the access log) are not facts about complaints. */
export { COMPLAINT_STREAM_PREFIX } from '@redress/complaint-stream';

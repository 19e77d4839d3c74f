import { ensure } from '../errors/complaint-error';
import type { CodePolicy } from '../policy/code-policy';
import type { ComplaintRecord } from '../state/complaint-state';

/**
 * CHC 6.13: the Stage 2 handler "must not be the same person that considered the complaint at
 * stage 1" — any Stage 1 handler, including one later reassigned. The stricter landlord option
 * also excludes whoever signed or contributed to the Stage 1 response.
 */
export function ensureStage2Independent(
  record: ComplaintRecord,
  handlerId: string,
  policy: CodePolicy,
): void {
  const stage1People = new Set(record.stage1.handlers);
  if (policy.stage2Independence === 'no-stage1-contributor') {
    const response = record.stage1.response;
    if (response)
      [response.respondedBy, ...response.contributors].forEach((p) => stage1People.add(p));
  }
  ensure(
    !stage1People.has(handlerId),
    'STAGE2_HANDLER_CONFLICT',
    `${handlerId} considered this complaint at Stage 1 and cannot handle Stage 2 (CHC 6.13)`,
  );
}

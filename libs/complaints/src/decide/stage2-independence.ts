import { ensure } from '../errors/complaint-error';
import type { CodePolicy } from '../policy/code-policy';
import type { ComplaintRecord } from '../state/complaint-state';

/**
 * CHC 6.13: Stage 2 "must not be the same person that considered the complaint at stage 1":
 * any Stage 1 handler, including one later reassigned, and whoever issued the Stage 1 response.
 * The stricter landlord option also excludes everyone named as contributing to that response.
 */
export function ensureStage2Independent(
  record: ComplaintRecord,
  personId: string,
  policy: CodePolicy,
): void {
  // Identities compare as people mean them: "Alice" at Stage 2 is the "alice" of Stage 1.
  const stage1People = new Set(record.stage1.handlers.map(sameIdentity));
  const response = record.stage1.response;
  if (response) stage1People.add(sameIdentity(response.respondedBy));
  if (response && policy.stage2Independence === 'no-stage1-contributor') {
    response.contributors.forEach((p) => stage1People.add(sameIdentity(p)));
  }
  ensure(
    !stage1People.has(sameIdentity(personId)),
    'STAGE2_HANDLER_CONFLICT',
    `${personId} considered this complaint at Stage 1 and cannot handle Stage 2 (CHC 6.13)`,
  );
}

/** The canonical form of a user id: case and surrounding spaces do not make another person. */
export function sameIdentity(id: string): string {
  return id.trim().toLowerCase();
}

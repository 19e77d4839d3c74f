import type { FastifyReply } from 'fastify';
import type { CommandResponse } from './command.response';

/**
 * The command's answer, with the new revision as the ETag for the next If-Match: the same for
 * complaints, hazard cases and service requests.
 */
export function respond(
  reply: FastifyReply,
  outcome: { readonly id: string; readonly revision: number; readonly reference?: string },
): CommandResponse {
  void reply.header('etag', `"${outcome.revision}"`);
  return {
    id: outcome.id,
    revision: outcome.revision,
    ...(outcome.reference ? { reference: outcome.reference } : {}),
  };
}

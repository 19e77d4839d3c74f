import type { FastifyReply } from 'fastify';
import type { CommandResponse } from './command.response';
import type { CommandOutcome } from './complaint-command.service';

/** The command's answer, with the new revision as the ETag for the next If-Match. */
export function respond(reply: FastifyReply, outcome: CommandOutcome): CommandResponse {
  void reply.header('etag', `"${outcome.revision}"`);
  return {
    id: outcome.id,
    revision: outcome.revision,
    ...(outcome.reference ? { reference: outcome.reference } : {}),
  };
}

import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../../auth/jwt-auth.guard';
import type { RequestContext } from './complaint-command.service';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The request's actor, correlation id, Idempotency-Key and If-Match, checked at the edge. An
 * If-Match is the revision from the complaint's ETag, quoted or not.
 */
export const CommandContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestContext => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.actor) throw new Error('CommandContext needs an authenticated route');
    const key = header(request, 'idempotency-key');
    if (key !== undefined && !KEY.test(key)) {
      throw new BadRequestException('Idempotency-Key must be 1 to 200 visible ASCII characters');
    }
    const ifMatch = header(request, 'if-match');
    let expectedRevision: bigint | undefined;
    if (ifMatch !== undefined) {
      // A strong ETag, quoted or bare (RFC 9110 compares If-Match strongly).
      const match = /^(?:"(-?\d{1,18})"|(-?\d{1,18}))$/.exec(ifMatch.trim());
      if (!match)
        throw new BadRequestException('If-Match must be the ETag of the complaint, e.g. "3"');
      expectedRevision = BigInt((match[1] ?? match[2])!);
    }
    return {
      actor: request.actor,
      correlationId: String(request.id),
      idempotencyKey: key,
      expectedRevision,
    };
  },
);

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

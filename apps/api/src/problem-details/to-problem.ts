import { HttpException, HttpStatus } from '@nestjs/common';
import { ComplaintError } from '@redress/complaints';
import { HazardError } from '@redress/hazards';
import { ServiceRequestError } from '@redress/service-requests';
import {
  ConcurrencyError,
  SealRefused,
  StoreUnavailableError,
  StreamLimitError,
} from '@redress/event-store';
import { InvalidCursorError, InvalidFigureError } from '@redress/read-models';
import { HAZARD_TITLES, SERVICE_REQUEST_TITLES } from './domain-titles';
import { problem, type Problem } from './problem';
import { RequestRefusedException } from './request-refused.exception';
import { ValidationFailedException } from './validation-failed.exception';

const COMPLAINT_STATUS = { 'not-found': 404, invalid: 400, rule: 409 } as const;

/** Fastify's own request errors, by code: parsing happens before any Nest handler runs. */
const FASTIFY_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'BODY_TOO_LARGE', 'Request body too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'MALFORMED_REQUEST',
    'Content-Length does not match the body',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MALFORMED_JSON', 'The JSON body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON', 'The body is not valid JSON'],
};

/**
 * The one mapping from anything thrown to problem details (architecture decision 9). Bad input
 * of any kind is a 4xx; only a fault of Redress itself is a 500.
 */
export function toProblem(
  error: unknown,
  context: { ifMatch: boolean; instance?: string },
): Problem {
  const extra = { instance: context.instance };
  if (error instanceof ComplaintError) {
    return problem(COMPLAINT_STATUS[error.kind], error.code, titleOf(error.code), error.message, {
      ...extra,
      provision: error.provision ?? undefined,
    });
  }
  if (error instanceof HazardError) {
    return problem(
      COMPLAINT_STATUS[error.kind],
      error.code,
      HAZARD_TITLES[error.code],
      error.message,
      {
        ...extra,
        provision: error.rule ?? undefined,
      },
    );
  }
  if (error instanceof ServiceRequestError) {
    const title = SERVICE_REQUEST_TITLES[error.code];
    return problem(COMPLAINT_STATUS[error.kind], error.code, title, error.message, {
      ...extra,
      provision: error.provision ?? undefined,
    });
  }
  if (error instanceof ConcurrencyError) {
    const what = recordKind(error.stream);
    return context.ifMatch
      ? problem(
          412,
          'REVISION_MISMATCH',
          `The ${what} has changed`,
          `The ${what} is at revision ${String(error.actual)}, not the one in If-Match`,
          extra,
        )
      : problem(
          409,
          'CONCURRENCY_CONFLICT',
          'Too many simultaneous changes',
          `The ${what} kept changing while this command was decided; retry`,
          extra,
        );
  }
  if (error instanceof StreamLimitError) {
    return problem(
      409,
      error.code,
      'The complaint has reached its event limit',
      `This complaint already holds the most events one complaint may (${error.limit}, REDRESS_MAX_EVENTS_PER_COMPLAINT); nothing was recorded`,
      extra,
    );
  }
  if (error instanceof StoreUnavailableError) {
    return problem(
      503,
      'STORE_UNAVAILABLE',
      'The event store is unavailable',
      error.message,
      extra,
    );
  }
  if (error instanceof SealRefused) {
    return problem(409, 'SEAL_REFUSED', 'The store was not sealed', error.message, extra);
  }
  if (error instanceof InvalidCursorError) {
    return problem(400, error.code, 'Unknown cursor', error.message, extra);
  }
  if (error instanceof InvalidFigureError) {
    return problem(400, error.code, 'Not a figure the reports give', error.message, extra);
  }
  if (error instanceof ValidationFailedException) {
    return problem(400, 'VALIDATION_FAILED', 'The request is not valid', listFields(error.fields), {
      ...extra,
      errors: error.fields,
    });
  }
  if (error instanceof RequestRefusedException) {
    return problem(error.getStatus(), error.code, error.title, error.message, extra);
  }
  // Fastify's own request errors reach Nest wrapped in an HttpException, the original as cause.
  const fastify = fastifyError(error instanceof HttpException ? error.cause : error);
  if (fastify) return problem(fastify[0], fastify[1], fastify[2], (error as Error).message, extra);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HttpStatus[status] ?? 'HTTP_ERROR';
    // A failed health check keeps its per-indicator report as extension members (RFC 9457 §3.2).
    const body = error.getResponse() as { info?: unknown; error?: unknown; details?: unknown };
    const health =
      typeof body === 'object' && body.details
        ? { info: body.info, error: body.error, details: body.details }
        : {};
    return problem(status, code, titleOf(code), error.message, { ...extra, ...health });
  }
  return problem(
    500,
    'INTERNAL_ERROR',
    'Internal error',
    'Redress failed to handle the request; it has been logged',
    extra,
  );
}

function fastifyError(error: unknown): [number, string, string] | undefined {
  // Only Fastify's own request errors (codes FST_…): a SyntaxError or a 4xx-looking error from
  // Redress itself is a fault of ours, and must stay a logged 500.
  const e = error as { code?: unknown; statusCode?: number } | undefined;
  if (typeof e?.code !== 'string' || !e.code.startsWith('FST_')) return undefined;
  if (FASTIFY_ERRORS[e.code]) return FASTIFY_ERRORS[e.code];
  if (e.code.startsWith('FST_ERR_CTP'))
    return [400, 'MALFORMED_REQUEST', 'The request body could not be read'];
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return [e.statusCode, 'BAD_REQUEST', 'Bad request'];
  return undefined;
}

/** What a stream holds, in words, from its name (`<kind>-<uuid>`). */
function recordKind(stream: string): string {
  if (stream.startsWith('hazard-')) return 'hazard case';
  if (stream.startsWith('service-request-')) return 'service request';
  return 'complaint';
}

function titleOf(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function listFields(fields: readonly { field: string; messages: string[] }[]): string {
  return fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | ');
}

import { ComplaintError } from '@redress/complaints';
import { ConcurrencyError } from '@redress/event-store';
import { toProblem } from './to-problem';

describe('toProblem', () => {
  const context = { ifMatch: false, instance: '/complaints' };

  it('maps domain refusals to 409 with their code and provision', () => {
    const problem = toProblem(
      new ComplaintError('STAGE2_HANDLER_CONFLICT', 'same person'),
      context,
    );
    expect(problem).toMatchObject({
      status: 409,
      code: 'STAGE2_HANDLER_CONFLICT',
      provision: 'CHC 6.13',
    });
  });

  it('maps a conflict to 412 with If-Match and 409 without', () => {
    const error = new ConcurrencyError('complaint-1', 2n, 3n);
    expect(toProblem(error, { ifMatch: true }).status).toBe(412);
    expect(toProblem(error, { ifMatch: false }).status).toBe(409);
  });

  it('keeps a fault of Redress itself a 500, even when it looks like bad input', () => {
    expect(toProblem(new SyntaxError('Unexpected token in stored row'), context)).toMatchObject({
      status: 500,
      code: 'INTERNAL_ERROR',
    });
    expect(toProblem(Object.assign(new Error('x'), { statusCode: 400 }), context).status).toBe(500);
  });

  it("recognises Fastify's own request errors by their code", () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    expect(toProblem(tooLarge, context)).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
  });
});

import type { InjectedResponse } from './api-harness';

/** A deadline as `GET /complaints/{id}` reports it. */
export interface DeadlineView {
  kind: string;
  ref?: string;
  dueOn: string;
  originalDueOn: string;
  status: string;
  extended: boolean;
}

/** A command's success: 200, the new revision in the body and as the ETag. */
export function expectRevision(reply: InjectedResponse, id: string, revision: number): void {
  expect(reply.statusCode).toBe(200);
  expect(reply.json()).toEqual({ id, revision });
  expect(reply.headers.etag).toBe(`"${revision}"`);
}

/** A refusal: problem details with the given status and stable code. */
export function expectProblem(reply: InjectedResponse, status: number, code: string): void {
  expect(reply.statusCode).toBe(status);
  expect(reply.headers['content-type']).toContain('application/problem+json');
  expect(reply.json()).toMatchObject({ status, code });
}

/** One deadline of a complaint view, by kind (and action or order id); fails if absent. */
export function deadline(
  view: { deadlines: DeadlineView[] },
  kind: string,
  ref?: string,
): DeadlineView {
  const found = view.deadlines.find((d) => d.kind === kind && d.ref === ref);
  if (!found) throw new Error(`no ${kind} ${ref ?? ''} deadline`);
  return found;
}

/** RFC 9457 problem details, with Redress's stable `code`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  /** The Code provision behind a rule refusal, when there is one. */
  readonly provision?: string;
  /** For validation failures: every field at fault. */
  readonly errors?: readonly { field: string; messages: string[] }[];
  /** Extension members, e.g. a failed health check's report. */
  readonly [extension: string]: unknown;
}

export function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  return { type: `urn:redress:problem:${code}`, title, status, detail, code, ...extra };
}

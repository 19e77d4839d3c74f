import type { FastifyRequest } from 'fastify';

type Body = Record<string, string | string[] | undefined>;

/** A urlencoded form's field as text (the first value if sent twice), trimmed by default. */
export function formText(
  request: FastifyRequest,
  name: string,
  options: { trim?: boolean } = {},
): string {
  const body = (request.body ?? {}) as Body;
  const raw = body[name];
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return options.trim === false ? value : value.trim();
}

/** Every value of a field that may repeat (checkboxes, repeated rows). */
export function formList(request: FastifyRequest, name: string): string[] {
  const raw = ((request.body ?? {}) as Body)[name];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.map((v) => v.trim());
}

/** The non-empty lines of a textarea: one issue, outcome or adjustment a line. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A GOV.UK date input (day, month, year) as YYYY-MM-DD, or undefined when left blank. */
export function dateField(request: FastifyRequest, name: string): string | undefined | 'invalid' {
  const day = formText(request, `${name}-day`);
  const month = formText(request, `${name}-month`);
  const year = formText(request, `${name}-year`);
  if (!day && !month && !year) return undefined;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'invalid';
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? 'invalid' : iso;
}

/**
 * The characters a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"): `=`,
 * `+`, `-` and `@`, and the tab and carriage return that some spreadsheets strip before
 * looking again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A plain decimal number, optionally negative: a spreadsheet reads it as a number, and nothing
 * after the sign can make it a formula (`-1+2` or `-1)*cmd` do not match).
 */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One cell made safe for a spreadsheet. A text cell that starts like a formula gets a single
 * quote in front, as OWASP advises, so a spreadsheet shows it as text instead of running it:
 * `=HYPERLINK(…)` is written `'=HYPERLINK(…)`. Numbers are left alone, a negative one
 * included (`-87` stays a number a report reader can sum): a plain number cannot carry a formula.
 */
export function neutraliseCell(
  value: string | number | bigint | boolean | null | undefined,
): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value !== 'string') return text;
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

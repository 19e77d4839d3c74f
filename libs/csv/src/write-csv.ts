import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './neutralise-cell';

export type CsvCell = string | number | bigint | boolean | null | undefined;

export interface CsvOptions {
  /** The header row, written as given (it is fixed text, never input). */
  readonly header: readonly string[];
  /** `\r\n` as RFC 4180 says (the default), or `\n`. */
  readonly recordDelimiter?: 'windows' | 'unix';
}

/**
 * The one CSV writer in Redress: RFC 4180 quoting by csv-stringify, and every cell passed through
 * `neutraliseCell`, so text a resident or an officer typed (a reference, a description) cannot
 * run as a formula in the spreadsheet that opens the file.
 */
export function writeCsv(rows: Iterable<readonly CsvCell[]>, options: CsvOptions): string {
  const safe: string[][] = [[...options.header]];
  for (const row of rows) safe.push(row.map(neutraliseCell));
  return stringify(safe, { record_delimiter: options.recordDelimiter ?? 'windows' });
}

import { stringify } from 'csv-stringify/sync';
import type { ExportDocument } from '../export/export-document';
import { exportRows } from './export-rows';

/** RFC 4180 CSV, quoted by csv-stringify: narrations are full of commas and quotes. */
export function renderExportCsv(doc: ExportDocument): string {
  return stringify([['section', 'item', 'field', 'value'], ...exportRows(doc)], {
    record_delimiter: 'windows',
  });
}

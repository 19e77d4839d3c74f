import { writeCsv } from '@redress/csv';
import type { ExportDocument } from '../export/export-document';
import { exportRows } from './export-rows';

/**
 * RFC 4180 CSV: narrations are full of commas and quotes, and the description and references
 * are typed by residents and officers, so every cell is neutralised against formulas.
 */
export function renderExportCsv(doc: ExportDocument): string {
  return writeCsv(exportRows(doc), { header: ['section', 'item', 'field', 'value'] });
}

/**
 * @redress/csv: the CSV writer every CSV Redress produces goes through (the complaint export, the
 * annual report), with spreadsheet formulas neutralised cell by cell.
 */
export * from './neutralise-cell';
export * from './write-csv';

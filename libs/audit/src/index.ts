/**
 * @redress/audit: what auditors ask of a complaint. Replays its history as recorded or as in
 * business time at any moment, narrates each event, compares two moments, builds the export for
 * the Ombudsman and renders it; walks hash chains and keeps the access log. The replay, history,
 * diff and export model are pure; only `store/` touches the event store port.
 */
export * from './audited-event';
export * from './audit-context';
export * from './moment';
export * from './as-of/select-events';
export * from './as-of/state-as-of';
export * from './as-of/hazard-state-as-of';
export * from './history/narrate-event';
export * from './history/narrate-hazard-event';
export * from './history/history-rows';
export * from './diff/diff-states';
export * from './diff/diff-hazard-states';
export * from './export/export-document';
export * from './export/hazard-export-document';
export * from './store/complaint-events.reader';
export * from './store/hazard-events.reader';
export * from './store/record-export';
export * from './store/verify-log';
export * from './store/verify-store';
export * from './store/latest-seal';
export * from './store/stream-against-seal';
export * from './store/access-log';
export * from './render/text-table';
export * from './render/history-table.renderer';
export * from './render/state-text.renderer';
export * from './render/hazard-state-text.renderer';
export * from './render/export-rows';
export * from './render/export-csv.renderer';
export * from './render/export-html.renderer';
export * from './render/hazard-export.renderer';
export * from './render/store-verdict-words';

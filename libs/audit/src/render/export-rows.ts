import type { ExportDocument } from '../export/export-document';

export type ExportRow = readonly [section: string, item: string, field: string, value: string];

const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** An object's defined fields as rows of one section and item. */
export function fields(section: string, item: string, value: object): ExportRow[] {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [section, item, k, text(v)] as const);
}

/**
 * The export flattened to section / item / field / value rows: one shape that a spreadsheet,
 * a case-management import and a reviewer's filter all read without knowing the JSON.
 */
export function exportRows(doc: ExportDocument): ExportRow[] {
  const rows: ExportRow[] = [
    ['verification', '', 'intact', String(doc.verification.intact)],
    ['verification', '', 'events', String(doc.verification.events)],
    ['verification', '', 'headHash', doc.verification.headHash],
    ...(doc.verification.firstBreak
      ? fields('verification', 'firstBreak', doc.verification.firstBreak)
      : []),
    ...(doc.verification.latestSeal
      ? fields('verification', 'latestSeal', doc.verification.latestSeal)
      : []),
    ['complaint', '', 'complaintId', doc.complaintId],
    ['complaint', '', 'status', doc.status],
    ['complaint', '', 'policyVersion', doc.policyVersion],
    ['complaint', '', 'generatedAt', doc.generatedAt],
    ['complaint', '', 'deadlinesJudgedOn', doc.asOf],
    ...fields('intake', '', doc.intake),
  ];
  if (doc.notAccepted) rows.push(...fields('not accepted', '', doc.notAccepted));
  for (const s of doc.stages) {
    const { extensions, response, definition, ...dates } = s;
    const item = `stage ${s.stage}`;
    rows.push(...fields('stage', item, dates));
    if (definition) rows.push(...fields('definition', item, definition));
    extensions.forEach((e, i) => rows.push(...fields('extension', `${item} #${i + 1}`, e)));
    if (response) {
      const { decisions, remedies, outstandingActions, ...rest } = response;
      rows.push(...fields('response', item, rest));
      decisions.forEach((d) => rows.push(...fields('decision', `${item} ${d.issueId}`, d)));
      remedies.forEach((r) => rows.push(...fields('remedy', r.actionId, r)));
      outstandingActions.forEach((a) => rows.push(...fields('outstanding action', a.actionId, a)));
    }
  }
  doc.actions.forEach((a) => rows.push(...fields('action', a.actionId, a)));
  doc.closures.forEach((c, i) => rows.push(...fields('closure', `#${i + 1}`, c)));
  if (doc.withdrawal) rows.push(...fields('withdrawal', '', doc.withdrawal));
  if (doc.ombudsman) {
    const { findings, orders, ...rest } = doc.ombudsman;
    rows.push(...fields('ombudsman', '', rest));
    findings.forEach((f) => rows.push(['ombudsman finding', f.issue, 'finding', f.finding]));
    orders.forEach((o) => rows.push(...fields('ombudsman order', o.orderId, o)));
  }
  for (const d of doc.deadlines)
    rows.push(...fields('deadline', d.ref ? `${d.kind} ${d.ref}` : d.kind, d));
  for (const h of doc.history) {
    rows.push(...fields('history', `#${h.revision}`, { ...h, hash: undefined }));
  }
  return rows;
}

/**
 * The reference a report prints for a complaint. Complaints have no allocated human reference
 * yet, so the reference is derived from the id: `C-` and the id's first eight characters in
 * capitals (`C-3F9A1B2C`). Eight hex characters keep the chance that two complaints of a year
 * share one below one in a hundred thousand for a few thousand complaints; the full id stays in
 * the JSON and CSV outputs.
 */
export function complaintReference(complaintId: string): string {
  const compact = complaintId.replace(/-/g, '');
  return /^[0-9a-f]{8}/i.test(compact) ? `C-${compact.slice(0, 8).toUpperCase()}` : complaintId;
}

import type { ReferenceIndex } from '../../../complaints/reference/reference-index.service';

/**
 * Where each complaint's page is, by its reference (`C-2025-000123`) when one was allocated,
 * else by its id: reports name complaints by id, the workbench by reference.
 */
export async function complaintLinks(
  references: ReferenceIndex,
  items: readonly { complaintId: string; receivedOn?: string }[],
): Promise<Record<string, { reference: string; href: string }>> {
  const known = await references.referencesOf(items);
  return Object.fromEntries(
    items.map(({ complaintId }) => {
      const reference = known[complaintId] ?? complaintId;
      return [complaintId, { reference, href: complaintPage(reference) }];
    }),
  );
}

/** A complaint's page in the workbench, by its reference or id. */
export function complaintPage(referenceOrId: string): string {
  return `/web/complaints/${encodeURIComponent(referenceOrId)}`;
}

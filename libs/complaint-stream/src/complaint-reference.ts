/**
 * References an officer can read out to a resident: `C-2025-000123`, the year of receipt and a
 * number counted within it. The number is the revision the allocation took in that year's
 * stream, so two complaints can never share one (the store's optimistic concurrency decides).
 */
export const REFERENCE_PATTERN = /^C-(\d{4})-(\d{6,})$/i;
export const REFERENCE_STREAM_PREFIX = 'reference-';

export function referenceStream(year: string): string {
  return `${REFERENCE_STREAM_PREFIX}${year}`;
}

export function formatReference(year: string, revision: bigint): string {
  return `C-${year}-${String(revision + 1n).padStart(6, '0')}`;
}

/** The reference in one spelling (upper case), or undefined when it is not one. */
export function parseReference(value: string): string | undefined {
  const match = REFERENCE_PATTERN.exec(value.trim());
  return match ? `C-${match[1]}-${match[2]}` : undefined;
}

export interface ReferenceAllocated {
  readonly type: 'ReferenceAllocated';
  readonly data: { readonly reference: string; readonly complaintId: string };
}

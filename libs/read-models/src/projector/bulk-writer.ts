import type { Position } from '@redress/event-store';
import type { ComplaintRowSet } from '../projection/complaint-rows';

/**
 * A rebuild's writer into its fresh suffixed tables: rows in bulk, each flush in one transaction
 * with the checkpoint. A complaint written before (evicted from memory and seen again) has its
 * rows replaced. Each database has its own, chosen for speed; the rows come from the same pure
 * `complaintRowSet` as the live path, so the result is the same.
 */
export interface BulkWriter {
  write(sets: readonly ComplaintRowSet[], position: Position, at: Date): Promise<void>;
}

export const CHILD_TABLES = [
  'rm_actions',
  'rm_learning',
  'rm_findings',
  'rm_orders',
  'rm_obligations',
] as const;

/** Positions are stored zero-padded so that text order is log order, on any database. */
export const padPosition = (n: bigint): string => n.toString().padStart(20, '0');

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Exactly one projector writes the read models at a time (several api processes or projector
 * processes may run). The active one holds the lease; the others call `hold()` now and then and
 * take over when it is free. Projection writes are idempotent (revision and checkpoint guards),
 * so even a lease lost a moment too late cannot move a read model backwards or count twice.
 */
export interface ProjectorLease {
  /** Who this process is, in logs and in the SQLite lease row. */
  readonly holder: string;
  /** Takes the lease, or keeps it; true while this process holds it. */
  hold(): Promise<boolean>;
  /** Gives it up at once (a clean stop), so a standby need not wait for it to expire. */
  release(): Promise<void>;
}

export const newHolderId = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

import type { WorkQueue } from '@redress/read-models';
import type { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { calendar } from '@redress/complaint-stream';
import type { UserDirectory } from '@redress/users';

export interface WorkRow {
  readonly complaintId: string;
  readonly reference: string;
  readonly owner: string | null;
  readonly ownerName: string | null;
  readonly status: string;
  readonly kind: string;
  readonly dueOn: string;
  readonly rag: string;
  readonly workingDays: number;
  readonly vulnerable: boolean;
}

/**
 * The work queue as rows for a page. Tolerant of the queue's shape: an item may name its
 * `owner` (one obligation, one owner) or only the complaint's `handler`.
 */
export async function workRows(
  queue: Pick<WorkQueue, 'items'> | { readonly items: readonly object[] },
  asOf: string,
  references: ReferenceIndex,
  directory: UserDirectory,
): Promise<WorkRow[]> {
  const items = queue.items as unknown as readonly Record<string, unknown>[];
  const refs = await references.referencesOf(
    items.map((i) => ({
      complaintId: String(i.complaintId),
      receivedOn: i.receivedOn as string | undefined,
    })),
  );
  const people = new Map((await directory.list()).map((u) => [u.id, u.name]));
  return items.map((item) => {
    // A work-queue item has its `obligation`; a complaint-list item `nextDeadline`.
    const deadline = (item.obligation ?? item.deadline ?? item.nextDeadline ?? {}) as {
      kind?: string;
      dueOn?: string;
      owner?: string | null;
    };
    const dueOn = String(deadline.dueOn ?? item.dueOn ?? asOf);
    const owner = (deadline.owner ?? item.owner ?? item.handler ?? null) as string | null;
    const id = String(item.complaintId);
    const workingDays = calendar.workingDaysBetween(asOf, dueOn);
    return {
      complaintId: id,
      reference: refs[id] ?? id.slice(0, 8),
      owner,
      ownerName: owner ? (people.get(owner) ?? owner) : null,
      status: String(item.status ?? ''),
      kind: String(deadline.kind ?? item.kind ?? ''),
      dueOn,
      // The queue's own colour when it gives one; otherwise its rule: missed, or due within 2.
      rag: String(item.rag ?? (dueOn < asOf ? 'red' : workingDays <= 2 ? 'amber' : 'green')),
      // Negative when overdue: working days from today to the due date.
      workingDays,
      vulnerable: Boolean(item.vulnerable),
    };
  });
}

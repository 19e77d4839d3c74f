import { ReferenceBook, referenceStream } from '@redress/complaint-stream';
import { commands as c, Scenario } from '@redress/complaints/testing';
import { appendChainedBatch, MemoryEventStore } from '@redress/event-store';
import type { ReadModelConnection } from '@redress/read-models';
import { appendHistory } from '@redress/read-models/testing/append-history';
import { projectIncrementally } from '@redress/read-models/testing/project-histories';
import { ComplaintObligationsSource } from './complaint-obligations.source';

const REFERENCED = '3f9a1b2c-0000-4000-8000-000000000001';
const OLDER = '7c2d4e6f-0000-4000-8000-000000000002';

describe('complaint obligations as an alert source', () => {
  let store: MemoryEventStore;
  let rm: ReadModelConnection;

  beforeAll(async () => {
    store = new MemoryEventStore();
    const history = Scenario.start().on('2025-04-17', c.log()).on('2025-04-22', c.acknowledge1());
    await appendHistory(store, REFERENCED, history.events);
    await appendHistory(store, OLDER, history.events);
    // Only the first was given a reference: the other was logged before references existed.
    await appendChainedBatch(store, referenceStream('2025'), () => [
      {
        type: 'ReferenceAllocated',
        data: { reference: 'C-2025-000123', complaintId: REFERENCED },
        actor: { id: 'olivia', role: 'officer' },
      },
    ]);
    rm = await projectIncrementally(store);
  });
  afterAll(() => rm.close());

  it('names each complaint by its allocated reference, and links its page by it', async () => {
    const source = new ComplaintObligationsSource(rm.db, new ReferenceBook(store));
    const open = await source.openObligations(new Date('2025-04-23T09:00:00Z'));
    const response = (id: string) =>
      open.find((o) => o.caseId === id && o.kind === 'STAGE1_RESPONSE');
    expect(response(REFERENCED)).toMatchObject({
      caseRef: 'C-2025-000123',
      path: '/web/complaints/C-2025-000123',
    });
    // Without an allocation the id names it in full: no made-up reference a resident never saw.
    expect(response(OLDER)).toMatchObject({ caseRef: OLDER, path: `/web/complaints/${OLDER}` });
  });
});

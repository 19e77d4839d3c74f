import { startApi, type ApiHarness } from '../support/api-harness';
import { LaterRevisionStore } from '../support/later-revision-store';

/**
 * A complaint stream whose first event is not revision 0 (EventStoreDB after a truncate-before,
 * or a stream deleted and written again): the ETag must be the last event's revision, not the
 * number of events read, or every If-Match an officer sends back is refused.
 */
describe('a complaint stream that begins at a later revision', () => {
  const OFFSET = 5n;
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi({ store: new LaterRevisionStore(OFFSET) })));
  afterAll(() => api.close());

  async function logComplaint(): Promise<string> {
    const logged = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'EMAIL', residentRef: 'R-1', description: 'Damp in the bedroom' },
    });
    expect(logged.statusCode).toBe(201);
    return logged.json().id;
  }

  it('is written and read back from the later revision (the simulation holds)', async () => {
    const id = await logComplaint();
    const recorded = await api.store.readStream(`complaint-${id}`);
    expect(recorded.map((r) => r.revision)).toEqual([OFFSET]);
  });

  it('GET answers with the last event revision as ETag, and If-Match with it goes through', async () => {
    const id = await logComplaint();
    const first = await api.request({ method: 'GET', url: `/complaints/${id}`, role: 'officer' });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe(`"${OFFSET}"`);
    expect(first.json().revision).toBe(Number(OFFSET));

    const ack = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: {
        handlerId: 'alice',
        definition: { issues: [{ summary: 'Damp not treated' }], outcomesSought: ['Repair'] },
      },
      headers: { 'if-match': first.headers.etag as string },
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toEqual({ id, revision: Number(OFFSET) + 1 });

    const second = await api.request({ method: 'GET', url: `/complaints/${id}`, role: 'officer' });
    expect(second.headers.etag).toBe(`"${OFFSET + 1n}"`);
    expect(second.json().status).toBe('stage1.awaitingResponse');
  });

  it('still refuses a stale If-Match with 412', async () => {
    const id = await logComplaint();
    const stale = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: {
        handlerId: 'alice',
        definition: { issues: [{ summary: 'Damp not treated' }], outcomesSought: ['Repair'] },
      },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.statusCode).toBe(412);
  });
});

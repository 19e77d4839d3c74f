import { readComplaintEvents } from '@redress/audit';
import { readComplaint, upcasters } from '@redress/complaint-stream';
import { startApi, type ApiHarness } from '../support/api-harness';

/**
 * The complaint stream has one serializer and one upcaster registry (decision 2): an upcaster
 * registered there must reach the officers' reads and the auditors' history, export and verify
 * alike, or the two would see different events. Registering mutates this test file's own copy
 * of the registry only (Jest loads modules afresh for each file).
 */
describe('an upcaster registered in the one registry', () => {
  const MARK = ' [lifted to schema version 2]';
  let api: ApiHarness;
  let id: string;

  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
    const logged = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'EMAIL', residentRef: 'R-1', description: 'Damp in the bedroom' },
    });
    expect(logged.statusCode).toBe(201);
    id = logged.json().id;
    // Written at version 1; from now on ComplaintReceived is at version 2 and v1 is lifted on read.
    upcasters.register('ComplaintReceived', 1, (data) => ({
      ...data,
      description: `${String(data.description)}${MARK}`,
    }));
  });
  afterAll(() => api.close());

  const lifted = 'Damp in the bedroom' + MARK;

  it('is seen by the api reader', async () => {
    const loaded = (await readComplaint(api.store, id))!;
    expect(loaded.state.complaint?.description).toBe(lifted);
    const events = await api.request({
      method: 'GET',
      url: `/complaints/${id}/events`,
      role: 'governance',
    });
    expect(events.json()[0].data.description).toBe(lifted);
    const view = await api.request({ method: 'GET', url: `/complaints/${id}`, role: 'officer' });
    expect(view.json().description).toBe(lifted);
  });

  it('is seen by the audit reader, its export and its verification', async () => {
    const found = (await readComplaintEvents(api.store, id))!;
    expect(found.events[0]!.event.data).toMatchObject({ description: lifted });
    // The stored bytes are never rewritten: the chain still verifies over them.
    expect(found.recorded[0]!.data).toMatchObject({ description: 'Damp in the bedroom' });
    const exported = await api.request({
      method: 'GET',
      url: `/complaints/${id}/export?format=json`,
      role: 'auditor',
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain(lifted);
    const verified = await api.request({
      method: 'GET',
      url: `/audit/verify?complaint=${id}`,
      role: 'auditor',
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ intact: true });
  });
});

import { startApi, type ApiHarness } from '../support/api-harness';

/** Service requests (CHC 1.4) and the offer to complain (CHC 1.3, 1.5) over HTTP. */
describe('service requests and the offer to complain over HTTP', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi({ today: '2025-11-03' })));
  afterAll(() => api.close());

  const post = (url: string, body: object, headers: Record<string, string> = {}) =>
    api.request({ method: 'POST', url, role: 'officer', body, headers });
  const get = (url: string) => api.request({ method: 'GET', url, role: 'governance' });

  async function raise(residentRef: string): Promise<string> {
    const raised = await post('/service-requests', {
      residentRef,
      propertyRef: 'P-7',
      channel: 'PHONE',
      description: 'Kitchen tap dripping',
    });
    expect(raised.statusCode).toBe(201);
    expect(raised.headers.location).toBe(`/service-requests/${raised.json().id}`);
    return raised.json().id;
  }

  it('an accepted offer logs a complaint through the complaint path and links it', async () => {
    api.clock.today = '2025-11-03';
    const id = await raise('R-7');
    expect(
      (await post(`/service-requests/${id}/in-hand`, { assignee: 'repairs' })).statusCode,
    ).toBe(200);
    // CHC 1.5: dissatisfaction while the request is still in hand.
    api.clock.today = '2025-11-05';
    const offered = await post(`/service-requests/${id}/offers`, {
      dissatisfaction: 'Nobody came on the day promised',
    });
    expect(offered.statusCode).toBe(200);
    expect(offered.json()).toMatchObject({ id, offerId: 'O1' });

    const accepted = await post(`/service-requests/${id}/offers/O1/accept`, {});
    expect(accepted.statusCode).toBe(200);
    const { complaintId, reference } = accepted.json();
    expect(accepted.headers.location).toBe(`/complaints/${complaintId}`);
    // Referenced like any logged complaint, and found by that reference.
    expect(reference).toMatch(/^C-\d{4}-\d{6}$/);
    expect((await get(`/complaints/${reference}`)).json()).toMatchObject({ id: complaintId });

    const complaint = (await get(`/complaints/${complaintId}`)).json();
    expect(complaint).toMatchObject({
      id: complaintId,
      status: 'received',
      serviceRequestId: id,
      residentRef: 'R-7',
      propertyRef: 'P-7',
      channel: 'PHONE',
      description: 'Nobody came on the day promised',
      receivedOn: '2025-11-05',
    });
    const request = (await get(`/service-requests/${id}`)).json();
    expect(request).toMatchObject({
      id,
      status: 'inHand',
      offers: [{ offerId: 'O1', whileOpen: true, status: 'ACCEPTED', complaintId }],
    });

    // A retry of the acceptance answers the same and logs no second complaint.
    const retry = await post(`/service-requests/${id}/offers/O1/accept`, {});
    expect(retry.json()).toEqual(accepted.json());
    const streams = new Set((await api.store.readAll()).map((e) => e.stream));
    expect([...streams].filter((s) => s.startsWith('complaint-'))).toEqual([
      `complaint-${complaintId}`,
    ]);

    // The request itself carries on: done, whatever the complaint does.
    expect(
      (await post(`/service-requests/${id}/done`, { outcome: 'Tap washer replaced' })).statusCode,
    ).toBe(200);
    expect((await get(`/service-requests/${id}`)).json().status).toBe('done');
  });

  it('a declined offer is kept, with the resident’s words, and logs no complaint', async () => {
    api.clock.today = '2025-11-03';
    const id = await raise('R-8');
    await post(`/service-requests/${id}/done`, { outcome: 'Tap replaced' });
    await post(`/service-requests/${id}/offers`, { dissatisfaction: 'It took a week' });
    const before = (await api.store.readAll()).length;
    const declined = await post(`/service-requests/${id}/offers/O1/decline`, {
      residentsWords: 'Just wanted it fixed',
    });
    expect(declined.statusCode).toBe(200);
    expect((await api.store.readAll()).length).toBe(before + 1);
    expect((await get(`/service-requests/${id}`)).json().offers).toEqual([
      expect.objectContaining({
        offerId: 'O1',
        whileOpen: false,
        status: 'DECLINED',
        residentsWords: 'Just wanted it fixed',
      }),
    ]);
    // The answer is final: accepting afterwards is refused, and no complaint is logged.
    const late = await post(`/service-requests/${id}/offers/O1/accept`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'OFFER_ALREADY_ANSWERED',
      title: 'That offer has already been answered',
      provision: 'CHC 1.3',
    });
    expect((await api.store.readAll()).length).toBe(before + 1);
    const events = (await get(`/service-requests/${id}/events`)).json();
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'ServiceRequestRaised',
      'ServiceRequestCompleted',
      'ComplaintOffered',
      'ComplaintOfferDeclined',
    ]);
  });

  it('answers bad input with problem details and writes nothing', async () => {
    api.clock.today = '2025-11-03';
    const id = await raise('R-9');
    const before = (await api.store.readAll()).length;
    const bad = await post('/service-requests', { residentRef: '', channel: 'PIGEON' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['channel', 'description', 'residentRef']);
    expect((await post(`/service-requests/${id}/offers/first/accept`, {})).statusCode).toBe(400);
    const unknownOffer = await post(`/service-requests/${id}/offers/O9/accept`, {});
    expect(unknownOffer.statusCode).toBe(409);
    expect(unknownOffer.json().code).toBe('UNKNOWN_OFFER');
    const noSuch = await post('/service-requests/00000000-0000-4000-8000-0000000000ff/offers', {
      dissatisfaction: 'x',
    });
    expect(noSuch.statusCode).toBe(404);
    expect(noSuch.json().code).toBe('SERVICE_REQUEST_NOT_FOUND');
    const future = await post(`/service-requests/${id}/done`, {
      outcome: 'x',
      effectiveOn: '2025-11-04',
    });
    expect(future.statusCode).toBe(409);
    expect(future.json().code).toBe('DATE_IN_FUTURE');
    const stale = await post(
      `/service-requests/${id}/in-hand`,
      { assignee: 'repairs' },
      { 'if-match': '"5"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().title).toBe('The service request has changed');
    expect((await api.store.readAll()).length).toBe(before);
  });
});

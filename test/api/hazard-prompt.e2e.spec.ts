import { startApi, type ApiHarness } from '../support/api-harness';

/**
 * POST /complaints answers with `hazardPrompt` when the description mentions damp or mould in a
 * home Awaab's Law may reach (SI 2025/1042, in force 27 October 2025). Nothing is opened.
 */
describe('the damp and mould prompt on the API’s log response', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ today: '2025-11-03' });
  });
  afterAll(() => api.close());

  const log = (body: object) =>
    api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'EMAIL', residentRef: 'R-1', ...body },
    });

  it('prompts for black mould in a low cost rental home, and opens nothing', async () => {
    const response = await log({ description: 'Black mould and condensation', tenure: 'LCRA' });
    expect(response.statusCode).toBe(201);
    expect(response.json().hazardPrompt).toEqual({
      words: ['mould', 'condensation'],
      reportWith: 'POST /hazards',
    });
    const complaint = await api.request({
      method: 'GET',
      url: `/complaints/${response.json().id}`,
      role: 'auditor',
    });
    expect(complaint.json().hazardIds).toEqual([]);
  });

  it('does not prompt without the words, for shared ownership, or before commencement', async () => {
    expect((await log({ description: 'Rude call handler' })).json()).not.toHaveProperty(
      'hazardPrompt',
    );
    expect(
      (await log({ description: 'Mould in the hall', tenure: 'LCHO' })).json(),
    ).not.toHaveProperty('hazardPrompt');
    const before = await log({
      description: 'Mould in the hall',
      effectiveOn: '2025-10-24',
      backdateReason: 'Letter opened late',
    });
    expect(before.statusCode).toBe(201);
    expect(before.json()).not.toHaveProperty('hazardPrompt');
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await api.request({ method: 'GET', url: '/openapi.json' })).json();
    const created = document.paths['/complaints'].post.responses['201'];
    expect(JSON.stringify(created)).toContain('LogComplaintResponse');
    expect(document.components.schemas.LogComplaintResponse.properties).toHaveProperty(
      'hazardPrompt',
    );
    expect(document.components.schemas.HazardPromptResponse.required).toEqual([
      'words',
      'reportWith',
    ]);
  });

  it('uses the landlord’s own words (REDRESS_HAZARD_PROMPT_WORDS)', async () => {
    const own = await startApi({
      today: '2025-11-03',
      env: { REDRESS_HAZARD_PROMPT_WORDS: 'wet patch,mould' },
    });
    try {
      const response = await own.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { channel: 'EMAIL', residentRef: 'R-1', description: 'A wet patch and damp' },
      });
      expect(response.json().hazardPrompt.words).toEqual(['wet patch']);
    } finally {
      await own.close();
    }
  });
});

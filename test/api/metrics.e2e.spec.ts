import { startApi, type ApiHarness } from '../support/api-harness';

describe('GET /metrics', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('counts commands by type and outcome, with a latency histogram, for admins only', async () => {
    const body = { channel: 'EMAIL', residentRef: 'R-1', description: 'Leak' };
    const { id } = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body })
    ).json();
    await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: {
        handlerId: 'a',
        definition: { issues: [{ summary: 'x' }], outcomesSought: [] },
        effectiveOn: '2020-01-01',
        backdateReason: 'typo',
      },
    });
    expect(
      (await api.request({ method: 'GET', url: '/metrics', role: 'officer' })).statusCode,
    ).toBe(403);
    const scrape = await api.request({ method: 'GET', url: '/metrics', role: 'admin' });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toContain('text/plain');
    expect(scrape.body).toContain(
      'redress_commands_total{command="LogComplaint",outcome="accepted",code=""} 1',
    );
    expect(scrape.body).toContain(
      'redress_commands_total{command="AcknowledgeStage1",outcome="refused",code="DATE_BEFORE_PREVIOUS_STEP"} 1',
    );
    expect(scrape.body).toMatch(
      /redress_command_duration_seconds_count\{command="LogComplaint"\} 1/,
    );
  });
});

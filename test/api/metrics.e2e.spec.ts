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

describe('GET /metrics on the embedded store', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi({ onDisk: true })), 60_000);
  afterAll(() => api.close());

  it("counts the store's commits and the appends and events they carried", async () => {
    const scrape = async () => {
      const { body } = await api.request({ method: 'GET', url: '/metrics', role: 'admin' });
      const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(body)?.[1]);
      return {
        commits: value('redress_store_commits_total'),
        appends: value('redress_store_appends_total'),
        events: value('redress_store_events_total'),
      };
    };
    const before = await scrape();
    const body = { channel: 'EMAIL', residentRef: 'R-1', description: 'Leak' };
    // Logged together, so group commit may put them in one commit; each is one append (the
    // complaint and its reference, all or nothing) of two events.
    const logged = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.request({ method: 'POST', url: '/complaints', role: 'officer', body }),
      ),
    );
    expect(logged.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const after = await scrape();
    expect(after.appends - before.appends).toBe(8);
    expect(after.events - before.events).toBe(16);
    expect(after.commits - before.commits).toBeGreaterThanOrEqual(1);
    expect(after.commits - before.commits).toBeLessThanOrEqual(8);
  });
});

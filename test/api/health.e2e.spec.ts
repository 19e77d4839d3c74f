import { PolicyRegistry } from '@redress/complaints';
import { startApi, type ApiHarness } from '../support/api-harness';

describe('GET /health', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('is public and reports the Code policy in force', async () => {
    const response = await api.request({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      policyVersion: PolicyRegistry.default().current().version,
    });
  });
});

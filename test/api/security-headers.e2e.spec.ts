import { startApi, type ApiHarness, type InjectedResponse } from '../support/api-harness';

// Hundreds of requests each: generous on a busy two-core machine (no timing is asserted).
jest.setTimeout(120_000);

const valid = { channel: 'EMAIL', residentRef: 'R-1', description: 'Damp in the bedroom' };

/** What every response must carry, whatever its type (issue 11: HTML exports had none). */
function expectSecurityHeaders(response: InjectedResponse): void {
  const csp = String(response.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).not.toContain('upgrade-insecure-requests');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['strict-transport-security']).toContain('max-age=');
}

describe('security headers on every response', () => {
  let api: ApiHarness;
  let id: string;
  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
    id = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json().id;
    await api.settled();
  });
  afterAll(() => api.close());

  it.each([
    ['a JSON query', `/complaints/{id}`, 'manager', 'application/json'],
    ['an HTML export', `/complaints/{id}/export?format=html`, 'auditor', 'text/html'],
    ['a CSV export', `/complaints/{id}/export?format=csv`, 'auditor', 'text/csv'],
    [
      'the HTML annual report',
      '/reports/annual?year=2025/26&format=html',
      'governance',
      'text/html',
    ],
    ['Swagger UI', '/docs', undefined, 'text/html'],
    ['the OpenAPI document', '/openapi.json', undefined, 'application/json'],
    ['/health', '/health', undefined, 'application/json'],
    ['a 404 problem', '/nowhere', 'admin', 'application/problem+json'],
    ['a 401 problem', '/complaints', undefined, 'application/problem+json'],
  ] as const)('%s', async (_name, url, role, type) => {
    const response = await api.request({ method: 'GET', url: url.replace('{id}', id), role });
    expect(String(response.headers['content-type'])).toContain(type);
    expectSecurityHeaders(response);
  });

  it('on a refused command too', async () => {
    const response = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: 'null',
    });
    expect(response.statusCode).toBe(400);
    expectSecurityHeaders(response);
  });

  it('Swagger UI needs no exception: its page loads scripts only from this origin, none inline', async () => {
    const page = (await api.request({ method: 'GET', url: '/docs' })).body;
    const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes!)?.[1] ?? '';
      expect(src).toMatch(/^\.?\/docs\/[\w.-]+\.js$/);
      const script = await api.request({ method: 'GET', url: src.replace(/^\./, '') });
      expect(script.statusCode).toBe(200);
    }
  });
});

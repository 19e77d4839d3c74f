import { ROLES, type Role } from '@redress/users';
import { startApi, type ApiHarness } from '../support/api-harness';

// Every endpoint × every role: a few hundred requests, generous on a busy two-core machine.
jest.setTimeout(60_000);

/**
 * Every endpoint in the OpenAPI document × every role, and no token at all. The expectations
 * are the documented matrix (docs/api.md), written out here rather than read from the code.
 */
const PUBLIC = ['/health', '/'];
const expectedRoles = (method: string, path: string): readonly Role[] => {
  if (path === '/metrics') return ['admin'];
  if (path === '/audit/seals' && method === 'post') return ['admin'];
  if (path === '/audit/store-verification') return ['auditor', 'admin'];
  if (path.startsWith('/alerts/dead-letters')) return ['admin'];
  if (path === '/alerts/sent') return ['manager', 'governance', 'auditor', 'admin'];
  if (path.startsWith('/reports/')) return ['manager', 'governance', 'auditor', 'admin'];
  if (method === 'get') return ROLES;
  return ['officer', 'manager', 'admin'];
};

describe('role × endpoint matrix', () => {
  let api: ApiHarness;
  let endpoints: { method: string; path: string }[];

  beforeAll(async () => {
    api = await startApi();
    const document = (await api.request({ method: 'GET', url: '/openapi.json' })).json();
    endpoints = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => ({ method, path })),
    );
  });
  afterAll(() => api.close());

  it('the OpenAPI document lists the endpoints', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(6);
    expect(endpoints).toContainEqual({ method: 'post', path: '/complaints' });
    // The hazard case and service request routes are walked like every other.
    for (const endpoint of [
      { method: 'post', path: '/hazards' },
      { method: 'post', path: '/hazards/{id}/classify' },
      { method: 'post', path: '/hazards/{id}/close' },
      { method: 'get', path: '/hazards/{id}' },
      { method: 'get', path: '/hazards/{id}/events' },
      { method: 'post', path: '/service-requests' },
      { method: 'post', path: '/service-requests/{id}/offers/{offerId}/accept' },
      { method: 'post', path: '/service-requests/{id}/offers/{offerId}/decline' },
      { method: 'get', path: '/service-requests/{id}' },
    ])
      expect(endpoints).toContainEqual(endpoint);
  });

  it('no role reaches an endpoint it is not allowed, and no request without a token succeeds', async () => {
    const failures: string[] = [];
    const someId = '00000000-0000-4000-8000-000000000001';
    for (const { method, path } of endpoints) {
      const url = path.replace(/\{[^}]+\}/g, someId);
      const verb = method.toUpperCase() as 'GET' | 'POST';
      const body = verb === 'POST' ? {} : undefined;
      const anonymous = await api.request({ method: verb, url, body });
      if (PUBLIC.includes(path)) continue;
      if (anonymous.statusCode !== 401)
        failures.push(`${verb} ${path} without a token → ${anonymous.statusCode}`);
      for (const role of ROLES) {
        const response = await api.request({ method: verb, url, role, body });
        const allowed = expectedRoles(method, path).includes(role);
        if (!allowed && response.statusCode !== 403)
          failures.push(`${verb} ${path} as ${role} → ${response.statusCode}, expected 403`);
        if (allowed && [401, 403].includes(response.statusCode))
          failures.push(`${verb} ${path} as ${role} → ${response.statusCode}, expected access`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('shows a browser opening / the sign-in page, which links to the API docs, without a token', async () => {
    const home = await api.request({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Sign in');
    expect(home.body).toContain('href="/docs"');
  });

  it('serves the API docs and the OpenAPI document without a token', async () => {
    expect((await api.request({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
    const docs = await api.request({ method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

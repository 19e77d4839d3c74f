import { MemoryEventStore } from '@redress/event-store';
import { startApi, type ApiHarness } from '../support/api-harness';

// Hundreds of requests each: generous on a busy two-core machine (no timing is asserted).
jest.setTimeout(120_000);

const valid = { channel: 'EMAIL', residentRef: 'R-1', description: 'Damp in the bedroom' };
const definition = { issues: [{ summary: 'Damp not treated' }], outcomesSought: [] };

/** Every event in the store, across streams: bad input must leave it unchanged. */
async function allEvents(api: ApiHarness): Promise<number> {
  return (await api.store.readAll()).length;
}

describe('bad input is refused with problem details and writes nothing', () => {
  let api: ApiHarness;
  let id: string;
  beforeAll(async () => {
    api = await startApi({ store: new MemoryEventStore() });
    id = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json().id;
  });
  afterAll(() => api.close());

  const corpus: [string, () => Parameters<ApiHarness['request']>[0], number, string][] = [
    [
      'malformed JSON',
      () => ({ method: 'POST', url: '/complaints', role: 'officer', body: '{"channel": "EMAIL",' }),
      400,
      'MALFORMED_JSON',
    ],
    [
      'an empty body',
      () => ({ method: 'POST', url: '/complaints', role: 'officer', body: '' }),
      400,
      'MALFORMED_JSON',
    ],
    [
      'a JSON array',
      () => ({ method: 'POST', url: '/complaints', role: 'officer', body: [valid] }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'wrong types',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, vulnerable: 'yes', residentRef: 12 },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a missing field',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { channel: 'EMAIL', residentRef: 'R' },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown field',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, priority: 'high' },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown channel',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, channel: 'PIGEON' },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an impossible date',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, effectiveOn: '2023-02-29' },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a date in another format',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, effectiveOn: '17/04/2025' },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a receipt instant without a zone',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, receivedAt: '2025-04-17T09:00:00' },
      }),
      400,
      'INVALID_COMMAND',
    ],
    [
      'a very long string',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, residentRef: 'R'.repeat(101) },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a huge body',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { ...valid, description: 'x'.repeat(300 * 1024) },
      }),
      413,
      'BODY_TOO_LARGE',
    ],
    [
      'a wrong content type',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: 'channel=EMAIL',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a non-uuid complaint id',
      () => ({
        method: 'POST',
        url: '/complaints/not-a-uuid/acknowledge',
        role: 'officer',
        body: { handlerId: 'a', definition },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown complaint',
      () => ({
        method: 'POST',
        url: '/complaints/00000000-0000-4000-8000-000000000000/acknowledge',
        role: 'officer',
        body: { handlerId: 'a', definition },
      }),
      404,
      'COMPLAINT_NOT_FOUND',
    ],
    [
      'nested bad input',
      () => ({
        method: 'POST',
        url: `/complaints/${id}/acknowledge`,
        role: 'officer',
        body: { handlerId: 'a', definition: { issues: [{ summary: 5 }], outcomesSought: 'x' } },
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a malformed If-Match',
      () => ({
        method: 'POST',
        url: `/complaints/${id}/acknowledge`,
        role: 'officer',
        body: { handlerId: 'a', definition },
        headers: { 'if-match': 'yesterday' },
      }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a malformed Idempotency-Key',
      () => ({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: valid,
        headers: { 'idempotency-key': 'a'.repeat(300) },
      }),
      400,
      'BAD_REQUEST',
    ],
    ['no token', () => ({ method: 'POST', url: '/complaints', body: valid }), 401, 'UNAUTHORIZED'],
    [
      'a forged token',
      () => ({
        method: 'POST',
        url: '/complaints',
        body: valid,
        headers: {
          authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.AAAA',
        },
      }),
      401,
      'UNAUTHORIZED',
    ],
    [
      'a read-only role commanding',
      () => ({ method: 'POST', url: '/complaints', role: 'auditor', body: valid }),
      403,
      'FORBIDDEN',
    ],
    [
      'an unknown route',
      () => ({ method: 'GET', url: '/nowhere', role: 'admin' }),
      404,
      'NOT_FOUND',
    ],
    [
      'an invalid asOf',
      () => ({ method: 'GET', url: `/complaints/${id}?asOf=2025-13-01`, role: 'auditor' }),
      400,
      'VALIDATION_FAILED',
    ],
    ...(
      [
        ['an unknown query parameter', `/complaints?zzUnknown=1`],
        ['a query parameter named toString', `/complaints?toString=1`],
        ['a query parameter named constructor', `/work-queue?constructor=x`],
        ['a query parameter named __proto__', `/complaints?__proto__=x`],
        ['a repeated scalar query parameter', `/complaints?limit=5&limit=6`],
        ['a repeated date', `/work-queue?asOf=2025-04-17&asOf=2025-04-18`],
        ['a very long query value', `/complaints?handler=${'h'.repeat(5000)}`],
        ['a limit over the maximum', `/complaints?limit=100000`],
        ['a work-queue limit over the maximum', `/work-queue?limit=100000`],
        ['a work-queue limit of zero', `/work-queue?limit=0`],
        ['a fractional limit', `/work-queue?limit=1.5`],
        ['an unknown query parameter on the work queue', `/work-queue?page=2`],
      ] as const
    ).map(([name, url]): [string, () => Parameters<ApiHarness['request']>[0], number, string] => [
      name,
      () => ({ method: 'GET', url, role: 'officer' }),
      400,
      'VALIDATION_FAILED',
    ]),
  ];

  it.each(corpus)('%s → %i %s', async (_name, request, status, code) => {
    const before = await allEvents(api);
    const response = await api.request(request());
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status, code });
    expect(await allEvents(api)).toBe(before);
  });

  it('lists every bad field at once', async () => {
    const response = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'PIGEON', residentRef: '', vulnerable: 'no' },
    });
    const fields = response
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['channel', 'description', 'residentRef', 'vulnerable']);
  });

  it('stores script and SQL text as plain data, never executing or rejecting it', async () => {
    const hostile = {
      ...valid,
      description: "<script>alert('x')</script>'; DROP TABLE events; --",
      residentRef: "R' OR '1'='1",
    };
    const created = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: hostile,
    });
    expect(created.statusCode).toBe(201);
    const view = await api.request({
      method: 'GET',
      url: `/complaints/${created.json().id}`,
      role: 'auditor',
    });
    expect(view.json()).toMatchObject({
      description: hostile.description,
      residentRef: hostile.residentRef,
    });
  });
});

describe('idempotency and concurrency', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi({ today: '2025-04-17' })));
  afterAll(() => api.close());

  it('a retried command with the same Idempotency-Key returns the first response and appends nothing', async () => {
    const headers = { 'idempotency-key': 'letter-2025-04-17-0042' };
    const first = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: valid,
      headers,
    });
    const again = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: valid,
      headers,
    });
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
    const { id } = first.json();
    const ackHeaders = { 'idempotency-key': 'ack-0042' };
    const ack1 = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: { handlerId: 'a', definition },
      headers: ackHeaders,
    });
    const ack2 = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: { handlerId: 'a', definition },
      headers: ackHeaders,
    });
    expect(ack2.json()).toEqual(ack1.json());
    expect(await api.store.readStream(`complaint-${id}`)).toHaveLength(2);
  });

  it('If-Match: a stale revision gets 412, the current one goes through', async () => {
    const { id } = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json();
    const etag = (await api.request({ method: 'GET', url: `/complaints/${id}`, role: 'officer' }))
      .headers.etag as string;
    expect(etag).toBe('"0"');
    const stale = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: { handlerId: 'a', definition },
      headers: { 'if-match': '"3"' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'REVISION_MISMATCH' });
    const fresh = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: { handlerId: 'a', definition },
      headers: { 'if-match': etag },
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('20 parallel commands on one complaint: exactly the legal ones apply, the rest are refused', async () => {
    const { id } = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json();
    const acks = Array.from({ length: 10 }, (_, i) =>
      api.request({
        method: 'POST',
        url: `/complaints/${id}/acknowledge`,
        role: 'officer',
        body: { handlerId: `h${i}`, definition },
      }),
    );
    const pinned = Array.from({ length: 10 }, () =>
      api.request({
        method: 'POST',
        url: `/complaints/${id}/acknowledge`,
        role: 'officer',
        body: { handlerId: 'p', definition },
        headers: { 'if-match': '"0"' },
      }),
    );
    const responses = await Promise.all([...acks, ...pinned]);
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.every((s) => s === 200 || s === 409 || s === 412)).toBe(true);
    const stream = await api.store.readStream(`complaint-${id}`);
    expect(stream.map((e) => e.type)).toEqual(['ComplaintReceived', 'Stage1Acknowledged']);
  });

  it("records the caller's X-Request-Id as the correlation id of the events it caused", async () => {
    const created = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: valid,
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    const events = await api.request({
      method: 'GET',
      url: `/complaints/${created.json().id}/events`,
      role: 'auditor',
    });
    expect(events.json()[0].metadata.correlationId).toBe('trace-abc-123');
  });
});

describe('dates and ids at the edge', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi({ today: '2025-04-17' })));
  afterAll(() => api.close());

  it('refuses dates outside 2000–2099 before any working-day arithmetic runs', async () => {
    const { id } = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json();
    const far = await api.request({
      method: 'GET',
      url: `/complaints/${id}?asOf=9999-12-31`,
      role: 'auditor',
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().code).toBe('VALIDATION_FAILED');
    const ancient = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { ...valid, effectiveOn: '0001-01-01', backdateReason: 'archive' },
    });
    expect(ancient.statusCode).toBe(400);
  });

  it('finds a complaint whatever the case of its id, and refuses a weak ETag', async () => {
    const { id } = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json();
    expect(
      (
        await api.request({
          method: 'GET',
          url: `/complaints/${id.toUpperCase()}`,
          role: 'auditor',
        })
      ).statusCode,
    ).toBe(200);
    const weak = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: { handlerId: 'a', definition },
      headers: { 'if-match': 'W/"0"' },
    });
    expect(weak.statusCode).toBe(400);
  });
});

/** `depth` nested arrays (or objects) around a number, as JSON text. */
function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}
function nestedObjects(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Members every object inherits, and `prototype`: each is an unknown key like any other. */
const INHERITED_NAMES = [
  ...Object.getOwnPropertyNames(Object.prototype).filter((name) => name !== '__proto__'),
  'prototype',
];

describe('every command route refuses hostile bodies at the edge', () => {
  let api: ApiHarness;
  let id: string;
  let routes: string[];
  const figures = { requests: 0, serverErrors: 0 };
  beforeAll(async () => {
    api = await startApi({ store: new MemoryEventStore() });
    id = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json().id;
    const document = (await api.request({ method: 'GET', url: '/openapi.json' })).json();
    routes = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .filter(([, methods]) => 'post' in methods)
      .map(([path]) => path.replace('{id}', id));
  });
  afterAll(async () => {
    // The figures the hardening issue asks for: how many bad requests, how many 5xx.
    console.log(
      `bad-input corpus over every command route: ${figures.requests} requests, ${figures.serverErrors} answered 5xx`,
    );
    await api.close();
  });

  /** Sends the raw body to every command route; returns each route whose answer was not `want`. */
  async function sendToEvery(
    body: string,
    want: { status: number; code: string },
  ): Promise<string[]> {
    const wrong: string[] = [];
    for (const url of routes) {
      const before = await allEvents(api);
      const response = await api.request({ method: 'POST', url, role: 'officer', body });
      figures.requests++;
      if (response.statusCode >= 500) figures.serverErrors++;
      const problem = response.json();
      const written = (await allEvents(api)) - before;
      if (
        response.statusCode !== want.status ||
        problem.code !== want.code ||
        !String(response.headers['content-type']).includes('application/problem+json') ||
        written !== 0
      )
        wrong.push(`${url}: ${response.statusCode} ${problem.code} (${written} written)`);
    }
    return wrong;
  }

  it('covers all 20 command routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  const deep: [string, string][] = [
    ['1,500 nested arrays in an unknown field', `{"zz":${nestedArrays(1500)},"channel":"EMAIL"}`],
    ['2,500 nested objects in an unknown field', `{"zz":${nestedObjects(2500)}}`],
    ['10,000 nested arrays in a known field', `{"definition":${nestedArrays(10_000)}}`],
    ['2,500 nested objects in a known field', `{"reason":${nestedObjects(2500)}}`],
    ['a body that is itself 5,000 nested arrays', nestedArrays(5000)],
    ['nesting one level over the bound', `{"zz":${nestedArrays(32)}}`],
    ['mixed arrays and objects', `{"zz":${'[{"a":'.repeat(600)}1${'}]'.repeat(600)}}`],
    ['unbalanced nesting', `{"zz":${'['.repeat(3000)}`],
  ];
  it.each(deep)('%s → 400 BODY_TOO_DEEP on every route', async (_name, body) => {
    expect(await sendToEvery(body, { status: 400, code: 'BODY_TOO_DEEP' })).toEqual([]);
  });

  const notObjects = ['null', '[]', '[{}]', '0', '42', '-1.5', '"text"', '""', 'true', 'false'];
  it.each(notObjects)('a JSON %s body → 400 VALIDATION_FAILED on every route', async (body) => {
    expect(await sendToEvery(body, { status: 400, code: 'VALIDATION_FAILED' })).toEqual([]);
  });

  it.each(INHERITED_NAMES)(
    'an unknown key named %s → 400 VALIDATION_FAILED on every route, at the top and nested',
    async (name) => {
      const top = JSON.stringify({ [name]: 1, ...valid });
      expect(await sendToEvery(top, { status: 400, code: 'VALIDATION_FAILED' })).toEqual([]);
      const nested = JSON.stringify({
        handlerId: 'h',
        definition: { issues: [{ summary: 'x', [name]: 'y' }], outcomesSought: [] },
        decisions: [{ issue: 'x', decision: 'UPHELD', reason: 'r', [name]: {} }],
      });
      expect(await sendToEvery(nested, { status: 400, code: 'VALIDATION_FAILED' })).toEqual([]);
    },
  );

  it('a __proto__ key, at the top or nested, → 400 VALIDATION_FAILED on every route', async () => {
    for (const body of [
      `{"__proto__":{"role":"admin"},"channel":"EMAIL"}`,
      `{"definition":{"issues":[{"summary":"x","__proto__":{"a":1}}],"outcomesSought":[]}}`,
      `{"constructor":{"prototype":{"a":1}}}`,
    ])
      expect(await sendToEvery(body, { status: 400, code: 'VALIDATION_FAILED' })).toEqual([]);
  });

  it('brackets and quotes inside strings are text, not nesting', async () => {
    const created = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { ...valid, description: `${'[{'.repeat(900)}\\"${'"'.repeat(10)}` },
    });
    expect(created.statusCode).toBe(201);
  });

  it('a null body no longer withdraws a complaint (nor escalates or refers it)', async () => {
    for (const action of ['withdraw', 'request-escalation', 'ombudsman-referral']) {
      const response = await api.request({
        method: 'POST',
        url: `/complaints/${id}/${action}`,
        role: 'officer',
        body: 'null',
      });
      expect(response.statusCode).toBe(400);
    }
    const complaint = await api.request({
      method: 'GET',
      url: `/complaints/${id}`,
      role: 'officer',
    });
    expect(complaint.json().status).toBe('received');
  });
});

describe('a complaint stream has a maximum length', () => {
  let api: ApiHarness;
  beforeAll(
    async () => (api = await startApi({ env: { REDRESS_MAX_EVENTS_PER_COMPLAINT: '10' } })),
  );
  afterAll(() => api.close());

  it('refuses the command that would pass REDRESS_MAX_EVENTS_PER_COMPLAINT with 409 STREAM_LIMIT_REACHED', async () => {
    const { id } = (
      await api.request({ method: 'POST', url: '/complaints', role: 'officer', body: valid })
    ).json();
    const adjust = (n: number) =>
      api.request({
        method: 'POST',
        url: `/complaints/${id}/record-adjustment`,
        role: 'officer',
        body: { adjustment: `Large print, letter ${n}` },
      });
    for (let n = 1; n < 10; n++) expect((await adjust(n)).statusCode).toBe(200);
    const refused = await adjust(10);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 409, code: 'STREAM_LIMIT_REACHED' });
    expect(refused.json().detail).toContain('REDRESS_MAX_EVENTS_PER_COMPLAINT');
    expect(await api.store.readStream(`complaint-${id}`)).toHaveLength(10);
    // Reading it is still possible: the limit bounds writes only.
    expect(
      (await api.request({ method: 'GET', url: `/complaints/${id}`, role: 'auditor' })).statusCode,
    ).toBe(200);
  });
});

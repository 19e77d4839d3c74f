import { Writable } from 'node:stream';
import pino from 'pino';
import { startApi, type ApiHarness } from '../support/api-harness';

// Hundreds of requests each: generous on a busy two-core machine (no timing is asserted).
jest.setTimeout(120_000);

const valid = { channel: 'EMAIL', residentRef: 'R-1', description: 'Damp in the bedroom' };

interface LogLine {
  level: number;
  msg: string;
  correlationId?: string;
  method?: string;
  url?: string;
  status?: number;
  durationMs?: number;
  [key: string]: unknown;
}

/**
 * The api with its real logger writing to a stream the test reads, serving on a real socket:
 * every request must leave exactly one JSON line with its correlation id (issue 11: a newcomer's
 * log held two request lines after several hundred requests, and no 404).
 */
describe('one JSON log line per request', () => {
  let api: ApiHarness;
  let base: string;
  const written: string[] = [];
  const lines = (): LogLine[] =>
    written
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine);
  const requestLines = () =>
    lines().filter((l) => l.msg === 'request' || l.msg === 'request failed');

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written.push(chunk.toString('utf8'));
        callback();
      },
    });
    api = await startApi({ logger: pino({ level: 'info' }, stream) });
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => api.close());

  it('logs a command with the caller’s X-Request-Id, the same id that is stored on its event', async () => {
    const token = await api.token('officer');
    const response = await fetch(`${base}/complaints`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-request-id': 'trace-me-456',
      },
      body: JSON.stringify(valid),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('trace-me-456');
    const { id } = (await response.json()) as { id: string };
    const [event] = await api.store.readStream(`complaint-${id}`);
    expect(event!.metadata).toMatchObject({ correlationId: 'trace-me-456' });
    const line = requestLines().find((l) => l.correlationId === 'trace-me-456');
    expect(line).toMatchObject({ method: 'POST', url: '/complaints', status: 201 });
    expect(typeof line!.durationMs).toBe('number');
    expect(JSON.stringify(lines())).not.toContain(token);
  });

  it('generates an id when none is sent, and logs it, echoes it and stores it alike', async () => {
    const token = await api.token('officer');
    const response = await fetch(`${base}/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(valid),
    });
    const generated = response.headers.get('x-request-id')!;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const { id } = (await response.json()) as { id: string };
    const [event] = await api.store.readStream(`complaint-${id}`);
    expect(event!.metadata).toMatchObject({ correlationId: generated });
    expect(requestLines().filter((l) => l.correlationId === generated)).toHaveLength(1);
  });

  it('logs 404s, refusals and every one of several hundred requests, once each', async () => {
    const before = requestLines().length;
    const sent: { url: string; status: number; id: string }[] = [];
    const send = async (url: string, init: RequestInit = {}) => {
      const id = `probe-${sent.length}`;
      const response = await fetch(`${base}${url}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), 'x-request-id': id },
      });
      await response.arrayBuffer();
      sent.push({ url, status: response.status, id });
    };
    await send('/nowhere');
    await send('/complaints');
    await send('/complaints', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"channel":',
    });
    for (let i = 0; i < 300; i++) await send(i % 3 === 0 ? '/health' : `/missing-${i}`);
    // The last line is written as the last response is sent: give the stream a moment.
    for (let wait = 0; requestLines().length < before + sent.length && wait < 100; wait++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const logged = requestLines().slice(before);
    expect(logged).toHaveLength(sent.length);
    for (const { url, status, id } of sent) {
      expect(logged.filter((l) => l.correlationId === id)).toEqual([
        expect.objectContaining({ url, status }),
      ]);
    }
    expect(sent.slice(0, 3).map((s) => s.status)).toEqual([404, 401, 400]);
  });
});

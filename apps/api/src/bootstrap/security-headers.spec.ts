import { createServer, get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet, { type HelmetOptions } from 'helmet';
import { securityHeadersFor } from './security-headers';

/** The headers helmet's own middleware puts on a real response, as a client receives them. */
async function helmetOnARealResponse(options: HelmetOptions): Promise<IncomingHttpHeaders> {
  const middleware = helmet(options);
  const server = createServer((request, response) => {
    response.setHeader('X-Powered-By', 'something');
    middleware(request, response, () => response.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) =>
      get({ host: '127.0.0.1', port, path: '/' }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.headers));
      }).on('error', reject),
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('security headers worked out once', () => {
  it.each([
    [
      'the api’s options',
      { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } },
    ],
    ['helmet’s defaults', {}],
  ] as const)('are the headers helmet sets on every response, with %s', async (_name, options) => {
    const once = securityHeadersFor(options);
    const real = await helmetOnARealResponse(options);
    for (const [name, value] of Object.entries(once)) expect(real[name]).toBe(value);
    // Nothing helmet sets is missing (the rest are the server's own: date, length, ...).
    const own = ['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'];
    expect(
      Object.keys(real)
        .filter((h) => !own.includes(h))
        .sort(),
    ).toEqual(Object.keys(once).sort());
    expect(real['x-powered-by']).toBeUndefined();
  });

  it('refuses options helmet refuses, when the api starts rather than on a request', () => {
    expect(() =>
      securityHeadersFor({ contentSecurityPolicy: { directives: { 'default-src': ['none'] } } }),
    ).toThrow();
  });
});

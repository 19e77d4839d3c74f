import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPrivateAddress } from '@redress/users';
import { postWebhook, publicOnlyLookup } from './webhook-post';

describe('posting a webhook', () => {
  let server: Server;
  let url: string;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        received.push(body);
        res.writeHead(204).end();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  it('delivers to a private address only when the switch allows it', async () => {
    const post = (allowPrivate: boolean) =>
      postWebhook(url, { 'content-type': 'application/json' }, '{"n":1}', {
        timeoutMs: 5_000,
        allowPrivate,
      });
    await expect(post(false)).rejects.toThrow(
      /loopback, private or link-local address; webhooks go only to public addresses unless REDRESS_WEBHOOK_ALLOW_PRIVATE=true/,
    );
    expect(received).toEqual([]);
    expect(await post(true)).toBe(204);
    expect(received).toEqual(['{"n":1}']);
  });

  it('refuses a name that resolves to a private address, at the lookup the connection uses', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      publicOnlyLookup('localhost', {}, (e) => resolve(e)),
    );
    expect(error?.message).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1), a loopback, private or link-local address$/,
    );
  });

  it('knows loopback, private, link-local and reserved addresses from public ones', () => {
    const refused = [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ];
    const allowed = [
      '8.8.8.8',
      '172.32.0.1',
      '192.169.0.1',
      '2a00:1450:4009:81f::200e',
      '::ffff:8.8.8.8',
    ];
    expect(refused.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(allowed.filter((a) => isPrivateAddress(a))).toEqual([]);
  });
});

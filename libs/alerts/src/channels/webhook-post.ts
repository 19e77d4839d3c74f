import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress, privateDestinationProblem } from '@redress/users';

/**
 * A DNS lookup that refuses names resolving to a loopback, private or link-local address. It is
 * the lookup the connection itself uses, so the address checked is the address connected to: a
 * name cannot pass a check and then resolve elsewhere (DNS rebinding).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) =>
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused)
      return callback(
        new Error(
          `${hostname} resolves to ${refused.address}, a loopback, private or link-local address`,
        ),
        '',
        0,
      );
    if (options.all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });

/**
 * POSTs a body and answers the status. Redirects are not followed (a 3xx is a failure), and
 * unless private destinations are allowed, neither the URL's host nor what its name resolves to
 * may be a loopback, private or link-local address.
 */
export async function postWebhook(
  address: string,
  headers: Record<string, string>,
  body: string,
  options: { readonly timeoutMs: number; readonly allowPrivate: boolean },
): Promise<number> {
  const url = new URL(address);
  if (!options.allowPrivate) {
    const problem = privateDestinationProblem(url);
    if (problem) throw new Error(problem);
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        // The whole exchange, not only a quiet socket: a receiver answering a byte at a time
        // must not hold the notifier's round.
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        response.resume(); // the answer's body is not read, only drained
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

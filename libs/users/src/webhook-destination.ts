import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must not reach unless the landlord allows it: the server's own loopback,
 * private networks (RFC 1918, unique local IPv6), link-local (where cloud metadata services
 * answer, 169.254.169.254), carrier-grade NAT, "this network", multicast and reserved ranges. A
 * person's webhook URL is typed by an admin, but the request is made by the server, from inside
 * the landlord's network: without this it could be aimed at services no one outside can reach.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address (v4, v6, or v4 mapped into v6) is loopback, private or link-local. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPrivateAddress(mapped[1]!);
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) return PRIVATE.check(address, 'ipv6');
  return false;
}

/** The configuration switch that allows private destinations, named in every refusal. */
export const ALLOW_PRIVATE_WEBHOOKS = 'REDRESS_WEBHOOK_ALLOW_PRIVATE';

/**
 * Why a webhook URL's host is refused, or undefined when it may be used: `localhost` names and
 * literal private addresses are refused here; a name that resolves to one is refused when the
 * notifier connects (see `privateLookupGuard`).
 */
export function privateDestinationProblem(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const local = host === 'localhost' || host.endsWith('.localhost');
  if (!local && !isPrivateAddress(host)) return undefined;
  return `"${url.host}" is a loopback, private or link-local address; webhooks go only to public addresses unless ${ALLOW_PRIVATE_WEBHOOKS}=true`;
}

import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv4 } from 'node:net';
import { parseProxyEntry } from '../config/network-keys.js';

/**
 * Who a request comes from. Every per-address budget (login failures, visitor tokens, upgrades) keys on
 * the address this file derives, for HTTP routes and WebSocket upgrades alike, so that a client cannot
 * get a fresh budget by switching between the two.
 */

/** Decides whether a hop may be believed about the address before it (fastify's trustProxy takes the same). */
export type TrustProxy = (address: string, hop: number) => boolean;

/** "::ffff:1.2.3.4" is 1.2.3.4: the same client whichever socket family accepted it. */
function unmapped(address: string): string {
  return address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
}

/** server.trusted_proxies as a trust function; with no entries nobody is trusted and X-Forwarded-For is ignored. */
export function trustProxies(entries: readonly string[]): TrustProxy {
  if (entries.length === 0) return () => false;
  const list = new BlockList();
  for (const entry of entries) {
    // The config schema has refused anything parseProxyEntry does not take.
    for (const block of parseProxyEntry(entry) ?? []) list.addSubnet(block.address, block.prefix, block.family);
  }
  return (address) => {
    const plain = unmapped(address);
    return list.check(plain, isIPv4(plain) ? 'ipv4' : 'ipv6');
  };
}

/**
 * The client's address: the peer of the socket unless the peer is a trusted proxy, in which case the
 * X-Forwarded-For entries are walked from the right (the nearest hop first) past every trusted one. What a
 * client writes at the left of that header is never believed unless all the hops after it are trusted.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  let address = unmapped(req.socket.remoteAddress ?? '');
  if (!trust(address, 0)) return address;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  for (let hop = 1; forwarded.length > 0; hop++) {
    address = unmapped(forwarded.pop()!);
    if (!trust(address, hop)) return address;
  }
  return address;
}

/**
 * The key an address's budgets are charged to: an IPv4 address as it is, an IPv6 address by its /64 — one
 * subscriber usually holds a whole /64 and could otherwise take a fresh budget with every address in it.
 */
export function addressGroup(address: string): string {
  const plain = unmapped(address);
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = plain.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => (g === '' ? '0' : g.toLowerCase().replace(/^0+(?=.)/, ''))).join(':')}::/64`;
}

import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { addressGroup, clientAddress, trustProxies, UsedSignatures } from '../src/server/auth/index.js';
import { AddressBudget } from '../src/server/http/address-budget.js';
import { WukfError } from '../src/proto/errors.js';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('the client address', () => {
  it('ignores X-Forwarded-For unless the peer is a trusted proxy', () => {
    const none = trustProxies([]);
    expect(clientAddress(request('203.0.113.7', '1.2.3.4'), none)).toBe('203.0.113.7');
    const trusted = trustProxies(['127.0.0.1', '10.0.0.0/8']);
    expect(clientAddress(request('203.0.113.7', '1.2.3.4'), trusted)).toBe('203.0.113.7');
    expect(clientAddress(request('127.0.0.1', '1.2.3.4'), trusted)).toBe('1.2.3.4');
    expect(clientAddress(request('::ffff:127.0.0.1', '1.2.3.4'), trusted)).toBe('1.2.3.4');
  });

  it('walks the header from the nearest hop past trusted proxies only, so a client cannot forge the left of it', () => {
    const trusted = trustProxies(['loopback', '10.0.0.0/8']);
    // The client wrote "6.6.6.6"; nginx (10.1.1.1) appended the real peer, then the local proxy forwarded.
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.4, 10.1.1.1'), trusted)).toBe('198.51.100.4');
    expect(clientAddress(request('::1', '2001:db8::1'), trusted)).toBe('2001:db8::1');
    // Every hop trusted: the leftmost is the best there is.
    expect(clientAddress(request('127.0.0.1', '10.0.0.9'), trusted)).toBe('10.0.0.9');
    expect(clientAddress(request('127.0.0.1'), trusted)).toBe('127.0.0.1');
  });

  it('groups IPv6 addresses by their /64 and leaves IPv4 as it is', () => {
    expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(addressGroup('2001:0DB8:0000:0001:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressGroup('2001:db8:0:2::1')).not.toBe(addressGroup('2001:db8:0:1::1'));
  });
});

describe('AddressBudget', () => {
  it('allows a burst of the per-minute amount, then one every 60/N s, with the wait in the refusal', () => {
    const budget = new AddressBudget(6, 'visitor tokens', 'limits.visitor_tokens_per_minute');
    for (let i = 0; i < 6; i++) budget.charge('a', 0);
    let refusal: unknown;
    try {
      budget.charge('a', 0);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(WukfError);
    expect(refusal).toMatchObject({ code: 'WUKF_E_RATE_LIMITED', retryAfterMs: 10_000 });
    expect((refusal as Error).message).toContain('limits.visitor_tokens_per_minute: 6 per minute');
    // Another address has its own budget; the first gets one back after 10 s.
    expect(() => budget.charge('b', 0)).not.toThrow();
    expect(() => budget.charge('a', 10_000)).not.toThrow();
    expect(() => budget.charge('a', 10_000)).toThrow(WukfError);
  });

  it('keeps memory bounded under a flood of distinct addresses and still refuses the busy one', () => {
    const budget = new AddressBudget(3, 'upgrades', 'limits.upgrades_per_minute', 1_000);
    for (let i = 0; i < 3; i++) budget.charge('busy', 0);
    for (let i = 0; i < 50_000; i++) {
      budget.charge(`flood-${i}`, 0);
      if (i % 100 === 0) expect(() => budget.charge('busy', 0)).toThrow(WukfError);
    }
    expect(budget.size).toBeLessThanOrEqual(1_000);
  });
});

describe('UsedSignatures', () => {
  it('refuses a signature the second time within its window, in any letter case, and forgets it after', () => {
    const used = new UsedSignatures();
    used.use('ABCDEF', 10_000, 0);
    expect(() => used.use('abcdef', 10_000, 5_000)).toThrow('signature: already used');
    expect(() => used.use('abcdef', 20_000, 10_000)).not.toThrow();
  });

  it('refuses new signatures rather than forget live ones when full, and makes room as they expire', () => {
    const used = new UsedSignatures(3);
    used.use('a', 1_000, 0);
    used.use('b', 2_000, 0);
    used.use('c', 3_000, 0);
    let refusal: unknown;
    try {
      used.use('d', 4_000, 500);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toMatchObject({ code: 'WUKF_E_RATE_LIMITED', retryAfterMs: 500 });
    expect(() => used.use('a', 9_000, 600)).toThrow('already used');
    used.use('d', 4_000, 1_000);
    expect(used.size).toBe(3);
  });
});

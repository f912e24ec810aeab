import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, renderConfig } from '../src/server/config/index.js';

describe('auth and origin config keys', () => {
  it('has the documented defaults', () => {
    const config = defaultConfig();
    expect(config.server.allowed_origins).toEqual([]);
    expect(config.server.trusted_proxies).toEqual([]);
    expect(config.auth).toEqual({
      agent_token_ttl: 12 * 3600,
      visitor_token_ttl: 24 * 3600,
      anonymous_visitors: true,
      identity_max_skew: 300,
      identity_single_use: false,
      login_attempts: 5,
      login_address_failures: 20,
      login_account_failures: 20,
      login_max_delay: 300,
    });
  });

  it('renders a list of origins on one line that parses back to the same list', () => {
    const values = defaultConfig();
    values.server.allowed_origins = ['https://shop.example.com', 'http://localhost:3000', '*'];
    values.auth.anonymous_visitors = false;
    const text = renderConfig(values);
    expect(text).toContain('  allowed_origins: [ https://shop.example.com, http://localhost:3000, "*" ]\n');
    expect(text).toContain('  # (default: [])\n');
    expect(parseConfig(YAML.parse(text), 'wukf.yaml')).toEqual(values);
    expect(YAML.parse(renderConfig(defaultConfig())).server.allowed_origins).toEqual([]);
  });

  it('normalises origins and names the list element that is not one', () => {
    const parsed = parseConfig({ server: { allowed_origins: ['HTTPS://Shop.Example.com:443/', 'http://localhost:3000'] } }, 'wukf.yaml');
    expect(parsed.server.allowed_origins).toEqual(['https://shop.example.com', 'http://localhost:3000']);
    expect(() => parseConfig({ server: { allowed_origins: ['https://a.example', 'https://a.example/chat'] } }, 'wukf.yaml')).toThrow(
      'wukf.yaml: server.allowed_origins[1]: expected a list of origins such as "https://shop.example.com" (scheme, host and port only), or "*", got "https://a.example/chat"',
    );
    expect(() => parseConfig({ server: { allowed_origins: 'https://a.example' } }, 'wukf.yaml')).toThrow('wukf.yaml: server.allowed_origins: expected a list of origins');
    expect(() => parseConfig({ server: { allowed_origins: ['ftp://a.example'] } }, 'wukf.yaml')).toThrow('server.allowed_origins[0]');
  });

  it('rejects out-of-range auth values naming the key', () => {
    expect(() => parseConfig({ auth: { agent_token_ttl: 0 } }, 'wukf.yaml')).toThrow('wukf.yaml: auth.agent_token_ttl: expected an integer number of seconds, 1-2592000, got 0');
    expect(() => parseConfig({ auth: { login_attempts: 'five' } }, 'wukf.yaml')).toThrow('auth.login_attempts: expected an integer 1-1000, got "five"');
    expect(() => parseConfig({ auth: { anonymous_visitors: 'no' } }, 'wukf.yaml')).toThrow('auth.anonymous_visitors: expected true or false');
    expect(() => parseConfig({ auth: { token_ttl: 5 } }, 'wukf.yaml')).toThrow('auth.token_ttl: unknown key');
    expect(() => parseConfig({ auth: { login_address_failures: 0 } }, 'wukf.yaml')).toThrow('wukf.yaml: auth.login_address_failures: expected an integer 1-100000, got 0');
    expect(() => parseConfig({ auth: { login_account_failures: -1 } }, 'wukf.yaml')).toThrow('wukf.yaml: auth.login_account_failures: expected an integer 1-100000, got -1');
    expect(() => parseConfig({ auth: { login_max_delay: 7200 } }, 'wukf.yaml')).toThrow('wukf.yaml: auth.login_max_delay: expected an integer number of seconds, 1-3600, got 7200');
    expect(() => parseConfig({ auth: { identity_single_use: 'yes' } }, 'wukf.yaml')).toThrow('wukf.yaml: auth.identity_single_use: expected true or false, got "yes"');
  });

  it('takes trusted proxies as addresses, CIDR blocks or "loopback", naming the entry that is none', () => {
    const parsed = parseConfig({ server: { trusted_proxies: ['127.0.0.1', '10.0.0.0/8', '2001:db8::/32', 'loopback'] } }, 'wukf.yaml');
    expect(parsed.server.trusted_proxies).toEqual(['127.0.0.1', '10.0.0.0/8', '2001:db8::/32', 'loopback']);
    for (const bad of ['10.0.0.0/33', 'proxy.example.com', '10.0.0.1/8/1', '::1/129']) {
      expect(() => parseConfig({ server: { trusted_proxies: ['127.0.0.1', bad] } }, 'wukf.yaml')).toThrow(
        `wukf.yaml: server.trusted_proxies[1]: expected a list of IP addresses, CIDR blocks (e.g. "10.0.0.0/8") or "loopback", got ${JSON.stringify(bad)}`,
      );
    }
  });
});

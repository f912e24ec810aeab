import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, renderConfig } from '../src/server/config/index.js';

describe('auth and origin config keys', () => {
  it('has the documented defaults', () => {
    const config = defaultConfig();
    expect(config.server.allowed_origins).toEqual([]);
    expect(config.auth).toEqual({ agent_token_ttl: 12 * 3600, visitor_token_ttl: 24 * 3600, anonymous_visitors: true, identity_max_skew: 300, login_attempts: 5 });
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
  });
});

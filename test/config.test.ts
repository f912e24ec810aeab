import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSpec, defaultConfig, eachKey, envOverrides, parseConfig, renderConfig } from '../src/server/config/index.js';

describe('config spec', () => {
  it('renders a default file in which every key is documented and which parses back to the defaults', () => {
    const text = renderConfig(defaultConfig());
    const lines = text.split('\n');
    eachKey((path) => {
      const name = path.at(-1)!;
      const at = lines.findIndex((l) => l.trimStart().startsWith(`${name}:`));
      expect(at, `key ${path.join('.')} is rendered`).toBeGreaterThan(0);
      expect(lines[at - 1]!.trimStart().startsWith('#'), `key ${path.join('.')} has a comment above it`).toBe(true);
    });
    expect(parseConfig(YAML.parse(text), 'wukf.yaml')).toEqual(defaultConfig());
  });

  it('keeps values given to the renderer', () => {
    const values = defaultConfig();
    values.server.port = 9123;
    values.server.tls.enabled = true;
    expect(parseConfig(YAML.parse(renderConfig(values)), 'wukf.yaml')).toEqual(values);
  });

  it('names the file, key path and expectation for a wrong value', () => {
    expect(() => parseConfig({ server: { port: 'abc' } }, 'wukf.yaml')).toThrow('wukf.yaml: server.port: expected an integer 1-65535, got "abc"');
    expect(() => parseConfig({ server: { port: 70000 } }, 'wukf.yaml')).toThrow('server.port: expected an integer 1-65535, got 70000');
    expect(() => parseConfig({ server: { tls: { enabled: 'yes' } } }, 'wukf.yaml')).toThrow('server.tls.enabled: expected true or false, got "yes"');
    expect(() => parseConfig({ log: { level: 'loud' } }, 'wukf.yaml')).toThrow('log.level: expected one of');
    // The store and bus factories take only what this version has.
    expect(() => parseConfig({ data: { store: 'postgresql' } }, 'wukf.yaml')).toThrow('wukf.yaml: data.store: expected sqlite, got "postgresql"');
    expect(() => parseConfig({ cluster: { bus: 'redis' } }, 'wukf.yaml')).toThrow('wukf.yaml: cluster.bus: expected in-process, got "redis"');
  });

  it('refuses a bad connection or HTTP budget naming the key', () => {
    const cases: [string, unknown, string][] = [
      ['visitor_tokens_per_minute', 0, 'an integer 1-100000'],
      ['upgrades_per_minute', 'many', 'an integer 1-1000000'],
      ['max_websockets', 0, 'an integer 1-1000000'],
      ['staff_reserved_websockets', -1, 'an integer 0-1000000, less than max_websockets'],
      ['max_tcp_connections', 1.5, 'an integer 1-1000000'],
      ['http_headers_timeout_ms', 10, 'an integer number of milliseconds, 100-600000'],
      ['http_request_timeout_ms', 600_001, 'an integer number of milliseconds, 100-600000'],
      ['http_keep_alive_timeout_ms', 0, 'an integer number of milliseconds, 100-600000'],
      ['http_connection_timeout_ms', 'soon', 'an integer number of milliseconds, 100-3600000'],
    ];
    for (const [key, value, expected] of cases) {
      expect(() => parseConfig({ limits: { [key]: value } }, 'wukf.yaml')).toThrow(`wukf.yaml: limits.${key}: expected ${expected}, got ${JSON.stringify(value)}`);
    }
    expect(defaultConfig().limits).toMatchObject({
      visitor_tokens_per_minute: 60,
      upgrades_per_minute: 300,
      max_websockets: 16_000,
      staff_reserved_websockets: 1_000,
      max_tcp_connections: 18_000,
      http_headers_timeout_ms: 10_000,
      http_request_timeout_ms: 30_000,
      http_keep_alive_timeout_ms: 5_000,
      http_connection_timeout_ms: 60_000,
    });
  });

  it('rejects unknown keys instead of ignoring a typo', () => {
    expect(() => parseConfig({ server: { prot: 80 } }, 'wukf.yaml')).toThrow('wukf.yaml: server.prot: unknown key (expected one of host, port, allowed_origins, trusted_proxies, tls)');
    expect(() => parseConfig({ sever: {} }, 'wukf.yaml')).toThrow('wukf.yaml: sever: unknown key');
  });

  it('rejects a section given as a scalar and a top level that is not a mapping', () => {
    expect(() => parseConfig({ server: 5 }, 'wukf.yaml')).toThrow('wukf.yaml: server: expected a mapping of keys, got 5');
    expect(() => parseConfig(['a'], 'wukf.yaml')).toThrow('expected a mapping of keys at the top level');
  });

  it('applies the documented environment overrides and names the variable when one is wrong', () => {
    const cfg = parseConfig({}, 'wukf.yaml', { WUKF_PORT: '9001', WUKF_HOST: '0.0.0.0', WUKF_DATA_DIR: '/var/lib/wukf', WUKF_LOG_LEVEL: 'debug' });
    expect(cfg.server).toMatchObject({ port: 9001, host: '0.0.0.0' });
    expect(cfg.data.dir).toBe('/var/lib/wukf');
    expect(cfg.log.level).toBe('debug');
    expect(() => parseConfig({}, 'wukf.yaml', { WUKF_PORT: 'abc' })).toThrow('WUKF_PORT (environment): expected an integer 1-65535, got "abc"');
    expect(envOverrides().map((o) => o.env)).toEqual(['WUKF_HOST', 'WUKF_PORT', 'WUKF_DATA_DIR', 'WUKF_LOG_LEVEL', 'WUKF_LOG_FORMAT']);
  });

  it('refuses a bad queue budget, naming the key', () => {
    expect(() => parseConfig({ limits: { max_open_conversations_per_visitor: 0 } }, 'wukf.yaml')).toThrow('wukf.yaml: limits.max_open_conversations_per_visitor: expected an integer 1-1000, got 0');
    expect(() => parseConfig({ limits: { max_queued_conversations: -5 } }, 'wukf.yaml')).toThrow('limits.max_queued_conversations: expected an integer 1-1000000, got -5');
    expect(() => parseConfig({ limits: { queue_reserved_for_identified: 1.5 } }, 'wukf.yaml')).toThrow('limits.queue_reserved_for_identified: expected an integer 0-1000000, got 1.5');
    expect(() => parseConfig({ limits: { max_context_bytes: 'lots' } }, 'wukf.yaml')).toThrow('limits.max_context_bytes: expected an integer number of bytes, 0-1048576, got "lots"');
    expect(() => parseConfig({ limits: { queue_page_size: 0 } }, 'wukf.yaml')).toThrow('limits.queue_page_size: expected an integer 1-1000, got 0');
    expect(() => parseConfig({ limits: { queued_idle_expiry: -1 } }, 'wukf.yaml')).toThrow('limits.queued_idle_expiry: expected an integer number of seconds, 0-2592000, got -1');
    expect(defaultConfig().limits).toMatchObject({ max_open_conversations_per_visitor: 3, max_queued_conversations: 2000, queue_reserved_for_identified: 200, max_context_bytes: 4096, queue_page_size: 50, queued_idle_expiry: 1800 });
  });

  it('refuses a bad routing key, naming it', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ weights: { language: -1 } }, 'routing.weights.language: expected a number 0-100, got -1'],
      [{ weights: { skills: 'high' } }, 'routing.weights.skills: expected a number 0-100, got "high"'],
      [{ weights: { load: 101 } }, 'routing.weights.load: expected a number 0-100, got 101'],
      [{ weights: { shift: null } }, 'routing.weights.shift: expected a number 0-100, got null'],
      [{ weights: { fairness: -0.5 } }, 'routing.weights.fairness: expected a number 0-100, got -0.5'],
      [{ sticky_max_users: 1.5 }, 'routing.sticky_max_users: expected an integer 0-10000000, got 1.5'],
      [{ sticky_ttl_s: -1 }, 'routing.sticky_ttl_s: expected an integer number of seconds, 0-31536000, got -1'],
      [{ fallback_agent: 'Not A Name' }, 'routing.fallback_agent: expected an agent username'],
      [{ fairness_window_s: 0 }, 'routing.fairness_window_s: expected an integer number of seconds, 1-86400, got 0'],
      [{ explain_runners_up: 21 }, 'routing.explain_runners_up: expected an integer 0-20, got 21'],
      [{ assignment: 'auto' }, 'routing.assignment: expected offer, final or manual, got "auto"'],
      [{ accept_timeout_s: 0 }, 'routing.accept_timeout_s: expected an integer number of seconds, 1-3600, got 0'],
      [{ agent_grace_s: -1 }, 'routing.agent_grace_s: expected an integer number of seconds, 0-86400, got -1'],
      [{ abandon_grace_s: 'soon' }, 'routing.abandon_grace_s: expected an integer number of seconds, 0-86400, got "soon"'],
      [{ idle_close_s: 1.5 }, 'routing.idle_close_s: expected an integer number of seconds, 0-2592000, got 1.5'],
      [{ max_priority: 1001 }, 'routing.max_priority: expected an integer 0-1000, got 1001'],
      [{ claim_allowed: 'no' }, 'routing.claim_allowed: expected true or false, got "no"'],
    ];
    for (const [routing, message] of cases) expect(() => parseConfig({ routing }, 'wukf.yaml')).toThrow(`wukf.yaml: ${message}`);
    expect(defaultConfig().routing).toEqual({
      weights: { language: 4, skills: 3, load: 2, shift: 1, fairness: 2 },
      sticky_max_users: 100_000,
      sticky_ttl_s: 604_800,
      fallback_agent: '',
      fairness_window_s: 600,
      explain_runners_up: 3,
      assignment: 'offer',
      accept_timeout_s: 30,
      agent_grace_s: 60,
      abandon_grace_s: 120,
      idle_close_s: 1800,
      max_priority: 10,
      claim_allowed: true,
    });
  });

  it('documents every section', () => {
    const check = (node: typeof configSpec) => {
      expect(node.doc.length).toBeGreaterThan(10);
      for (const child of Object.values(node.keys)) if (child.kind === 'section') check(child);
    };
    check(configSpec);
  });

  it('refuses replay budgets and a Hello deadline out of range, naming the key', () => {
    expect(() => parseConfig({ limits: { replay_max_entries: 0 } }, 'wukf.yaml')).toThrow('wukf.yaml: limits.replay_max_entries: expected an integer 1-1000000, got 0');
    expect(() => parseConfig({ limits: { replay_max_bytes: 1024 } }, 'wukf.yaml')).toThrow('wukf.yaml: limits.replay_max_bytes: expected an integer number of bytes, 65536-1073741824, got 1024');
    expect(() => parseConfig({ limits: { hello_timeout_ms: 'soon' } }, 'wukf.yaml')).toThrow('wukf.yaml: limits.hello_timeout_ms: expected an integer number of milliseconds, 100-600000, got "soon"');
    expect(parseConfig({ limits: { replay_max_entries: 10, replay_max_bytes: 65536, hello_timeout_ms: 100 } }, 'wukf.yaml').limits).toMatchObject({ replay_max_entries: 10, replay_max_bytes: 65536, hello_timeout_ms: 100 });
  });
});

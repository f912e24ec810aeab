import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/first-run.md is written by scripts/first-run.mjs from a real run; these checks hold for any run.
const doc = readFileSync(new URL('../docs/first-run.md', import.meta.url), 'utf8');

describe('docs/first-run.md', () => {
  it('walks every step in order, each with the command an operator runs', () => {
    const steps: [string, string[]][] = [
      ['Prerequisites', ['$ node -v', '$ npm -v']],
      ['Install the package', ['$ npm pack', '$ npm install -g ./wukf-', '$ wukf --version']],
      ['A user for the service', ['useradd --system']],
      ['Create the configuration', ['$ wukf init --dir /opt/demo/etc/wukf --host 0.0.0.0', 'initial-admin-password', 'allowed_origins: ["https://shop.example.test"']],
      ['The systemd unit', ['ExecStart=', 'systemd-analyze security --offline=yes', 'Overall exposure level for wukf.service']],
      ['Start it the way the unit does', ['start --dir /opt/demo/etc/wukf', 'ready', '/health', '"status":"ok"']],
      ['Add an agent', ['$ wukf agent add li.wei', '--password-stdin', '$ wukf agent list']],
      ['The agent console', ['NODE_EXTRA_CA_CERTS=', 'wukf tui --url https://chat.example.test:', 'Li Wei · online']],
      ['The widget on a page', ['<script src="https://chat.example.test:', '/widget.js', '/demo']],
      ['Stop', ['SIGTERM']],
    ];
    let from = 0;
    steps.forEach(([title, commands], i) => {
      const at = doc.indexOf(`## ${i + 1}. ${title}`, from);
      expect(at, `step ${i + 1} "${title}"`).toBeGreaterThanOrEqual(from);
      const next = doc.indexOf(`\n## ${i + 2}. `, at);
      const body = doc.slice(at, next === -1 ? undefined : next);
      for (const c of commands) expect(body, `step ${i + 1} shows ${c}`).toContain(c);
      from = at;
    });
  });

  it('shows every HTTPS answer it checked as a success, the visitor offered to the agent, and his reply', () => {
    const statuses = [...doc.matchAll(/^HTTP (\d{3}) /gm)].map((m) => m[1]);
    expect(statuses).toEqual(['200', '200']);
    expect(doc).toMatch(/Offers \(1\)/);
    expect(doc).toMatch(/you: Yes, it left the warehouse this morning/);
    // The walkthrough installs for good: init had nothing to warn about the unit.
    expect(doc).not.toContain('WARNING');
  });

  it('holds no secret: no key-like runs, no password, no private key, no scratch path', () => {
    const hex = doc.match(/\b[0-9a-fA-F]{32,}\b/g) ?? [];
    // base64url and hex runs; standard base64 (which has "/") only when long and mixed, so paths do not count.
    const urlSafe = (doc.match(/[A-Za-z0-9+_-]{32,}/g) ?? []).filter((run) => /\d/.test(run) && /[A-Za-z]/.test(run));
    const base64 = (doc.match(/[A-Za-z0-9+/]{40,}/g) ?? []).filter((run) => /\d/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run));
    expect([...hex, ...urlSafe, ...base64]).toEqual([]);
    const passwords = [...doc.matchAll(/\bpassword"?\s*[:=]\s*"?([^\s",]+)/gi)].map((m) => m[1]).filter((v) => v !== '<redacted>');
    expect(passwords).toEqual([]);
    expect(doc).not.toMatch(/PRIVATE KEY/);
    expect(doc).not.toMatch(/wukf-first-run-/);
  });

  it('has the screenshot it shows', () => {
    for (const [, path] of doc.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      expect(existsSync(new URL(`../docs/${path}`, import.meta.url)), path).toBe(true);
    }
  });
});

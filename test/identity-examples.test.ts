import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from './helpers/auth.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

/*
 * The identity signing examples in examples/identity, each run as an app's backend would run it, with the
 * server's identity key in WUKF_IDENTITY_KEY: the body it prints must get a visitor token from a real server.
 */

const dir = join(import.meta.dirname, '..', 'examples', 'identity');

function hasCommand(command: string, versionArgs: string[]): boolean {
  try {
    execFileSync(command, versionArgs, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Example {
  language: string;
  command: string;
  args: string[];
  /** Node and Python are required here; the others run where their toolchain (this command) is installed. */
  optional?: { probe: string; versionArgs: string[] };
}

const examples: Example[] = [
  { language: 'Node', command: process.execPath, args: [join(dir, 'sign-identity.mjs')] },
  { language: 'Python', command: 'python3', args: [join(dir, 'sign_identity.py')] },
  { language: 'Java', command: 'java', args: [join(dir, 'SignIdentity.java')], optional: { probe: 'javac', versionArgs: ['-version'] } },
  { language: 'Go', command: 'go', args: ['run', join(dir, 'sign_identity.go')], optional: { probe: 'go', versionArgs: ['version'] } },
  { language: 'PHP', command: 'php', args: [join(dir, 'sign-identity.php')], optional: { probe: 'php', versionArgs: ['--version'] } },
];

let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startTestServer();
  // What docs/auth.md tells the backend to use: the file's contents without the trailing newline.
  key = readFileSync(server.config.paths.identityHmacKey, 'utf8').trim();
});

afterAll(() => cleanupTestServers());

async function runExample(example: Example, identityKey: string, userId: string, displayName: string): Promise<Record<string, unknown>> {
  const { stdout } = await execa(example.command, [...example.args, userId, displayName], {
    // A UTF-8 locale, so that every runtime reads the display name's letters from its arguments as sent.
    env: { WUKF_IDENTITY_KEY: identityKey, LC_ALL: 'C.UTF-8' },
    stdin: 'ignore',
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('identity signing examples against a real server', () => {
  for (const example of examples) {
    // Java runs a source file only with a JDK: javac stands for it.
    const available = example.optional ? hasCommand(example.optional.probe, example.optional.versionArgs) : true;
    const reason = `\`${example.optional?.probe}\` is not installed on this machine`;

    it(`${example.language}: the printed body gets a token for u_<userId>; a tampered one is refused`, async (ctx) => {
      if (!available) ctx.skip(reason);
      // Letters the recipe allows beyond digits, so an example that escapes or encodes the id would fail.
      const userId = `anna+${example.language.toLowerCase()}@example.com`;
      const displayName = 'Anna Schmidt 安娜';
      const body = await runExample(example, key, userId, displayName);
      expect(body).toMatchObject({ userId, displayName, signature: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(Math.abs(Number(body.timestamp) - Date.now() / 1000)).toBeLessThan(60);

      const accepted = await postJson(`${server.url}/api/v1/visitors`, body);
      expect(accepted.status).toBe(200);
      expect(accepted.body.visitor).toEqual({ id: `u_${userId}`, displayName });
      expect(accepted.body.token).toEqual(expect.any(String));

      const signature = String(body.signature);
      const tampered = { ...body, signature: signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0') };
      const refused = await postJson(`${server.url}/api/v1/visitors`, tampered);
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('WUKF_E_IDENTITY_INVALID');

      // Signed under another key (a backend holding a stale or wrong secret): refused the same way.
      const wrongKey = await postJson(`${server.url}/api/v1/visitors`, await runExample(example, `${key}x`, userId, displayName));
      expect(wrongKey.status).toBe(401);
      expect(wrongKey.body.error.code).toBe('WUKF_E_IDENTITY_INVALID');
    });
  }
});

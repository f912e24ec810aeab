import { afterEach, describe, expect, it } from 'vitest';
import { login } from './helpers/auth.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

const PASSWORD = 'correct horse battery';
const AGENT = { username: 'ann', password: PASSWORD };

interface Answer {
  status: number;
  body: Record<string, any>;
}

/** The admin API (docs/admin-api.md) against a real server in this process, over HTTP. */
describe('admin API: /api/v1/admin/groups and /api/v1/admin/agents', () => {
  let server: TestServer;
  let admin: string;

  async function call(method: string, path: string, body?: unknown, token: string | null = admin): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}/api/v1/admin${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  afterEach(cleanupTestServers);

  async function start(): Promise<void> {
    server = await startTestServer({ agents: [AGENT] });
    admin = await server.adminToken();
  }

  it('refuses agents, visitors and requests without a token', async () => {
    await start();
    const agentToken = await server.login(AGENT.username, AGENT.password);
    const visitor = await server.visitorToken();
    for (const [method, path] of [['GET', '/groups'], ['POST', '/groups'], ['GET', '/agents'], ['PATCH', '/agents/ann'], ['DELETE', '/groups/x']] as const) {
      expect((await call(method, path, method === 'GET' || method === 'DELETE' ? undefined : {}, agentToken)).body.error.code, `${method} ${path}`).toBe('WUKF_E_FORBIDDEN');
      expect((await call(method, path, undefined, visitor)).status).toBe(403);
      expect((await call(method, path, undefined, null)).body, `${method} ${path}`).toMatchObject({ error: { code: 'WUKF_E_UNAUTHENTICATED' } });
    }
    // Nothing was created by the refused requests.
    expect((await call('GET', '/groups')).body).toEqual({ groups: [] });
  });

  it('creates, reads, changes and removes groups with the documented codes', async () => {
    await start();
    const created = await call('POST', '/groups', { name: 'sales', displayName: 'Sales', description: 'new customers' });
    expect(created.status).toBe(201);
    expect(created.body.group).toMatchObject({ name: 'sales', displayName: 'Sales', description: 'new customers', fallback: null, members: [] });
    expect((await call('POST', '/groups', { name: 'billing', fallback: 'sales' })).body.group).toMatchObject({ displayName: 'billing', fallback: 'sales' });
    expect((await call('POST', '/groups', { name: 'sales' })).body.error.code).toBe('WUKF_E_GROUP_EXISTS');
    expect((await call('POST', '/groups', { name: 'sales' })).status).toBe(409);

    const badName = await call('POST', '/groups', { name: 'Sales Team' });
    expect(badName.status).toBe(400);
    expect(badName.body.error).toMatchObject({ code: 'WUKF_E_INVALID_INPUT', message: expect.stringMatching(/^name: /) });
    expect((await call('POST', '/groups', { name: 'x', fallback: 'ghost' })).body.error.message).toMatch(/^fallback: no group named "ghost"/);
    expect((await call('POST', '/groups', { name: 'x', colour: 'red' })).body.error.message).toMatch(/unknown field colour/);
    expect((await call('PATCH', '/groups/sales', { fallback: 'billing' })).body.error.message).toMatch(/^fallback: .*cycle: sales -> billing -> sales/);

    expect((await call('GET', '/groups/sales')).body.group.name).toBe('sales');
    const missing = await call('GET', '/groups/ghost');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'WUKF_E_GROUP_NOT_FOUND']);
    expect((await call('PATCH', '/groups/ghost', { description: 'x' })).status).toBe(404);
    expect((await call('PATCH', '/groups/billing', { fallback: null, description: 'invoices' })).body.group).toMatchObject({ fallback: null, description: 'invoices' });
    expect((await call('GET', '/groups')).body.groups.map((g: { name: string }) => g.name)).toEqual(['billing', 'sales']);

    // In use by a member: 409 unless forced.
    expect((await call('PATCH', '/agents/ann', { groups: ['sales'] })).status).toBe(200);
    const inUse = await call('DELETE', '/groups/sales');
    expect([inUse.status, inUse.body.error.code]).toEqual([409, 'WUKF_E_GROUP_IN_USE']);
    expect((await call('DELETE', '/groups/sales?force=true')).body).toEqual({ name: 'sales', detached: { members: ['ann'], fallbackOf: [] } });
    expect((await call('GET', '/agents/ann')).body.agent.groups).toEqual([]);
    expect((await call('DELETE', '/groups/sales')).status).toBe(404);
  });

  it('creates agents with the password rules, never shows a hash, and validates every field by name', async () => {
    await start();
    await call('POST', '/groups', { name: 'sales' });
    const weak = await call('POST', '/agents', { username: 'bob', password: 'short' });
    expect([weak.status, weak.body.error.code]).toEqual([400, 'WUKF_E_WEAK_PASSWORD']);
    expect((await call('POST', '/agents', { username: 'bob' })).body.error.message).toMatch(/password: required/);
    const unknownGroup = await call('POST', '/agents', { username: 'bob', password: PASSWORD, groups: ['ghost'] });
    expect([unknownGroup.status, unknownGroup.body.error.message]).toEqual([400, expect.stringMatching(/^groups: no group named "ghost"/)]);
    expect((await call('GET', '/agents/bob')).status).toBe(404);

    for (const [field, value] of [['maxConcurrent', 0], ['languages', ['not a tag!']], ['hours', 'mon 25:00-26:00'], ['timezone', 'Mars/Base'], ['role', 'root'], ['username', 'Bob Smith']] as const) {
      const res = await call('POST', '/agents', { username: 'bob', password: PASSWORD, [field]: value });
      expect([res.status, res.body.error.code, res.body.error.message.split(':')[0]], field).toEqual([400, 'WUKF_E_INVALID_INPUT', field]);
    }

    const created = await call('POST', '/agents', { username: 'bob', password: PASSWORD, displayName: 'Bob', languages: ['zh-cn'], groups: ['sales'], hours: 'mon-fri 09:00-18:00', maxConcurrent: 3 });
    expect(created.status).toBe(201);
    expect(created.body.agent).toMatchObject({ username: 'bob', role: 'agent', languages: ['zh-CN'], groups: ['sales'], maxConcurrent: 3, hours: expect.any(Array) });
    expect(JSON.stringify(created.body)).not.toMatch(/hash|scrypt/i);
    // The windows an answer holds can be sent back as they are; a window the text form refuses is refused too.
    const roundTrip = await call('PATCH', '/agents/bob', { hours: created.body.agent.hours });
    expect(roundTrip.body.agent.hours).toEqual(created.body.agent.hours);
    const badWindow = await call('PATCH', '/agents/bob', { hours: [{ day: 1, start: 600, end: 600 }] });
    expect([badWindow.status, badWindow.body.error.message]).toEqual([400, expect.stringMatching(/^hours: /)]);
    expect((await call('PATCH', '/agents/bob', { hours: [] })).status).toBe(400);
    expect((await call('PATCH', '/agents/bob', { hours: null })).body.agent.hours).toBeNull();
    expect((await call('POST', '/agents', { username: 'bob', password: PASSWORD })).body.error.code).toBe('WUKF_E_AGENT_EXISTS');
    // The new account can log in with the password it was given.
    await expect(login(server.url, 'bob', PASSWORD)).resolves.toEqual(expect.any(String));

    const list = (await call('GET', '/agents')).body.agents as { username: string; groups: string[] }[];
    expect(list.map((a) => [a.username, a.groups])).toEqual([['admin', []], ['ann', []], ['bob', ['sales']]]);
    expect(JSON.stringify(list)).not.toMatch(/hash/i);
    expect((await call('GET', '/groups/sales')).body.group.members).toEqual(['bob']);
  });

  it('closes live connections at once on a role or password change and on removal', async () => {
    await start();
    const client = await server.raw(await server.login(AGENT.username, AGENT.password));
    await client.hello();
    // A change that keeps the token leaves the connection open.
    const skills = await call('PATCH', '/agents/ann', { skills: ['billing'] });
    expect(skills.body).toMatchObject({ agent: { skills: ['billing'] }, closedConnections: 0 });
    expect(client.closeCode).toBeUndefined();

    const changed = await call('PATCH', '/agents/ann', { password: 'another good password' });
    expect(changed.body.closedConnections).toBe(1);
    expect((await client.closed).code).toBe(4401);
    await expect(login(server.url, 'ann', PASSWORD)).rejects.toThrow(/401/);

    const again = await server.raw(await server.login('ann', 'another good password'));
    await again.hello();
    expect((await call('PATCH', '/agents/ann', { role: 'admin' })).body).toMatchObject({ agent: { role: 'admin' }, closedConnections: 1 });
    expect((await again.closed).code).toBe(4401);

    const last = await server.raw(await server.login('ann', 'another good password'));
    await last.hello();
    expect((await call('PATCH', '/agents/ann', { password: 'short' })).body.error.code).toBe('WUKF_E_WEAK_PASSWORD');
    expect(last.closeCode).toBeUndefined();
    expect((await call('DELETE', '/agents/ann')).body).toEqual({ username: 'ann', closedConnections: 1 });
    expect((await last.closed).code).toBe(4401);
    expect((await call('DELETE', '/agents/ann')).body.error.code).toBe('WUKF_E_AGENT_NOT_FOUND');
    expect((await call('DELETE', '/agents/admin')).body.error.code).toBe('WUKF_E_LAST_ADMIN');
  });
});

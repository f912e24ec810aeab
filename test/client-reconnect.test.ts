import { afterEach, describe, expect, it } from 'vitest';
import { BrowserWebSocket, cleanup, connectClient, failure, serve } from './helpers/client-harness.js';

/* The client's reconnecting, credential handling and liveness, against the fake server. No fixed sleeps. */

afterEach(cleanup);

describe('client: reconnecting', () => {
  it('waits a growing, jittered delay between attempts and starts over after a Welcome', async () => {
    let refusals = 4;
    const server = await serve({ accept: () => (refusals-- > 0 ? 503 : true) });
    const { client, log } = connectClient(server, { reconnect: { minMs: 10, maxMs: 40, random: () => 0.999_999 } });
    await client.connect();
    const delays = log.disconnects.map((d) => d.delayMs!);
    expect(delays).toEqual([20, 40, 40, 40]);
    expect(log.states).toEqual(['connecting', 'reconnecting', 'open']);
    const starts = server.upgrades.map((u) => u.at);
    expect(starts).toHaveLength(5);
    // Each attempt waited its delay (timers may fire a millisecond early).
    delays.forEach((delay, i) => expect(starts[i + 1]! - starts[i]!).toBeGreaterThanOrEqual(delay - 2));
    server.drop();
    await server.until(() => log.ready === 2, 'the reconnect');
    expect(log.disconnects.at(-1)).toMatchObject({ code: 1006, willReconnect: true, delayMs: 20 });
  });

  it('asks the token function again after a 401, and gives up after maxAuthFailures refusals', async () => {
    const server = await serve({ accept: (token) => (token === 'fresh' ? true : 401) });
    const tokens = ['stale', 'stale', 'fresh'];
    const { client } = connectClient(server, { token: () => tokens.shift() ?? 'none' });
    await client.connect();
    expect(server.upgrades.map((u) => u.status)).toEqual([401, 401, 101]);

    const other = connectClient(server, { token: () => 'stale', maxAuthFailures: 3 });
    const refused = await failure(other.client.connect());
    expect(refused).toMatchObject({ code: 'WUKF_E_UNAUTHENTICATED' });
    expect(other.client.state).toBe('closed');
    expect(other.log.errors.at(-1)?.code).toBe('WUKF_E_UNAUTHENTICATED');
    expect(server.upgrades.filter((u) => u.status === 401)).toHaveLength(2 + 3);
  });

  it('gives up at once with a fixed token that is refused, and on 4403', async () => {
    const server = await serve({ accept: (token) => (token === 'bad' ? 401 : true) });
    const fixed = connectClient(server, { token: 'bad' });
    expect(await failure(fixed.client.connect())).toMatchObject({ code: 'WUKF_E_UNAUTHENTICATED' });
    expect(fixed.client.state).toBe('closed');
    expect(fixed.log.disconnects).toEqual([expect.objectContaining({ willReconnect: false })]);

    const { client, log } = connectClient(server);
    await client.connect();
    server.closeAll(4403, 'WUKF_E_ORIGIN_FORBIDDEN');
    await server.until(() => log.states.at(-1) === 'closed', 'giving up');
    expect(log.errors.at(-1)).toMatchObject({ code: 'WUKF_E_ORIGIN_FORBIDDEN' });
    expect(log.disconnects.at(-1)).toMatchObject({ code: 4403, willReconnect: false });
  });

  it('reconnects with a fresh token when the server closes with 4401', async () => {
    const server = await serve();
    let issued = 0;
    const { client, log } = connectClient(server, { token: () => `t${++issued}` });
    await client.connect();
    server.closeAll(4401, 'WUKF_E_TOKEN_EXPIRED');
    await server.until(() => log.ready === 2, 'the reconnect');
    expect(server.upgrades.map((u) => u.token)).toEqual(['t1', 't2']);
  });
});

describe('client: liveness', () => {
  it('drops a connection that hears nothing for twice the ping interval and reconnects', async () => {
    const server = await serve({ pingIntervalMs: 40 });
    const { client, log } = connectClient(server);
    await client.connect();
    await server.until(() => log.ready === 2, 'the reconnect');
    expect(log.disconnects[0]).toMatchObject({ code: 1006, willReconnect: true });
    expect(log.disconnects[0]!.reason).toMatch(/nothing heard/);
  });

  it('keeps a quiet connection whose pings arrive', async () => {
    // Client and server share this process: a stall of it delays the pings, and the client's deadline of
    // twice the interval must outlast the stalls of a loaded machine, or a ping on its way counts as silence.
    const server = await serve({ pingIntervalMs: 500, pingEveryMs: 50 });
    const { client, log } = connectClient(server);
    await client.connect();
    // Twenty-five pings span 1.25 s: more than twice the interval.
    await server.until(() => server.pings >= 25, 'twenty-five pings');
    expect(server.connections).toHaveLength(1);
    expect(log.disconnects).toEqual([]);
  });

  it('probes an idle connection where pings are invisible (browsers), and drops it when probes go unanswered', async () => {
    // As above: an interval long enough that a stall of this process does not delay an answer into silence.
    const server = await serve({ pingIntervalMs: 500, onFrame: (env, conn) => (env.body === undefined && conn.id === 2 ? 'ignore' : 'answer') });
    const { client, log } = connectClient(server, { WebSocket: BrowserWebSocket });
    await client.connect();
    await server.until(() => server.connections[0]!.frames.filter((f) => f.body === undefined).length >= 3, 'three probes');
    expect(server.connections).toHaveLength(1);
    expect(log.errors).toEqual([]);
    // The second connection does not answer its probes.
    server.drop();
    await server.until(() => server.connections.length === 3, 'a third connection');
    expect(log.disconnects.at(-1)?.reason).toMatch(/nothing heard/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { QueueView, WukfClient } from '../src/client/index.js';
import { sdkClient, until } from './helpers/sdk.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

/* The SDK's view of the queue against the real server: built from a page and deltas, paged further, kept right as conversations come and go. */

const ids = (view: QueueView) => view.entries.map((e) => e.conversation?.id ?? '');

describe('client.queue against the real server', () => {
  let srv: TestServer;
  const clients: WukfClient[] = [];

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await cleanupTestServers();
  });

  const connect = async (token: () => Promise<string>) => {
    const c = sdkClient(`ws://127.0.0.1:${srv.port}/ws`, token);
    clients.push(c);
    await c.connect();
    return c;
  };

  it('follows opens, claims and closes from deltas, and pages past the first page', async () => {
    srv = await startTestServer({ limits: { queue_page_size: 2 } });
    const early = await connect(srv.adminToken);
    const visitors: WukfClient[] = [];
    const opened: string[] = [];
    for (let i = 0; i < 4; i++) {
      const v = await connect(srv.visitorToken);
      visitors.push(v);
      opened.push((await v.openConversation()).id!);
    }
    // Connected before the opens: its first page was empty, and each open joined the view by a delta.
    await until(() => early.queue.total === 4 && early.queue.entries.length === 4, [early], 'four deltas');
    expect(ids(early.queue)).toEqual(opened);

    // Connected after: a page of two, the rest on request.
    const late = await connect(srv.adminToken);
    await until(() => late.queue.total === 4, [late], 'the first page');
    expect(ids(late.queue)).toEqual(opened.slice(0, 2));
    expect(late.queue.hasMore).toBe(true);
    const more = await late.queuePage(late.queue.entries.length);
    expect(more.entries.map((e) => e.position)).toEqual([3, 4]);
    expect(ids(late.queue)).toEqual(opened);

    // A claim at the head and a visitor leaving from the middle: both views renumber.
    await early.claim(opened[0]!);
    await visitors[2]!.closeConversation(opened[2]!);
    const expected = [opened[1]!, opened[3]!];
    await until(() => early.queue.total === 2 && late.queue.total === 2, [early, late], 'both removals');
    for (const view of [early.queue, late.queue]) {
      expect(ids(view)).toEqual(expected);
      expect(view.entries.map((e) => e.position)).toEqual([1, 2]);
    }
  });
});

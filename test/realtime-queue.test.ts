import { afterEach, describe, expect, it } from 'vitest';
import { QueueEventKind, SystemEventKind, type Envelope } from '../src/proto/index.js';
import type { InjectedClient } from '../src/server/realtime/index.js';
import { admin, agent, startTestNode, visitor, type TestNode } from './helpers/node.js';

/*
 * The queue over frames (inject(): the same handlers and deliveries as a socket): budgets as a client meets
 * them, deltas, and the expiry of idle anonymous queued conversations.
 */

type Body<K extends NonNullable<Envelope['body']>> = Envelope & { body: K };

const idOf = (reply: Envelope): string => {
  if (reply.body !== 'conversation') throw new Error(`expected a ConversationEvent, got ${JSON.stringify(reply)}`);
  return reply.conversation.conversation!.id!;
};

describe('the queue over frames', () => {
  let node: TestNode;
  afterEach(async () => node.close());

  it('answers opens beyond the budgets with the latest conversation, WUKF_E_QUEUE_FULL or WUKF_E_INVALID_INPUT', async () => {
    node = await startTestNode({ limits: { max_open_conversations_per_visitor: 1, max_queued_conversations: 3, queue_reserved_for_identified: 1, max_context_bytes: 100 } });
    const v = await node.greet(visitor(1));
    const first = idOf(await v.request({ openConversation: {} }));
    const again = await v.request({ openConversation: { context: { note: 'x' } } });
    // The latest open one, with its watermarks, as for continue_latest.
    expect(idOf(again)).toBe(first);
    const tooMuch = await (await node.greet(visitor(2))).request({ openConversation: { context: { big: 'x'.repeat(200) } } });
    expect(tooMuch).toMatchObject({ error: { code: 'WUKF_E_INVALID_INPUT' } });
    await (await node.greet(visitor(3))).request({ openConversation: {} });
    // Two of three places taken; the last is kept for identified visitors.
    const full = await (await node.greet(visitor(4))).request({ openConversation: {} });
    expect(full).toMatchObject({ error: { code: 'WUKF_E_QUEUE_FULL', retryAfterMs: 30_000 } });
    expect(node.core.queue.length).toBe(2);
  });

  it('sends staff each change as a delta and a removal when a conversation leaves the queue', async () => {
    node = await startTestNode({ agents: ['alice'], limits: { queue_page_size: 1 } });
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) ids.push(idOf(await (await node.greet(visitor(i))).request({ openConversation: {} })));
    const root = await node.greet(admin);
    const page = (await root.next((e) => e.body === 'queue')) as Body<'queue'>;
    expect(page.queue).toMatchObject({ kind: QueueEventKind.KIND_PAGE, total: 3, entries: [{ conversation: { id: ids[0] }, position: 1 }] });
    const alice = await node.greet(agent('alice'));
    const from = root.frames.length;
    await alice.request({ claimConversation: { conversationId: ids[0]! } });
    const delta = (await root.next((e) => e.body === 'queue', from)) as Body<'queue'>;
    expect(delta.queue).toMatchObject({ kind: QueueEventKind.KIND_DELTA, removed: [ids[0]], entries: [], total: 2, version: Number(page.queue.version) + 1 });
  });

  it('tells waiting visitors their place in coalesced rounds: a join moves nobody else, a claim at the head moves everybody', async () => {
    node = await startTestNode({ agents: ['alice'] });
    const waiting: { v: InjectedClient; id: string }[] = [];
    for (let i = 1; i <= 5; i++) {
      const v = await node.greet(visitor(i));
      const id = idOf(await v.request({ openConversation: {} }));
      waiting.push({ v, id });
    }
    const latestPlace = (i: number) => [...waiting[i]!.v.frames].reverse().find((e) => e.body === 'queue' && e.queue.conversationId === waiting[i]!.id) as Body<'queue'> | undefined;
    // Each has heard its own place once its round came.
    for (let i = 0; i < 5; i++) await waiting[i]!.v.next((e) => e.body === 'queue' && e.queue.position === i + 1);
    const heard = waiting.map(({ v }) => v.frames.filter((e) => e.body === 'queue').length);
    const late = await node.greet(visitor(6));
    await late.request({ openConversation: {} });
    await late.next((e) => e.body === 'queue' && e.queue.position === 6);
    // The join's round told the newcomer only.
    expect(waiting.map(({ v }) => v.frames.filter((e) => e.body === 'queue').length)).toEqual(heard);
    const alice = await node.greet(agent('alice'));
    await alice.request({ claimConversation: { conversationId: waiting[0]!.id } });
    await alice.request({ claimConversation: { conversationId: waiting[1]!.id } });
    for (let i = 2; i < 5; i++) await waiting[i]!.v.next((e) => e.body === 'queue' && e.queue.position === i - 1);
    expect(latestPlace(4)!.queue.position).toBe(3);
    await late.next((e) => e.body === 'queue' && e.queue.position === 4);
  });

  it('closes an anonymous visitor\'s queued conversation once nobody has been there for queued_idle_expiry, telling staff and the visitor', async () => {
    node = await startTestNode({ limits: { queued_idle_expiry: 1 } });
    const gone = await node.greet(visitor(1));
    const goneId = idOf(await gone.request({ openConversation: {} }));
    const stays = await node.greet(visitor(2));
    const staysId = idOf(await stays.request({ openConversation: {} }));
    const root = await node.greet(admin);
    const from = root.frames.length;
    gone.close();
    node.advance(5_000);
    // The sweep runs on its own timer: wait for the removal, whenever it comes.
    const removal = (await root.next((e) => e.body === 'queue' && e.queue.removed.includes(goneId), from)) as Body<'queue'>;
    expect(removal.queue.total).toBe(1);
    // The connected visitor's conversation stays.
    expect(node.core.queue.list().map((c) => c.id)).toEqual([staysId]);
    // Back again, the visitor finds it closed, with the reason.
    const back = await node.greet(visitor(1));
    const history = (await back.request({ historyRequest: { conversationId: goneId } })) as Body<'historyPage'>;
    expect(history.historyPage.messages.at(-1)).toMatchObject({ sender: { id: 'wukf' }, system: { kind: SystemEventKind.KIND_CLOSED, note: 'expired' } });
  });
});

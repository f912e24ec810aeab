import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, SystemEventKind } from '../src/proto/index.js';
import { agent, routingServer, type RoutingServer } from './helpers/routing.js';
import { cleanupTestServers } from './helpers/server.js';

/*
 * Routing against the real server, over real sockets with the SDK: who gets a conversation and why, what
 * waiting visitors are told, and what happens when nobody answers, an agent goes, or a person steps in.
 */

const ACTIVE = ConversationState.CONVERSATION_STATE_ACTIVE;
const QUEUED = ConversationState.CONVERSATION_STATE_QUEUED;
const CLOSED = ConversationState.CONVERSATION_STATE_CLOSED;

async function adminPost(url: string, token: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe('routing over real sockets', () => {
  let rs: RoutingServer | undefined;

  afterEach(async () => {
    await rs?.close();
    rs = undefined;
    await cleanupTestServers();
  });

  it('routes by language and skill to the best agent, explains why, and keeps a returning visitor with that agent', async () => {
    rs = await routingServer({
      routing: { assignment: 'final' },
      agents: [
        agent('li.na', { languages: ['zh-CN'], skills: ['billing'] }),
        agent('sam', { languages: ['en'], skills: ['billing'] }),
        agent('kim', { languages: ['en'], skills: ['shipping'] }),
      ],
    });
    const staff = await Promise.all(['li.na', 'sam', 'kim'].map((u) => rs!.agent(u)));
    const token = await rs.srv.visitorToken();
    const visitor = await rs.visitor(token);
    const first = await visitor.client.openConversation({ language: 'en', skills: ['shipping'] });
    await visitor.wait(() => visitor.withAgent(first.id!, 'kim'), 'routed to kim');
    const why = visitor.snapshot(first.id!)!.assignment!;
    expect(why.reason).toBe('score');
    expect(why.breakdown).toMatchObject({ agent: 'kim', language: 1, skills: 1 });
    // The agent hears of it too, with the JOINED event that says why.
    await staff[2]!.wait(() => staff[2]!.withAgent(first.id!, 'kim'), 'kim told');
    expect(staff[2]!.systemEvents(first.id!).map((e) => e.kind)).toContain(SystemEventKind.KIND_JOINED);

    // Chinese and billing: li.na by score; but the same visitor, back within the sticky window, stays with kim.
    await visitor.client.closeConversation(first.id!);
    const second = await visitor.client.openConversation({ language: 'zh-CN', skills: ['billing'] });
    await visitor.wait(() => visitor.snapshot(second.id!)?.state === ACTIVE, 'second routed');
    expect(visitor.snapshot(second.id!)!.agent?.id).toBe('kim');
    expect(visitor.snapshot(second.id!)!.assignment!.reason).toBe('sticky');
    const stranger = await rs.visitor();
    const third = await stranger.client.openConversation({ language: 'zh-CN', skills: ['billing'] });
    await stranger.wait(() => stranger.withAgent(third.id!, 'li.na'), 'a new visitor goes to li.na by score');

    // The admin API shows the reason too.
    const res = await fetch(`${rs.srv.url}/api/v1/admin/conversations/${second.id}`, { headers: { authorization: `Bearer ${await rs.srv.adminToken()}` } });
    expect(((await res.json()) as any).conversation.assignment).toMatchObject({ kind: 'sticky', breakdown: { agent: 'kim' } });
  });

  it('tells waiting visitors their place and that nobody is there; an agent coming online takes the queue by priority, then waiting time', async () => {
    rs = await routingServer({ routing: { assignment: 'final' }, agents: [agent('ann', { maxConcurrent: 2 })] });
    const visitors = await Promise.all([0, 1, 2].map(() => rs!.visitor()));
    const ids: string[] = [];
    for (const v of visitors) ids.push((await v.client.openConversation()).id!);
    for (const [i, v] of visitors.entries()) {
      await v.wait(() => v.place(ids[i]!)?.position === i + 1 && v.place(ids[i]!)?.nobodyAvailable === true, `visitor ${i} told place ${i + 1}, nobody there`);
    }
    // Leave-a-message: what the visitor writes now is kept for the agent who takes it.
    await visitors[0]!.client.send(ids[0]!, 'my order never came');

    const ann = await rs.agent('ann');
    await ann.wait(() => ann.withAgent(ids[0]!, 'ann') && ann.withAgent(ids[1]!, 'ann'), 'ann took the first two');
    expect(ann.snapshot(ids[0]!)!.assignment!.reason).toBe('dequeue');
    const history = await ann.client.history(ids[0]!);
    expect(history.messages.map((m) => m.text).filter(Boolean)).toEqual(['my order never came']);
    // The third moved up and someone is there now; it stays queued (ann is full).
    await visitors[2]!.wait(() => visitors[2]!.place(ids[2]!)?.position === 1 && !visitors[2]!.place(ids[2]!)?.nobodyAvailable, 'third moved to 1');
    expect(visitors[2]!.snapshot(ids[2]!)?.state ?? QUEUED).toBe(QUEUED);
  });

  it('offers, and an offer not accepted in time goes to the next agent; accepting ends the offer', async () => {
    rs = await routingServer({ routing: { assignment: 'offer', accept_timeout_s: 1, weights: { fairness: 0, load: 0, shift: 0 } }, agents: [agent('ann', { languages: ['en'] }), agent('bob', { languages: ['de'] })] });
    const ann = await rs.agent('ann');
    const bob = await rs.agent('bob');
    const visitor = await rs.visitor();
    const c = await visitor.client.openConversation({ language: 'en' });
    await ann.wait(() => ann.withAgent(c.id!, 'ann'), 'offered to ann');
    expect(Number(ann.snapshot(c.id!)!.offerExpiresAtMs)).toBeGreaterThan(0);
    // ann does nothing: a second later it is bob's offer, and the visitor saw the hand-over.
    await bob.wait(() => bob.withAgent(c.id!, 'bob'), 'offered to bob');
    await visitor.wait(() => visitor.withAgent(c.id!, 'bob'), 'visitor sees bob');
    const handOver = visitor.systemEvents(c.id!).find((e) => e.kind === SystemEventKind.KIND_TRANSFERRED);
    expect(handOver?.previous?.id).toBe('ann');
    expect(handOver?.note).toMatch(/not accepted/);
    const accepted = await bob.client.accept(c.id!);
    expect(Number(accepted.offerExpiresAtMs ?? 0)).toBe(0);
    await visitor.wait(() => visitor.systemEvents(c.id!).some((e) => e.kind === SystemEventKind.KIND_ACCEPTED), 'ACCEPTED seen');
    await expect(ann.client.accept(c.id!)).rejects.toMatchObject({ code: expect.stringMatching(/WUKF_E_(NOT_OFFERED|CONVERSATION_NOT_FOUND)/) });
  });

  it('an agent who stays away past the grace period loses their conversations to another agent, and the visitor is told', async () => {
    rs = await routingServer({ routing: { assignment: 'final', agent_grace_s: 1 }, agents: [agent('ann'), agent('bob')] });
    const ann = await rs.agent('ann');
    const visitor = await rs.visitor();
    const c = await visitor.client.openConversation();
    await visitor.wait(() => visitor.withAgent(c.id!, 'ann'), 'ann has it');
    const bob = await rs.agent('bob');
    await ann.client.close();
    await bob.wait(() => bob.withAgent(c.id!, 'bob'), 'bob took over');
    await visitor.wait(() => visitor.systemEvents(c.id!).some((e) => e.kind === SystemEventKind.KIND_TRANSFERRED && e.note?.includes('offline')), 'visitor told');
  });

  it('transfers to an agent and to a group, refuses an unavailable agent, and lets an admin force-assign', async () => {
    rs = await routingServer({
      routing: { assignment: 'final' },
      groups: [{ name: 'billing', displayName: 'Billing', description: '', fallback: null }],
      agents: [agent('ann'), agent('bob'), agent('cat', { groups: ['billing'] }), agent('dan', { maxConcurrent: 1 })],
    });
    const ann = await rs.agent('ann');
    const visitor = await rs.visitor();
    const c = await visitor.client.openConversation();
    await visitor.wait(() => visitor.snapshot(c.id!)?.state === ACTIVE, 'routed');
    const holder = visitor.snapshot(c.id!)!.agent!.id!;
    expect(holder).toBe('ann');
    // bob is not connected: unavailable.
    await expect(ann.client.transfer(c.id!, 'bob')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_UNAVAILABLE' });
    const bob = await rs.agent('bob');
    const toBob = await ann.client.transfer(c.id!, 'bob', 'needs bob');
    expect(toBob.agent?.id).toBe('bob');
    expect(toBob.assignment?.reason).toBe('transfer');
    const cat = await rs.agent('cat');
    const toGroup = await bob.client.transferToGroup(c.id!, 'billing', 'a billing question');
    expect(toGroup.agent?.id).toBe('cat');
    expect(toGroup.group).toBe('billing');
    await visitor.wait(() => visitor.withAgent(c.id!, 'cat'), 'visitor sees cat');
    await expect(bob.client.transferToGroup(c.id!, 'nope')).rejects.toMatchObject({ code: expect.stringMatching(/WUKF_E_(GROUP_NOT_FOUND|FORBIDDEN|CONVERSATION_NOT_FOUND)/) });
    await cat.client.closeConversation(c.id!);

    // Force-assign over HTTP: with everyone else away, dan (capacity 1) gets the next one by routing; the one
    // after waits, and only an explicit override puts it with him too, recorded on the assignment.
    for (const busy of [ann, bob, cat]) busy.client.setPresence('away');
    const dan = await rs.agent('dan');
    const admin = await rs.srv.adminToken();
    const v2 = await rs.visitor();
    const d1 = await v2.client.openConversation();
    await dan.wait(() => dan.withAgent(d1.id!, 'dan'), 'd1 routed to dan');
    const v3 = await rs.visitor();
    const d2 = await v3.client.openConversation();
    await v3.wait(() => v3.place(d2.id!)?.position === 1, 'd2 waits');
    const refused = await adminPost(`${rs.srv.url}/api/v1/admin/conversations/${d2.id}/assign`, admin, { agent: 'dan' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('WUKF_E_AGENT_AT_CAPACITY');
    const forced = await adminPost(`${rs.srv.url}/api/v1/admin/conversations/${d2.id}/assign`, admin, { agent: 'dan', overrideCapacity: true });
    expect(forced.status).toBe(200);
    expect(forced.body.conversation).toMatchObject({ agent: 'dan', assignment: { kind: 'force-assign', overCapacity: true } });
    await v3.wait(() => v3.withAgent(d2.id!, 'dan'), 'the visitor sees dan');
  });

  it('an agent who frees a place, by closing or handing a conversation on, takes the next one from the queue at once', async () => {
    rs = await routingServer({
      routing: { assignment: 'final' },
      groups: [{ name: 'vip', displayName: 'VIP', description: '', fallback: null }],
      agents: [agent('ann', { maxConcurrent: 1, groups: ['vip'] }), agent('bob', { maxConcurrent: 3 })],
    });
    const ann = await rs.agent('ann');
    const v1 = await rs.visitor();
    const c1 = await v1.client.openConversation();
    await ann.wait(() => ann.withAgent(c1.id!, 'ann'), 'ann has the first');
    await rs.agent('bob');
    // Only ann serves vip, and she is full: it waits, with somebody there.
    const v2 = await rs.visitor();
    const c2 = await v2.client.openConversation({ group: 'vip' });
    await v2.wait(() => v2.place(c2.id!)?.position === 1 && !v2.place(c2.id!)?.nobodyAvailable, 'the vip one waits');
    await ann.client.transfer(c1.id!, 'bob');
    await v2.wait(() => v2.withAgent(c2.id!, 'ann'), 'ann, freed by the hand-over, took the vip one');
    expect(v2.snapshot(c2.id!)!.assignment!.reason).toBe('dequeue');
    // And closing frees her the same way.
    const v3 = await rs.visitor();
    const c3 = await v3.client.openConversation({ group: 'vip' });
    await v3.wait(() => v3.place(c3.id!)?.position === 1, 'the next vip one waits');
    await ann.client.closeConversation(c2.id!);
    await v3.wait(() => v3.withAgent(c3.id!, 'ann'), 'ann, freed by the close, took it');
  });

  it('closes an idle conversation with a system message', async () => {
    rs = await routingServer({ routing: { assignment: 'final', idle_close_s: 1 }, agents: [agent('ann')] });
    await rs.agent('ann');
    const visitor = await rs.visitor();
    const c = await visitor.client.openConversation();
    await visitor.wait(() => visitor.snapshot(c.id!)?.state === CLOSED, 'closed as idle');
    const closed = visitor.systemEvents(c.id!).find((e) => e.kind === SystemEventKind.KIND_CLOSED);
    expect(closed?.note).toBe('idle');
  });

  it('a visitor gone past the grace period leaves the queue (LEFT) and comes back to it (JOINED) on return', async () => {
    rs = await routingServer({ routing: { assignment: 'final', abandon_grace_s: 1 }, agents: [agent('ann')] });
    const watcher = await rs.agent('ann');
    await watcher.client.setPresence('away');
    const token = await rs.srv.visitorToken();
    const first = await rs.visitor(token);
    const c = await first.client.openConversation();
    await watcher.wait(() => watcher.client.queue.total === 1, 'queued');
    await first.client.close();
    await watcher.wait(() => watcher.client.queue.total === 0, 'left the queue');
    await rs.visitor(token);
    await watcher.wait(() => watcher.client.queue.total === 1, 'queued again');
    const kinds = (await watcher.client.history(c.id!)).messages.map((m) => m.system?.kind).filter((k) => k !== undefined);
    expect(kinds).toEqual([SystemEventKind.KIND_OPENED, SystemEventKind.KIND_LEFT, SystemEventKind.KIND_JOINED]);
  });

  it('keeps queue order and stickiness across a restart', async () => {
    rs = await routingServer({ routing: { assignment: 'final' }, agents: [agent('ann', { maxConcurrent: 1 }), agent('bob')] });
    const token = await rs.srv.visitorToken();
    const regular = await rs.visitor(token);
    const bob = await rs.agent('bob');
    const old = await regular.client.openConversation();
    await regular.wait(() => regular.withAgent(old.id!, 'bob'), 'bob served the regular');
    await regular.client.closeConversation(old.id!);
    await bob.client.close();
    const waiting: string[] = [];
    for (let i = 0; i < 3; i++) waiting.push((await (await rs.visitor()).client.openConversation()).id!);
    await rs.restart();

    // ann (capacity 1) comes first and takes the oldest; bob takes the other two in their order.
    const ann = await rs.agent('ann');
    await ann.wait(() => ann.withAgent(waiting[0]!, 'ann'), 'ann took the oldest after the restart');
    const bobAgain = await rs.agent('bob');
    await bobAgain.wait(() => bobAgain.withAgent(waiting[1]!, 'bob') && bobAgain.withAgent(waiting[2]!, 'bob'), 'bob took the rest in order');
    const regularAgain = await rs.visitor(token);
    const next = await regularAgain.client.openConversation();
    await regularAgain.wait(() => regularAgain.snapshot(next.id!)?.state === ACTIVE, 'routed after restart');
    expect(regularAgain.snapshot(next.id!)!.agent?.id).toBe('bob');
    expect(regularAgain.snapshot(next.id!)!.assignment?.reason).toBe('sticky');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, SystemEventKind, type FollowUpPage } from '../src/client/index.js';
import { agent, routingServer, type Recorder, type RoutingServer } from './helpers/routing.js';
import { cleanupTestServers } from './helpers/server.js';

/*
 * The follow-up list over real sockets with the SDK: a visitor leaves messages while nobody can take them
 * and goes (abandon_grace_s 0: at once); staff see the conversation in the list, hear when it changes, and
 * an agent claims it and answers, which the visitor finds on return.
 */

const ACTIVE = ConversationState.CONVERSATION_STATE_ACTIVE;

describe('follow-up list', () => {
  let rs: RoutingServer | undefined;

  afterEach(async () => {
    await rs?.close();
    rs = undefined;
    await cleanupTestServers();
  });

  /** Asks for the list again on every change notice; resolves with the first page check() accepts. */
  function followUpsUntil(staff: Recorder, check: (page: FollowUpPage) => boolean): Promise<FollowUpPage> {
    return new Promise((resolve, reject) => {
      const ask = () =>
        staff.client.followUps(0).then((page) => {
          if (!check(page)) return;
          off();
          resolve(page);
        }, reject);
      const off = staff.client.on('followUpsChanged', () => void ask());
      void ask();
    });
  }

  it('lists the conversations visitors left messages in, oldest first; an agent claims one and replies, and the visitor finds it on return', async () => {
    rs = await routingServer({ routing: { assignment: 'final', abandon_grace_s: 0 }, agents: [agent('ann'), agent('root', { role: 'admin' })] });
    // An admin is not routed to: nobody can take what visitors open, so they may leave a message.
    const admin = await rs.agent('root');
    const empty = await admin.client.followUps(0);
    expect(empty).toMatchObject({ total: 0, entries: [] });

    const tokens = [await rs.srv.visitorToken(), await rs.srv.visitorToken(), await rs.srv.visitorToken()];
    const ids: string[] = [];
    for (const [i, token] of tokens.entries()) {
      const visitor = await rs.visitor(token);
      const c = await visitor.client.openConversation();
      await visitor.wait(() => visitor.place(c.id!)?.nobodyAvailable === true, 'told to leave a message');
      // The last visitor writes nothing: a conversation without a message is not something to follow up.
      if (i < 2) {
        await visitor.client.send(c.id!, `order ${i} never arrived`);
        await visitor.client.send(c.id!, `please call me back about order ${i}, it has been two weeks and the parcel tracking shows nothing at all since`);
      }
      ids.push(c.id!);
      await visitor.client.close();
    }

    const page = await followUpsUntil(admin, (p) => p.total === 2);
    expect(page.entries.map((e) => e.conversation?.id)).toEqual(ids.slice(0, 2));
    const first = page.entries[0]!;
    expect(first.messageCount).toBe(2);
    const last = first.lastMessage ?? '';
    expect(last).toHaveLength(80);
    expect(last.startsWith('please call me back about order 0')).toBe(true);
    expect(last.endsWith('…')).toBe(true);
    expect(first.conversation?.visitorLeft).toBe(true);
    expect(Number(first.leftAtMs)).toBeGreaterThanOrEqual(Number(first.lastMessageAtMs));
    expect((await admin.client.followUps(1, 1)).entries.map((e) => e.conversation?.id)).toEqual([ids[1]]);

    // ann comes online after they left: nothing routes them to her, she takes one from the list.
    const ann = await rs.agent('ann');
    const claimed = await ann.client.claim(ids[0]!);
    expect(claimed.state).toBe(ACTIVE);
    expect(claimed.visitorLeft).toBe(false);
    await followUpsUntil(admin, (p) => p.total === 1 && p.entries[0]?.conversation?.id === ids[1]);
    await ann.client.send(ids[0]!, 'Sorry for the wait, calling you now');

    const back = await rs.visitor(tokens[0]);
    // What a widget does on return: continue its latest conversation.
    const c = await back.client.openConversation({ continueLatest: true });
    expect(c.id).toBe(ids[0]);
    expect(c?.state).toBe(ACTIVE);
    expect(c?.agent?.id).toBe('ann');
    const history = await back.client.history(ids[0]!);
    expect(history.messages.at(-1)?.text).toBe('Sorry for the wait, calling you now');
    const kinds = history.messages.map((m) => m.system?.kind).filter((k) => k !== undefined);
    expect(kinds).toEqual([SystemEventKind.KIND_OPENED, SystemEventKind.KIND_LEFT, SystemEventKind.KIND_JOINED]);
  });

  it('drops a conversation from the list when its visitor comes back, and refuses visitors', async () => {
    rs = await routingServer({ routing: { assignment: 'final', abandon_grace_s: 0 }, agents: [agent('root', { role: 'admin' })] });
    const admin = await rs.agent('root');
    const token = await rs.srv.visitorToken();
    const visitor = await rs.visitor(token);
    const c = await visitor.client.openConversation();
    await visitor.client.send(c.id!, 'anyone there?');
    await visitor.client.close();
    await followUpsUntil(admin, (p) => p.total === 1);

    const back = await rs.visitor(token);
    await followUpsUntil(admin, (p) => p.total === 0);
    expect(admin.client.queue.entries.map((e) => e.conversation?.id)).toEqual([c.id]);
    await expect(back.client.followUps(0)).rejects.toMatchObject({ code: 'WUKF_E_FORBIDDEN' });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claim, open, type Conversation, type Participant } from '../src/server/domain/conversation.js';
import { visitorBack, visitorLeft } from '../src/server/domain/routing-transitions.js';
import { SqliteStore } from '../src/server/store/index.js';

/*
 * The follow-up list as the store reads it: queued conversations whose visitor left after writing, oldest
 * first, from a real SQLite file.
 */

const alice: Participant = { kind: 'agent', id: 'alice', displayName: 'Alice' };
const visitor = (n: number): Participant => ({ kind: 'visitor', id: `v_${n}`, displayName: `Visitor ${n}` });

describe('the follow-up list in the store', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-follow-up-'));
    file = join(dir, 'wukf.db');
    store = SqliteStore.open(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens conversation `id` at `at`, stores what its visitor writes, and lets the visitor leave the queue at `at` + 100. */
  async function leftWith(id: string, n: number, at: number, texts: string[]): Promise<Conversation> {
    const t = open({ id, visitor: visitor(n), language: 'en', skills: [], context: {}, group: n % 2 ? 'billing' : null }, at);
    await store.saveTransition(t.conversation, t.event, null);
    for (const [i, text] of texts.entries()) await store.appendMessage({ conversationId: id, clientMessageId: `${id}-${i}`, sender: visitor(n), text });
    const gone = visitorLeft(t.conversation, at + 100);
    await store.saveTransition(gone.conversation, gone.event, { state: 'queued', agentId: null });
    return gone.conversation;
  }

  it('lists the queued conversations whose visitor left after writing, oldest first, a page at a time with the total', async () => {
    // Opened out of order; c-silent's visitor wrote nothing.
    await leftWith('c-late', 3, 3000, ['third']);
    await leftWith('c-early', 1, 1000, ['hello?', 'my order 17 is missing']);
    await leftWith('c-silent', 2, 2000, []);
    await leftWith('c-mid', 4, 2500, ['one']);
    // Still in the queue: its visitor is connected.
    const waiting = open({ id: 'c-waiting', visitor: visitor(5), language: 'en', skills: [], context: {} }, 500);
    await store.saveTransition(waiting.conversation, waiting.event, null);
    await store.appendMessage({ conversationId: 'c-waiting', clientMessageId: 'w', sender: visitor(5), text: 'here' });

    const all = await store.followUps({ offset: 0, limit: 10 });
    expect(all.total).toBe(3);
    expect(all.entries.map((e) => e.conversation.id)).toEqual(['c-early', 'c-mid', 'c-late']);
    expect(all.entries[0]).toMatchObject({
      conversation: { id: 'c-early', state: 'queued', group: 'billing', visitor: { id: 'v_1' }, lastSeq: 4 },
      leftAt: 1100,
      messageCount: 2,
      lastMessage: { text: 'my order 17 is missing' },
    });
    const second = await store.followUps({ offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, entries: [{ conversation: { id: 'c-mid' } }] });
    expect((await store.followUps({ offset: 5, limit: 10 })).entries).toEqual([]);
  });

  it('drops a conversation that was claimed or whose visitor came back', async () => {
    const claimed = await leftWith('c1', 1, 1000, ['call me']);
    const back = await leftWith('c2', 2, 2000, ['still there?']);
    await leftWith('c3', 3, 3000, ['hello']);
    const taken = claim(claimed, alice, 4000);
    expect(taken.conversation.visitorLeftAt).toBeNull();
    await store.saveTransition(taken.conversation, taken.event, { state: 'queued', agentId: null });
    const returned = visitorBack(back, 4000);
    await store.saveTransition(returned.conversation, returned.event, { state: 'queued', agentId: null });

    const page = await store.followUps({ offset: 0, limit: 10 });
    expect(page.entries.map((e) => e.conversation.id)).toEqual(['c3']);
    expect(await store.getConversation('c1')).toMatchObject({ state: 'active', visitorLeftAt: null });
  });

});

import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, ParticipantKind, ReceiptKind } from '../src/client/index.js';
import { ChatView } from '../src/tui/ChatView.js';
import { TYPING_STALE_MS } from '../src/tui/state.js';
import type { TuiStore } from '../src/tui/store.js';
import { KEY, renderTui, type RenderedTui } from './helpers/ink.js';
import { alice, aliceStore, bob, NOW, recordingActions, snapshot, systemEntry, SystemEventKind, text, visitor } from './helpers/tui-fixtures.js';
import { AgentConsole } from '../src/tui/AgentConsole.js';

let ui: RenderedTui | undefined;
afterEach(() => ui?.unmount());

const anna = visitor('Anna');

function chatStore(): TuiStore {
  const store = aliceStore();
  store.dispatch({ type: 'conversation', snapshot: snapshot('c1', anna, { language: 'de', group: 'billing', context: { plan: 'pro', page: '/checkout' } }) });
  store.dispatch({
    type: 'history',
    page: {
      conversationId: 'c1',
      hasMore: true,
      messages: [
        systemEntry('c1', 5, { kind: SystemEventKind.KIND_JOINED, subject: bob }, NOW - 120_000),
        text('c1', 6, anna, 'my invoice is wrong', NOW - 110_000),
        systemEntry('c1', 7, { kind: SystemEventKind.KIND_TRANSFERRED, subject: alice, previous: bob, note: 'billing question' }, NOW - 100_000),
        systemEntry('c1', 8, { kind: SystemEventKind.KIND_ACCEPTED, subject: alice }, NOW - 90_000),
        text('c1', 9, alice, 'let me look', NOW - 80_000),
        text('c1', 10, alice, 'found it', NOW - 70_000),
        text('c1', 11, alice, 'refund is on its way', NOW - 60_000),
      ],
    },
  });
  store.dispatch({ type: 'receipt', receipt: { conversationId: 'c1', participant: anna, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 9 } });
  store.dispatch({ type: 'receipt', receipt: { conversationId: 'c1', participant: anna, kind: ReceiptKind.RECEIPT_KIND_DELIVERED, seq: 10 } });
  return store;
}

function chat(store: TuiStore, draft = '') {
  const state = store.getState();
  return <ChatView view={state.conversations.c1} me={state.me} offerLeftMs={0} width={72} height={16} scrollBack={0} draft={draft} focused />;
}

describe('the chat view', () => {
  it("shows the visitor's context, the entries with system events as lines, and receipts on my messages", async () => {
    ui = await renderTui(chat(chatStore()));
    const frame = await ui.waitFor('Anna · language de · group billing · active');
    expect(frame).toContain('context: plan=pro, page=/checkout');
    expect(frame).toContain('↑ older messages: pgup');
    expect(frame).toContain('— Bob joined');
    expect(frame).toContain('Anna: my invoice is wrong');
    expect(frame).toContain('— transferred from Bob to Alice (billing question)');
    expect(frame).toContain('— Alice accepted');
    const line = (t: string) => frame.split('\n').find((l) => l.includes(t)) ?? '';
    expect(line('let me look')).toMatch(/you: let me look ✓✓$/);
    expect(line('found it')).toMatch(/you: found it ✓$/);
    expect(line('refund is on its way')).toMatch(/you: refund is on its way$/);
  });

  it('shows the visitor typing, and requeued, left and closed entries', async () => {
    const store = chatStore();
    store.dispatch({ type: 'typing', typing: { conversationId: 'c1', participant: anna, typing: true } });
    ui = await renderTui(chat(store));
    await ui.waitFor('Anna is typing…');

    // Transferred to Bob: still on screen, and it says whose it is now.
    store.dispatch({ type: 'conversation', snapshot: snapshot('c1', anna, { agent: bob }) });
    await ui.rerender(chat(store));
    await ui.waitFor('Anna · with Bob');

    store.dispatch({ type: 'message', message: systemEntry('c1', 12, { kind: SystemEventKind.KIND_REQUEUED, previous: alice, note: 'Alice went offline' }, NOW) });
    store.dispatch({ type: 'message', message: systemEntry('c1', 13, { kind: SystemEventKind.KIND_LEFT, subject: anna }, NOW) });
    store.dispatch({ type: 'message', message: systemEntry('c1', 14, { kind: SystemEventKind.KIND_CLOSED, subject: { kind: ParticipantKind.PARTICIPANT_KIND_SYSTEM }, note: 'idle' }, NOW) });
    store.dispatch({ type: 'conversation', snapshot: snapshot('c1', anna, { state: ConversationState.CONVERSATION_STATE_CLOSED }) });
    await ui.rerender(chat(store));
    const frame = await ui.waitFor('(closed: esc to go back)');
    expect(frame).toContain('— back in the queue from Alice (Alice went offline)');
    expect(frame).toContain('— Anna left');
    expect(frame).toContain('— conversation closed (idle)');
    expect(frame).not.toContain('is typing');
  });

  it('hides a typing indicator gone quiet: refreshed it stays, silent past a few intervals it goes', async () => {
    const store = chatStore();
    store.dispatch({ type: 'tick', now: NOW });
    store.dispatch({ type: 'typing', typing: { conversationId: 'c1', participant: anna, typing: true } });
    ui = await renderTui(chat(store));
    await ui.waitFor('Anna is typing…');
    store.dispatch({ type: 'tick', now: NOW + TYPING_STALE_MS });
    store.dispatch({ type: 'typing', typing: { conversationId: 'c1', participant: anna, typing: true } });
    store.dispatch({ type: 'tick', now: NOW + 2 * TYPING_STALE_MS });
    await ui.rerender(chat(store));
    expect(ui.frame()).toContain('Anna is typing…');
    // Her tab closed without a typing=false: nothing more comes.
    store.dispatch({ type: 'tick', now: NOW + 2 * TYPING_STALE_MS + 1 });
    await ui.rerender(chat(store));
    expect(ui.frame()).not.toContain('is typing');
  });

  it('sends typing while composing, sends on enter, and pages older history at the top', async () => {
    const store = chatStore();
    const actions = recordingActions();
    store.dispatch({ type: 'select', conversationId: 'c1' });
    const render = () => <AgentConsole state={store.getState()} actions={actions} onQuit={() => undefined} columns={80} rows={23} />;
    ui = await renderTui(render());
    await ui.waitFor('Mine (1)');
    // mine -> queue -> chat
    await ui.press(KEY.tab, KEY.tab);
    await ui.waitFor('enter send');
    await ui.press('wir prüfen das');
    await ui.waitFor('> wir prüfen das█');
    expect(actions.calls).toContain('typing("c1", true)');
    await ui.press(KEY.enter);
    await ui.waitFor((f) => f.includes('> █'));
    expect(actions.calls).toContain('send("c1", "wir prüfen das")');
    await ui.press(KEY.pageUp);
    expect(actions.calls).toContain('older("c1")');
  });

  it('a paste of several lines sends each line, and keeps what follows the last newline as the draft', async () => {
    const store = chatStore();
    const actions = recordingActions();
    store.dispatch({ type: 'select', conversationId: 'c1' });
    ui = await renderTui(<AgentConsole state={store.getState()} actions={actions} onQuit={() => undefined} columns={80} rows={23} />);
    await ui.waitFor('Mine (1)');
    await ui.press(KEY.tab, KEY.tab);
    await ui.waitFor('enter send');
    await ui.press('Order A-1042:');
    await ui.press(' refunded\r\r49.90 EUR\r\nwithin 3 days');
    await ui.waitFor('> within 3 days█');
    expect(actions.calls.filter((c) => c.startsWith('send'))).toEqual(['send("c1", "Order A-1042: refunded")', 'send("c1", "49.90 EUR")']);
  });
});

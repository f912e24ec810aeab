import { afterEach, describe, expect, it } from 'vitest';
import { ReceiptKind } from '../src/client/index.js';
import { ConversationList } from '../src/tui/ConversationList.js';
import { myConversations } from '../src/tui/select.js';
import { renderTui, type RenderedTui } from './helpers/ink.js';
import { alice, aliceStore, bob, NOW, snapshot, text, visitor } from './helpers/tui-fixtures.js';

let ui: RenderedTui | undefined;
afterEach(() => ui?.unmount());

describe('my conversations', () => {
  it('shows each visitor with unread messages and how long they have waited for a reply, longest wait first', async () => {
    const store = aliceStore();
    const anna = visitor('Anna');
    const carl = visitor('Carl');
    const dora = visitor('Dora');
    for (const [id, who] of [['c1', anna], ['c2', carl], ['c3', dora]] as const) store.dispatch({ type: 'conversation', snapshot: snapshot(id, who) });
    // Anna asked twice, 65 s and 20 s ago, and nobody answered.
    store.dispatch({ type: 'message', message: text('c1', 3, anna, 'hello?', NOW - 65_000) });
    store.dispatch({ type: 'message', message: text('c1', 4, anna, 'anyone there?', NOW - 20_000) });
    // Carl was answered: no wait, nothing unread once read.
    store.dispatch({ type: 'message', message: text('c2', 3, carl, 'thanks', NOW - 300_000) });
    store.dispatch({ type: 'message', message: text('c2', 4, alice, 'you are welcome', NOW - 290_000) });
    store.dispatch({ type: 'receipt', receipt: { conversationId: 'c2', participant: alice, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 4 } });
    // Dora wrote 2 h 5 min ago, after an answer from another agent.
    store.dispatch({ type: 'message', message: text('c3', 3, bob, 'over to Alice', NOW - 8_000_000) });
    store.dispatch({ type: 'message', message: text('c3', 4, dora, 'ok', NOW - 7_500_000) });
    // An offer is not one of mine yet.
    store.dispatch({ type: 'conversation', snapshot: snapshot('c4', visitor('Eve'), { offerExpiresAtMs: NOW + 20_000 }) });

    const state = store.getState();
    ui = await renderTui(<ConversationList views={myConversations(state)} me={state.me} now={state.now} cursor={1} focused width={34} height={6} />);
    const frame = await ui.waitFor('Mine (3)');
    const lines = frame.split('\n');
    const row = (name: string) => lines.find((l) => l.includes(name)) ?? '';
    // Bob's note is unread too: only my own messages never are.
    expect(row('Dora')).toMatch(/\(2\) waits 2h05m/);
    expect(row('Anna')).toMatch(/\(2\) waits 1m05s/);
    expect(row('Carl')).not.toMatch(/waits|\(/);
    expect(frame).not.toContain('Eve');
    expect(lines.findIndex((l) => l.includes('Dora'))).toBeLessThan(lines.findIndex((l) => l.includes('Anna')));
    // The cursor (second row) is marked in text, not only by colour.
    expect(row('Anna').trimStart().startsWith('>')).toBe(true);
  });

  it('says so when there is nothing', async () => {
    const state = aliceStore().getState();
    ui = await renderTui(<ConversationList views={myConversations(state)} me={state.me} now={state.now} cursor={0} focused={false} width={34} height={6} />);
    await ui.waitFor(['Mine (0)', 'no conversations']);
  });
});

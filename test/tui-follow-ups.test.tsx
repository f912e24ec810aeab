import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, type FollowUp } from '../src/client/index.js';
import { AgentConsole } from '../src/tui/AgentConsole.js';
import { KEY, renderTui, type RenderedTui } from './helpers/ink.js';
import { aliceStore, NOW, recordingActions, snapshot, visitor } from './helpers/tui-fixtures.js';

let ui: RenderedTui | undefined;
afterEach(() => ui?.unmount());

function followUp(id: string, name: string, leftAgoS: number, lastMessage: string, group = ''): FollowUp {
  const conversation = snapshot(id, visitor(name), { state: ConversationState.CONVERSATION_STATE_QUEUED, agent: null, group, visitorLeft: true });
  return { conversation, leftAtMs: NOW - leftAgoS * 1000, messageCount: 1, lastMessageAtMs: NOW - leftAgoS * 1000 - 5000, lastMessage };
}

describe('left messages in the agent console', () => {
  it('lists who left a message, where, how long ago and what, under the queue; enter claims it and opens the chat', async () => {
    const store = aliceStore();
    store.dispatch({ type: 'follow-ups', entries: [followUp('f1', 'Jana', 3_700, 'refund for order 7?', 'billing'), followUp('f2', 'Kai', 125, 'call me back')], total: 3 });
    const actions = recordingActions();
    const render = () => <AgentConsole state={store.getState()} actions={actions} onQuit={() => undefined} columns={100} rows={24} />;
    ui = await renderTui(render());
    const frame = await ui.waitFor('Left messages (2 of 3)');
    // One line for the title, however narrow the column: nothing of it wraps onto the rows.
    expect(frame).not.toMatch(/^claims/m);
    const line = (t: string) => frame.split('\n').find((l) => l.includes(t)) ?? '';
    expect(frame.indexOf('Queue (0)')).toBeLessThan(frame.indexOf('Left messages'));
    expect(line('Jana')).toMatch(/Jana\s+billing 1h01m ago/);
    expect(line('Kai')).toMatch(/Kai\s+2m05s ago call me/);

    // A minute on, "ago" grows without a new page from the server.
    store.dispatch({ type: 'tick', now: NOW + 60_000 });
    await ui.rerender(render());
    await ui.waitFor('3m05s ago');

    // mine -> queue -> left messages; the cursor goes down to Kai's.
    await ui.press(KEY.tab, KEY.tab);
    await ui.waitFor('enter claim and open');
    // Beside the list: the follow-up under the cursor, its last message whole.
    await ui.waitFor(['group billing · left 1h02m ago · 1 message', 'refund for order 7?', 'enter claims it and opens the chat']);
    await ui.press('j');
    await ui.waitFor((f) => /> Kai/.test(f) && f.includes('left 3m05s ago'));
    await ui.press(KEY.enter);
    expect(actions.calls).toEqual(['claim("f2")', 'open("f2")']);
    await ui.waitFor('enter send');
  });

  it('says when there is nothing to follow up', async () => {
    ui = await renderTui(<AgentConsole state={aliceStore().getState()} actions={recordingActions()} onQuit={() => undefined} columns={80} rows={23} />);
    await ui.waitFor(['Left messages (0)', 'none to follow up']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { AgentConsole } from '../src/tui/AgentConsole.js';
import type { TuiStore } from '../src/tui/store.js';
import { KEY, renderTui, type RenderedTui } from './helpers/ink.js';
import { aliceStore, NOW, recordingActions, snapshot, visitor } from './helpers/tui-fixtures.js';
import { ConversationState } from '../src/client/index.js';

let ui: RenderedTui | undefined;
afterEach(() => ui?.unmount());

function queueStore(): TuiStore {
  const store = aliceStore();
  // Offered to alice: Fritz's runs out in 12 s, Gina's in 25 s.
  store.dispatch({ type: 'conversation', snapshot: snapshot('o2', visitor('Gina'), { offerExpiresAtMs: NOW + 25_000 }) });
  store.dispatch({ type: 'conversation', snapshot: snapshot('o1', visitor('Fritz'), { offerExpiresAtMs: NOW + 12_000 }) });
  const queued = (id: string, name: string, position: number, waitedS: number, group = '') => ({
    conversation: snapshot(id, visitor(name), { state: ConversationState.CONVERSATION_STATE_QUEUED, agent: null, group, createdAtMs: NOW - waitedS * 1000 }),
    position,
    waitedS,
  });
  store.dispatch({ type: 'queue', entries: [queued('q1', 'Hana', 1, 95, 'billing'), queued('q2', 'Ivo', 2, 30)], total: 5 });
  return store;
}

describe('offers and the queue', () => {
  it('lists offers with the time left to accept, and the queue with places, groups and waits', async () => {
    const store = queueStore();
    ui = await renderTui(<AgentConsole state={store.getState()} actions={recordingActions()} onQuit={() => undefined} columns={80} rows={23} />);
    const frame = await ui.waitFor('Offers (2)');
    const line = (t: string) => frame.split('\n').find((l) => l.includes(t)) ?? '';
    expect(line('Fritz')).toContain('12s left');
    expect(line('Gina')).toContain('25s left');
    expect(frame.indexOf('Fritz')).toBeLessThan(frame.indexOf('Gina'));
    expect(frame).toContain('Queue (2 of 5)');
    expect(line('Hana')).toMatch(/1 Hana\s+billing 1m35s/);
    expect(line('Ivo')).toMatch(/2 Ivo\s+30s/);
    // Offers are not mine until accepted.
    expect(frame).toContain('Mine (0)');

    // Ten seconds on: the waits grow and the offers run down, with no new frame from the server.
    store.dispatch({ type: 'tick', now: NOW + 10_000 });
    await ui.rerender(<AgentConsole state={store.getState()} actions={recordingActions()} onQuit={() => undefined} columns={80} rows={23} />);
    await ui.waitFor(['billing 1m45s', 'Fritz', '2s left', '15s left']);
  });

  it('accepts the offer under the cursor with enter, and claims from the queue with enter', async () => {
    const store = queueStore();
    const actions = recordingActions();
    ui = await renderTui(<AgentConsole state={store.getState()} actions={actions} onQuit={() => undefined} columns={80} rows={23} />);
    await ui.waitFor('Offers (2)');
    // mine -> (shift-tab) offers; the second offer is Gina's.
    await ui.press('\u001B[Z');
    await ui.waitFor('enter/a accept');
    await ui.press('j');
    await ui.waitFor((f) => /> Gina/.test(f));
    await ui.press(KEY.enter);
    expect(actions.calls).toEqual(['accept("o2")', 'open("o2")']);
    await ui.waitFor('enter send');

    // chat -> offers -> mine -> queue; the cursor goes down to Ivo.
    await ui.press(KEY.tab, KEY.tab, KEY.tab);
    await ui.waitFor('enter claim');
    await ui.press(KEY.down);
    await ui.waitFor((f) => /> +2 Ivo/.test(f));
    await ui.press(KEY.enter);
    expect(actions.calls.at(-1)).toBe('claim("q2")');
  });

  it('a accepts the first offer from Mine, where the console starts, and the footer says so', async () => {
    const actions = recordingActions();
    ui = await renderTui(<AgentConsole state={queueStore().getState()} actions={actions} onQuit={() => undefined} columns={80} rows={23} />);
    await ui.waitFor('a accept the offer · enter open');
    await ui.press('a');
    expect(actions.calls).toEqual(['accept("o1")', 'open("o1")']);
  });

  it('acts on keys read in one go (a paste, keys bunched up on a slow link) in the pane each key before chose', async () => {
    const store = queueStore();
    const actions = recordingActions();
    ui = await renderTui(<AgentConsole state={store.getState()} actions={actions} onQuit={() => undefined} columns={80} rows={23} />);
    await ui.waitFor('Offers (2)');
    // One write: shift-tab up to Offers, then a accepts Fritz's, the first.
    await ui.press('\u001B[Za');
    expect(actions.calls).toEqual(['accept("o1")', 'open("o1")']);
    // From the chat: shift-tab back to the queue, then enter claims Hana, its first.
    await ui.press('\u001B[Z\r');
    expect(actions.calls.at(-1)).toBe('claim("q1")');
  });

  it('toggles the status, opens help, and quits with q', async () => {
    const actions = recordingActions();
    let quit = 0;
    ui = await renderTui(<AgentConsole state={queueStore().getState()} actions={actions} onQuit={() => quit++} columns={80} rows={23} />);
    await ui.press('s');
    expect(actions.calls).toEqual(['togglePresence()']);
    await ui.press('?');
    await ui.waitFor(['Keys', 'q / ctrl-c']);
    await ui.press('x');
    await ui.waitFor((f) => !f.includes('q / ctrl-c'));
    await ui.press('q');
    expect(quit).toBe(1);
  });
});

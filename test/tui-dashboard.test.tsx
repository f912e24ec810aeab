import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, DashboardEventKind, DashboardModel, ParticipantKind, PresenceStatus, type DashboardEvent, type Participant } from '../src/client/index.js';
import { Dashboard } from '../src/tui/Dashboard.js';
import { createTuiStore, type TuiStore } from '../src/tui/store.js';
import { KEY, renderTui, type RenderedTui } from './helpers/ink.js';
import { alice, NOW, recordingActions, snapshot, text, visitor } from './helpers/tui-fixtures.js';

let ui: RenderedTui | undefined;
afterEach(() => ui?.unmount());

const root: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_ADMIN, id: 'root', displayName: 'Root' };
const hana = visitor('Hana');
const ivo = visitor('Ivo');
const MB = 1024 * 1024;

/** A store signed in as an admin, fed a snapshot (and any further events) through the SDK's model, as the client does. */
function adminStore(...events: Partial<DashboardEvent>[]): TuiStore {
  const store = createTuiStore(NOW);
  store.dispatch({ type: 'signed-in' });
  store.dispatch({ type: 'connection', state: 'open' });
  store.dispatch({ type: 'welcome', welcome: { you: root, conversations: [], resume: [], serverTimeMs: NOW, pingIntervalMs: 0 }, localNow: NOW });
  const model = new DashboardModel();
  for (const e of events) {
    model.apply({ kind: DashboardEventKind.KIND_DELTA, serverTimeMs: NOW, ...e } as DashboardEvent);
    store.dispatch({ type: 'dashboard', model, localNow: NOW });
  }
  return store;
}

const health = { version: '0.9.0', uptimeS: 3725, visitors: 12, agents: 3, admins: 1, queued: 2, active: 1, messagesPerS: 4.5, ackMsP50: 1.2, ackMsP99: 8.4, eventLoopDelayMsP50: 0.4, eventLoopDelayMsP99: 3.1, rssBytes: 180 * MB, databaseBytes: 24 * MB, walBytes: 4 * MB };

const snapshotEvent: Partial<DashboardEvent> = {
  kind: DashboardEventKind.KIND_SNAPSHOT,
  version: 7,
  agents: [
    { username: 'alice', displayName: 'Alice', status: PresenceStatus.PRESENCE_STATUS_ONLINE, load: 2, maxConcurrent: 2, groups: ['billing'], skills: ['refunds'], languages: ['en', 'de'], onShift: true, lastActivityMs: NOW - 30_000 },
    { username: 'bob', displayName: 'Bob', status: PresenceStatus.PRESENCE_STATUS_AWAY, load: 0, maxConcurrent: 4, groups: [], skills: [], languages: ['fr'], onShift: false, lastActivityMs: 0 },
  ],
  queues: [
    { group: 'billing', waiting: 1, oldestCreatedAtMs: NOW - 200_000, topPriority: 5 },
    { group: 'sales', waiting: 1, oldestCreatedAtMs: NOW - 40_000, topPriority: 0 },
  ],
  sessions: [
    { id: 'c1', state: ConversationState.CONVERSATION_STATE_QUEUED, visitor: hana, group: 'billing', priority: 5, createdAtMs: NOW - 200_000, lastMessage: 'my card was charged twice' },
    { id: 'c2', state: ConversationState.CONVERSATION_STATE_ACTIVE, visitor: ivo, agent: alice, group: 'sales', createdAtMs: NOW - 400_000, assignedAtMs: NOW - 90_000, lastMessage: 'which plan fits me?', assignment: { reason: 'score' } },
  ],
  health,
};

function render(store: TuiStore, actions = recordingActions(), extra: { onConsole?: () => void; onQuit?: () => void } = {}) {
  return renderTui(<Dashboard state={store.getState()} actions={actions} onConsole={extra.onConsole ?? (() => undefined)} onQuit={extra.onQuit ?? (() => undefined)} columns={80} rows={23} />);
}

const line = (frame: string, t: string) => frame.split('\n').find((l) => l.includes(t)) ?? '';

describe('the admin dashboard', () => {
  it('opens on Health: version, uptime, connections by role, rate with its sparkline, latencies, memory and files', async () => {
    const store = adminStore(snapshotEvent, { version: 8, health: { ...health, messagesPerS: 9 } }, { version: 9, health: { ...health, messagesPerS: 1 } });
    ui = await render(store);
    const frame = await ui.waitFor('Health:');
    expect(line(frame, '[1 Health]')).toContain('2 Queues');
    expect(line(frame, 'server')).toContain('wukf 0.9.0 · up 1h02m');
    expect(line(frame, 'connections')).toContain('12 visitors · 3 agents · 1 admins');
    expect(line(frame, 'messages/s')).toContain('1.0 ▅█▂');
    expect(line(frame, 'ack latency')).toContain('p50 1.2 ms · p99 8.4 ms');
    expect(line(frame, 'event loop')).toContain('p99 3.1 ms');
    expect(line(frame, 'memory')).toContain('RSS 180.0 MB');
    expect(line(frame, 'database')).toContain('24.0 MB · WAL 4.0 MB');
    // Hana has waited 3m20s, past the 2 minutes a visitor is expected to bear.
    expect(frame).toContain('Health: 1 problem');
    expect(line(frame, 'conversations')).toMatch(/^! .*2 queued · 1 active — a visitor waits 3m20s/);
    expect(line(frame, 'event loop').startsWith('!')).toBe(false);
  });

  it('flags a lagging event loop and a growing WAL in words', async () => {
    ui = await render(adminStore({ ...snapshotEvent, queues: [], health: { ...health, eventLoopDelayMsP99: 340, walBytes: 300 * MB } }));
    const frame = await ui.waitFor('Health: 2 problems');
    expect(line(frame, 'event loop')).toMatch(/^! .*loop lagging/);
    expect(line(frame, 'database')).toMatch(/^! .*WAL over/);
  });

  it('Queues: each group with its waiting count, longest wait and top priority, then its waiting conversations', async () => {
    const queued = { ...snapshotEvent.sessions![0]!, id: 'c3', visitor: visitor('Jun'), priority: 0, language: 'ko', skills: ['refunds', 'vat'], createdAtMs: NOW - 30_000 };
    const actions = recordingActions();
    ui = await render(adminStore({ ...snapshotEvent, queues: [{ ...snapshotEvent.queues![0]!, waiting: 4 }, snapshotEvent.queues![1]!], sessions: [...snapshotEvent.sessions!, queued] }), actions);
    await ui.press('2');
    const frame = await ui.waitFor('[2 Queues]');
    const lines = frame.split('\n');
    const at = (t: string) => lines.findIndex((l) => l.includes(t));
    expect(line(frame, 'billing')).toMatch(/billing\s+4\s+3m20s\s+5 !!/);
    // Served first: Hana (priority 5), then Jun; the stream listed two of the four.
    expect(line(frame, 'Hana')).toMatch(/^\s+Hana\s+3m20s\s+5\s+-\s+- !!/);
    expect(line(frame, 'Jun')).toMatch(/^\s+Jun\s+30s\s+0\s+ko\s+refunds,vat$/);
    expect(line(frame, 'more waiting')).toContain('… 2 more waiting');
    expect([at('billing'), at('Hana'), at('Jun'), at('more waiting'), at('sales')]).toEqual([...Array(5).keys()].map((i) => at('billing') + i));
    expect(line(frame, 'sales')).toMatch(/sales\s+1\s+40s\s+0$/);
    // A conversation's row acts on it: t assigns it.
    await ui.press('j', 'j', 't');
    await ui.waitFor('Assign Jun');
  });

  it('Agents: status, load against capacity, shift, last activity, groups, skills and languages', async () => {
    ui = await render(adminStore(snapshotEvent));
    await ui.press('3');
    const frame = await ui.waitFor('[3 Agents]');
    expect(line(frame, 'Alice')).toMatch(/Alice\s+online\s+2\/2!\s+on\s+30s ago\s+billing · refunds · en,de/);
    expect(line(frame, 'Bob')).toMatch(/Bob\s+away\s+0\/4\s+off\s+never\s+- · - · fr/);
  });

  it('Sessions: visitor, agent, state, time, routing reason and last message; / filters them', async () => {
    ui = await render(adminStore(snapshotEvent));
    await ui.press('4');
    let frame = await ui.waitFor('[4 Sessions]');
    expect(line(frame, 'Hana')).toMatch(/Hana\s+-\s+queued\s+3m20s\s+queue billing\s+my card was charged/);
    expect(line(frame, 'Ivo')).toMatch(/Ivo\s+Alice\s+active\s+1m30s\s+score\s+which plan/);
    expect(frame).not.toContain('more than the stream carries');
    await ui.press('/', 'p', 'l', 'a', 'n');
    frame = await ui.waitFor((f) => !f.includes('Hana'));
    expect(frame).toContain('Ivo');
    await ui.press(KEY.enter);
    await ui.waitFor('filter: "plan"');
    await ui.press(KEY.esc);
    await ui.waitFor('Hana');
  });

  it('Sessions says when the stream carries only part of the conversations', async () => {
    ui = await render(adminStore({ ...snapshotEvent, truncated: true }));
    await ui.press('4');
    const frame = await ui.waitFor('[4 Sessions]');
    expect(frame).toContain("… more than the stream carries (limits.dashboard_max_sessions)");
  });

  it('enter watches a session read-only; x then y closes it; esc stops watching', async () => {
    const store = adminStore(snapshotEvent);
    const actions = recordingActions();
    ui = await render(store, actions);
    await ui.press('4', 'j', KEY.enter);
    expect(actions.calls).toContain('watch("c2")');
    store.dispatch({ type: 'conversation', snapshot: snapshot('c2', ivo) });
    store.dispatch({ type: 'history', page: { conversationId: 'c2', messages: [text('c2', 1, ivo, 'which plan fits me?', NOW - 60_000)], hasMore: false } });
    await ui.rerender(<Dashboard state={store.getState()} actions={actions} onConsole={() => undefined} onQuit={() => undefined} columns={80} rows={23} />);
    const frame = await ui.waitFor('Ivo: which plan fits me?');
    expect(frame).toContain('Ivo with Alice · score · read-only');
    await ui.press('x');
    await ui.waitFor('Close the conversation with Ivo for good?');
    await ui.press('y');
    expect(actions.calls).toContain('close("c2")');
    await ui.press(KEY.esc);
    expect(actions.calls.at(-1)).toBe('unwatch("c2")');
    await ui.waitFor('[4 Sessions]');
  });

  it('Sessions: t assigns a queued conversation and transfers an active one, with a note; x asks before closing', async () => {
    const actions = recordingActions();
    ui = await render(adminStore(snapshotEvent), actions);
    await ui.press('4', 't');
    let frame = await ui.waitFor('Assign Hana');
    expect(frame).toContain("To: an agent's username");
    expect(frame).not.toContain('group:');
    await ui.press(...'alice', KEY.enter);
    await ui.waitFor('Note for them');
    await ui.press(...'refund case', KEY.enter);
    expect(actions.calls).toContain('reassign("c1", "alice", "refund case")');
    await ui.waitFor('t transfer/assign');
    await ui.press('j', 't');
    frame = await ui.waitFor('Transfer Ivo');
    expect(frame).toContain('group:name');
    await ui.press(KEY.esc);
    await ui.waitFor('[4 Sessions]');
    await ui.press('x');
    await ui.waitFor('Close the conversation with Ivo for good?');
    await ui.press('n');
    await ui.waitFor('[4 Sessions]');
    expect(actions.calls.filter((c) => c.startsWith('close'))).toEqual([]);
  });

  it('a hand-over refused for capacity is offered again: o sends it with override_capacity', async () => {
    const store = adminStore(snapshotEvent);
    const actions = recordingActions();
    store.dispatch({ type: 'notice', notice: { level: 'error', text: 'alice is at capacity — o: hand it over anyway', override: { conversationId: 'c1', target: 'alice', note: 'vip' } } });
    ui = await render(store, actions);
    await ui.waitFor('o: hand it over anyway');
    await ui.press('o');
    expect(actions.calls).toContain('reassign("c1", "alice", "vip", true)');
  });

  it('? shows the keys, c opens the agent console, q quits; every line fits 80 columns', async () => {
    let consoles = 0;
    let quits = 0;
    ui = await render(adminStore(snapshotEvent), recordingActions(), { onConsole: () => consoles++, onQuit: () => quits++ });
    await ui.press('?');
    const help = await ui.waitFor('Dashboard keys');
    expect(help).toContain('filter the list');
    await ui.press(' ', 'c');
    expect(consoles).toBe(1);
    for (const key of ['1', '2', '3', '4']) {
      await ui.press(key);
      expect(ui.frame().split('\n').length).toBeLessThanOrEqual(23);
      for (const l of ui.frame().split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    }
    await ui.press('q');
    expect(quits).toBe(1);
  });
});

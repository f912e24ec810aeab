import { describe, expect, it } from 'vitest';
import { DashboardEventKind, DashboardModel, type DashboardEvent } from '../src/client/index.js';

const { KIND_SNAPSHOT, KIND_DELTA, KIND_STOPPED } = DashboardEventKind;

function event(fields: Partial<DashboardEvent>): DashboardEvent {
  return { kind: KIND_DELTA, version: 0, agents: [], queues: [], sessions: [], removedAgents: [], removedQueues: [], removedSessions: [], truncated: false, serverTimeMs: 0, ...fields } as DashboardEvent;
}

describe('DashboardModel', () => {
  it('takes a snapshot whole, then applies newer deltas row by row and drops removed keys', () => {
    const model = new DashboardModel();
    expect(model.apply(event({ kind: KIND_SNAPSHOT, version: 41, agents: [{ username: 'ann', load: 1 }, { username: 'bob', load: 0 }], queues: [{ group: 'sales', waiting: 2 }], sessions: [{ id: 'c1', visitor: { id: 'v1' } }], health: { version: '1.0.0', queued: 2 }, truncated: true, serverTimeMs: 1000 }))).toBe(true);
    expect(model.version).toBe(41);
    expect([...model.agents.keys()]).toEqual(['ann', 'bob']);
    expect(model.truncated).toBe(true);

    expect(model.apply(event({ version: 42, agents: [{ username: 'ann', load: 2 }], sessions: [{ id: 'c2' }], removedQueues: ['sales'], removedSessions: ['c1', 'never-held'] }))).toBe(true);
    expect(model.agents.get('ann')?.load).toBe(2);
    // A row replaces the old one; fields are not merged.
    expect(model.agents.get('bob')?.load).toBe(0);
    expect([...model.queues.keys()]).toEqual([]);
    expect([...model.sessions.keys()]).toEqual(['c2']);
    // A delta without health keeps the last health; the snapshot's server time stays until a newer one.
    expect(model.health?.version).toBe('1.0.0');
    expect(model.serverTimeMs).toBe(1000);
  });

  it('ignores a delta the snapshot already showed, and STOPPED', () => {
    const model = new DashboardModel();
    model.apply(event({ kind: KIND_SNAPSHOT, version: 10, sessions: [{ id: 'c1' }] }));
    expect(model.apply(event({ version: 10, removedSessions: ['c1'] }))).toBe(false);
    expect(model.apply(event({ version: 9, sessions: [{ id: 'c9' }] }))).toBe(false);
    expect(model.apply(event({ kind: KIND_STOPPED, version: 10 }))).toBe(false);
    expect([...model.sessions.keys()]).toEqual(['c1']);
  });

  it('replaces its health when an event carries one, and starts over after clear()', () => {
    const model = new DashboardModel();
    model.apply(event({ kind: KIND_SNAPSHOT, version: 5, health: { messagesPerS: 1 }, agents: [{ username: 'ann' }] }));
    model.apply(event({ version: 6, health: { messagesPerS: 7 }, serverTimeMs: 2000 }));
    expect(model.health?.messagesPerS).toBe(7);
    expect(model.serverTimeMs).toBe(2000);
    model.clear();
    expect(model.version).toBe(0);
    expect(model.agents.size).toBe(0);
    expect(model.health).toBeUndefined();
    // After a reconnect the server's versions may start lower: the new snapshot is taken as it is.
    expect(model.apply(event({ kind: KIND_SNAPSHOT, version: 2, agents: [{ username: 'cy' }] }))).toBe(true);
    expect([...model.agents.keys()]).toEqual(['cy']);
  });
});

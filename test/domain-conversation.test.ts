import { describe, expect, it } from 'vitest';
import { assertCanWrite, canRead, claim, close, open, transfer, type Participant } from '../src/server/domain/conversation.js';

const visitor: Participant = { kind: 'visitor', id: 'v_1', displayName: 'V' };
const otherVisitor: Participant = { kind: 'visitor', id: 'v_2', displayName: 'W' };
const alice: Participant = { kind: 'agent', id: 'alice', displayName: 'Alice' };
const bob: Participant = { kind: 'agent', id: 'bob', displayName: 'Bob' };
const admin: Participant = { kind: 'admin', id: 'root', displayName: 'Admin' };

const queued = () => open({ id: 'c1', visitor, language: 'en', skills: [], context: {} }, 1).conversation;

describe('conversation rules', () => {
  it('opens queued, is claimed once, transferred by its agent or an admin, closed once', () => {
    const c = queued();
    expect(c.state).toBe('queued');
    expect(() => open({ id: 'x', visitor: alice, language: 'en', skills: [], context: {} }, 1)).toThrow(expect.objectContaining({ code: 'WUKF_E_FORBIDDEN' }));
    const claimed = claim(c, alice, 2);
    expect(claimed.conversation).toMatchObject({ state: 'active', agent: alice, updatedAt: 2 });
    expect(claimed.event).toEqual({ kind: 'joined', subject: alice, assignment: { kind: 'claim', at: claimed.conversation.updatedAt } });
    expect(claimed.conversation.assignment).toEqual(claimed.event.assignment);
    expect(() => claim(claimed.conversation, bob, 3)).toThrow(expect.objectContaining({ code: 'WUKF_E_CONVERSATION_CONFLICT' }));
    expect(() => claim(c, visitor, 3)).toThrow(expect.objectContaining({ code: 'WUKF_E_FORBIDDEN' }));

    expect(() => transfer(claimed.conversation, bob, bob, '', 4)).toThrow(expect.objectContaining({ code: 'WUKF_E_FORBIDDEN' }));
    const moved = transfer(claimed.conversation, admin, bob, 'billing question', 4);
    expect(moved.event).toEqual({ kind: 'transferred', subject: bob, previous: alice, note: 'billing question', assignment: { kind: 'transfer', at: 4 } });
    expect(() => transfer(moved.conversation, bob, bob, '', 5)).toThrow(expect.objectContaining({ code: 'WUKF_E_CONVERSATION_CONFLICT' }));

    expect(() => close(moved.conversation, otherVisitor, '', 6)).toThrow(expect.objectContaining({ code: 'WUKF_E_FORBIDDEN' }));
    const closed = close(moved.conversation, visitor, 'thanks', 6);
    expect(closed.conversation.state).toBe('closed');
    expect(() => close(closed.conversation, admin, '', 7)).toThrow(expect.objectContaining({ code: 'WUKF_E_CONVERSATION_CLOSED' }));
    expect(() => claim(closed.conversation, alice, 7)).toThrow(expect.objectContaining({ code: 'WUKF_E_CONVERSATION_CLOSED' }));
  });

  it('lets each side read and write only its own conversations; admins observe', () => {
    const c = queued();
    expect(canRead(visitor, c)).toBe(true);
    expect(canRead(otherVisitor, c)).toBe(false);
    expect(canRead(alice, c)).toBe(true); // agents see the queue
    expect(() => assertCanWrite(alice, c)).toThrow(expect.objectContaining({ code: 'WUKF_E_FORBIDDEN' }));
    expect(() => assertCanWrite(otherVisitor, c)).toThrow(expect.objectContaining({ code: 'WUKF_E_CONVERSATION_NOT_FOUND' }));

    const active = claim(c, alice, 2).conversation;
    expect(() => assertCanWrite(alice, active)).not.toThrow();
    expect(() => assertCanWrite(visitor, active)).not.toThrow();
    expect(canRead(bob, active)).toBe(false);
    expect(() => assertCanWrite(bob, active)).toThrow(expect.objectContaining({ code: 'WUKF_E_CONVERSATION_NOT_FOUND' }));
    expect(canRead(admin, active)).toBe(true);
    expect(() => assertCanWrite(admin, active)).toThrow(expect.objectContaining({ code: 'WUKF_E_FORBIDDEN' }));

    const closed = close(active, alice, '', 3).conversation;
    expect(() => assertCanWrite(visitor, closed)).toThrow(expect.objectContaining({ code: 'WUKF_E_CONVERSATION_CLOSED' }));
  });
});

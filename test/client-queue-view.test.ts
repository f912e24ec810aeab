import { describe, expect, it } from 'vitest';
import { QueueEventKind, QueueView, type QueueEvent } from '../src/client/index.js';

/* The SDK's view of the queue kept from pages and deltas, without a server. */

const entry = (id: string, position: number) => ({ conversation: { id }, position, waitedS: 0 });
const page = (offset: number, ids: string[], total: number, version: number): QueueEvent =>
  ({ kind: QueueEventKind.KIND_PAGE, offset, total, version, entries: ids.map((id, i) => entry(id, offset + i + 1)), removed: [] }) as unknown as QueueEvent;
const delta = (version: number, total: number, added: [string, number][], removed: string[] = []): QueueEvent =>
  ({ kind: QueueEventKind.KIND_DELTA, total, version, entries: added.map(([id, p]) => entry(id, p)), removed, offset: 0 }) as unknown as QueueEvent;
const ids = (view: QueueView) => view.entries.map((e) => `${e.conversation?.id}@${e.position}`);

describe('QueueView', () => {
  it('keeps the queue from its first page and deltas: joins at their place, leaves renumber the rest', () => {
    const view = new QueueView();
    expect(view.apply(page(0, ['a', 'b'], 2, 7))).toBe(true);
    expect(ids(view)).toEqual(['a@1', 'b@2']);
    view.apply(delta(8, 3, [['c', 3]]));
    view.apply(delta(9, 2, [], ['a']));
    expect(ids(view)).toEqual(['b@1', 'c@2']);
    expect(view).toMatchObject({ total: 2, version: 9, hasMore: false });
  });

  it('ignores deltas the page already shows, and visitors\' own QueueEvents', () => {
    const view = new QueueView();
    view.apply(page(0, ['a'], 1, 5));
    expect(view.apply(delta(5, 2, [['x', 2]]))).toBe(false);
    expect(view.apply({ conversationId: 'a', position: 1, estimatedWaitS: 60 } as unknown as QueueEvent)).toBe(false);
    expect(ids(view)).toEqual(['a@1']);
  });

  it('holds a prefix: joins beyond it only count, and later pages extend it', () => {
    const view = new QueueView();
    view.apply(page(0, ['a', 'b'], 4, 1));
    expect(view.hasMore).toBe(true);
    view.apply(delta(2, 5, [['e', 5]]));
    expect(ids(view)).toEqual(['a@1', 'b@2']);
    expect(view.total).toBe(5);
    view.apply(page(2, ['c', 'd', 'e'], 5, 2));
    expect(ids(view)).toEqual(['a@1', 'b@2', 'c@3', 'd@4', 'e@5']);
    // A page that does not join what is held cannot be placed.
    const other = new QueueView();
    other.apply(page(0, ['a'], 9, 1));
    expect(other.apply(page(5, ['f'], 9, 1))).toBe(false);
    // A new first page (a reconnect) starts again.
    view.apply(page(0, ['z'], 1, 1));
    expect(ids(view)).toEqual(['z@1']);
  });
});

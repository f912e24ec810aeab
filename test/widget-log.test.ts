import { describe, expect, it } from 'vitest';
import { ConversationLog, type ChatEntry } from '../src/widget/conversation-log.js';

function entry(fields: Partial<ChatEntry> & { key: string }): ChatEntry {
  return { seq: 0, mine: false, system: false, text: 'x', sender: 'Alice', at: 0, ...fields };
}

describe("the widget's conversation log", () => {
  it("counts a message once however it arrives, and marks the visitor's own as the other side gets them", () => {
    const changes: ChatEntry[] = [];
    const log = new ConversationLog((e) => changes.push({ ...e }));
    expect(log.put(entry({ key: 'm:a', mine: true }))).toBe(true);
    expect(changes.at(-1)!.mark).toBe('sending');
    log.acked('m:a', 3);
    expect(changes.at(-1)).toMatchObject({ key: 'm:a', seq: 3, mark: 'sent' });
    // The same message again, from a replay after a reconnect: no second row.
    expect(log.put(entry({ key: 'm:a', seq: 3, mine: true }))).toBe(false);
    expect(log.size).toBe(1);

    log.put(entry({ key: 'm:b', seq: 5, mine: true }));
    log.receipts(3, 0);
    expect(changes.filter((c) => c.key === 'm:a').at(-1)!.mark).toBe('delivered');
    expect(changes.filter((c) => c.key === 'm:b').at(-1)!.mark).toBe('sent');
    log.receipts(0, 5);
    expect(changes.filter((c) => c.key === 'm:a').at(-1)!.mark).toBe('read');
    expect(changes.filter((c) => c.key === 'm:b').at(-1)!.mark).toBe('read');
    // Watermarks only move forward: an older receipt changes nothing.
    const before = changes.length;
    log.receipts(1, 1);
    expect(changes.length).toBe(before);

    log.put(entry({ key: 'm:c', mine: true }));
    log.failed('m:c');
    expect(changes.at(-1)!.mark).toBe('failed');
    log.receipts(9, 9);
    expect(changes.filter((c) => c.key === 'm:c').at(-1)!.mark).toBe('failed');
  });

  it("counts the other side's text messages above what the visitor has read as unread", () => {
    const log = new ConversationLog(() => undefined);
    log.put(entry({ key: 's:1', seq: 1, system: true }));
    log.put(entry({ key: 's:2', seq: 2 }));
    log.put(entry({ key: 'm:x', seq: 3, mine: true }));
    log.put(entry({ key: 's:4', seq: 4 }));
    expect(log.unread()).toBe(2);
    log.seenUpTo(2);
    expect(log.unread()).toBe(1);
    expect([log.firstSeq(), log.lastSeq()]).toEqual([1, 4]);
    log.seenUpTo(4);
    expect(log.unread()).toBe(0);
    log.clear();
    expect([log.size, log.firstSeq(), log.lastSeq(), log.unread()]).toEqual([0, 0, 0, 0]);
  });
});

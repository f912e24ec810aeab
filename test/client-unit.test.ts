import { afterEach, describe, expect, it, vi } from 'vitest';
import { Backoff } from '../src/client/backoff.js';
import { Cursors } from '../src/client/cursors.js';
import { MAX_CURSORS } from '../src/proto/limits.js';
import { Emitter } from '../src/client/emitter.js';
import { Outbox } from '../src/client/outbox.js';
import { Pacer } from '../src/client/pacer.js';
import { Receipts } from '../src/client/receipts.js';
import { randomId } from '../src/client/runtime.js';
import { classifyClose, preferBuffers, toBytes } from '../src/client/socket.js';
import type { MessageAck, WebSocketLike } from '../src/client/index.js';
import { ConversationState, ReceiptKind, ResumeStatus } from '../src/proto/index.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Backoff', () => {
  it('draws each delay between minMs and a ceiling that doubles up to maxMs (full jitter)', () => {
    const low = new Backoff({ minMs: 100, maxMs: 10_000, random: () => 0 });
    const high = new Backoff({ minMs: 100, maxMs: 10_000, random: () => 0.999_999 });
    const lows = Array.from({ length: 10 }, () => low.next());
    const highs = Array.from({ length: 10 }, () => high.next());
    expect(lows).toEqual(Array(10).fill(100));
    expect(highs).toEqual([200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000, 10_000]);
  });

  it('spreads delays over the whole range, never outside it', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const backoff = new Backoff({ minMs: 50, maxMs: 1_000, random });
    const delays: number[] = [];
    for (let round = 0; round < 200; round++) {
      backoff.reset();
      for (let n = 0; n < 8; n++) delays.push(backoff.next());
    }
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1_000);
    // With jitter the delays of one attempt differ between clients; without it they would all be equal.
    expect(new Set(delays).size).toBeGreaterThan(100);
  });

  it('starts again from the bottom after reset()', () => {
    const backoff = new Backoff({ minMs: 10, maxMs: 1_000, random: () => 0.999_999 });
    for (let n = 0; n < 5; n++) backoff.next();
    expect(backoff.next()).toBe(640);
    backoff.reset();
    expect(backoff.attempts).toBe(0);
    expect(backoff.next()).toBe(20);
  });
});

describe('Outbox', () => {
  const message = (n: number) => ({ conversationId: 'c1', clientMessageId: `m${n}`, text: `text ${n}` });
  // As decoded from the wire; the fields are the ones an ack carries.
  const ack = (n: number, seq: number) => ({ conversationId: 'c1', clientMessageId: `m${n}`, seq, createdAtMs: 0, duplicate: false }) as MessageAck;

  it('hands out messages in order, at most `window` unacknowledged at once', () => {
    const outbox = new Outbox(2);
    for (let n = 1; n <= 4; n++) outbox.add(message(n), n);
    const first = outbox.next()!;
    outbox.written(first, 1);
    const second = outbox.next()!;
    outbox.written(second, 2);
    expect([first.clientMessageId, second.clientMessageId]).toEqual(['m1', 'm2']);
    expect(outbox.next()).toBeUndefined();
    outbox.ack(ack(2, 11));
    expect(outbox.next()?.clientMessageId).toBe('m3');
  });

  it('settles each send with its own ack, in whatever order acks come, and ignores repeats', async () => {
    const outbox = new Outbox(8);
    const entries = [1, 2, 3].map((n) => outbox.add(message(n), n));
    entries.forEach((e, i) => outbox.written(e, i + 1));
    outbox.ack(ack(3, 30));
    outbox.ack(ack(1, 10));
    expect(outbox.ack(ack(1, 10))).toBeUndefined();
    outbox.ack(ack(2, 20));
    expect(await Promise.all(entries.map((e) => e.promise.then((a) => a.seq)))).toEqual([10, 20, 30]);
    expect(outbox.size).toBe(0);
  });

  it('finds an ack by the ref it was written with, but trusts the ids when the ref names another send', async () => {
    const outbox = new Outbox(8);
    const entries = [1, 2, 3].map((n) => outbox.add(message(n), n));
    entries.forEach((e, i) => outbox.written(e, i + 1));
    outbox.ack(ack(2, 20), 2);
    outbox.ack(ack(3, 30), 1); // a ref that is not m3's: m3 is settled, m1 is not
    expect(outbox.size).toBe(1);
    outbox.ack(ack(1, 10), 99);
    expect(await Promise.all(entries.map((e) => e.promise.then((a) => a.seq)))).toEqual([10, 20, 30]);
    expect(outbox.ack(ack(2, 20), 2)).toBeUndefined();
  });

  it('after a drop writes every unacknowledged message again, in order, with its original id', () => {
    const outbox = new Outbox(3);
    for (let n = 1; n <= 4; n++) outbox.add(message(n), n);
    for (let ref = 1; ref <= 3; ref++) outbox.written(outbox.next()!, ref);
    outbox.ack(ack(2, 20));
    outbox.rewriteAll();
    expect(outbox.inFlight).toBe(0);
    const again: string[] = [];
    for (let entry = outbox.next(), ref = 10; entry; entry = outbox.next(), ref++) {
      again.push(entry.clientMessageId);
      outbox.written(entry, ref);
    }
    expect(again).toEqual(['m1', 'm3', 'm4']);
    expect(outbox.list().map((m) => m.clientMessageId)).toEqual(['m1', 'm3', 'm4']);
  });

  it('joins a second send of an id that is still queued, and rejects a refused one', async () => {
    const outbox = new Outbox(4);
    const a = outbox.add(message(1), 1);
    expect(outbox.add(message(1), 2)).toBe(a);
    outbox.written(a, 7);
    expect(outbox.entryFor(7)).toBe(a);
    outbox.fail(a, new Error('refused'));
    await expect(a.promise).rejects.toThrow('refused');
    expect(outbox.size).toBe(0);
    expect(() => new Outbox(0)).toThrow(RangeError);
  });

  it('writes a rate-limited message again before newer ones, and skips one acknowledged while it waited', () => {
    const outbox = new Outbox(3);
    for (let n = 1; n <= 5; n++) outbox.add(message(n), n);
    const written = [1, 2, 3].map((ref) => {
      const entry = outbox.next()!;
      outbox.written(entry, ref);
      return entry;
    });
    outbox.rewrite(written[1]!);
    expect(outbox.inFlight).toBe(2);
    expect(outbox.next()?.clientMessageId).toBe('m2');
    outbox.written(outbox.next()!, 4);
    outbox.fail(written[0]!, new Error('refused'));
    written[0]!.promise.catch(() => undefined);
    // An unnamed refusal: everything in flight waits again, and the ack of m3's first write still comes.
    outbox.rewriteAll();
    outbox.ack(ack(3, 30));
    const again: string[] = [];
    for (let entry = outbox.next(), ref = 10; entry; entry = outbox.next(), ref++) {
      again.push(entry.clientMessageId);
      outbox.written(entry, ref);
    }
    expect(again).toEqual(['m2', 'm4', 'm5']);
    expect(outbox.list().map((m) => m.clientMessageId)).toEqual(['m2', 'm4', 'm5']);
    outbox.ack(ack(5, 50));
    outbox.add(message(6), 6);
    expect(outbox.list().map((m) => m.clientMessageId)).toEqual(['m2', 'm4', 'm6']);
    expect(outbox.next()?.clientMessageId).toBe('m6');
  });

  it('keeps a message id of one conversation apart from the same id in another', () => {
    const outbox = new Outbox(4);
    const a = outbox.add(message(1), 1);
    const b = outbox.add({ ...message(1), conversationId: 'c2' }, 2);
    expect(b).not.toBe(a);
    outbox.written(a, 1);
    outbox.written(b, 2);
    expect(outbox.ack({ ...ack(1, 10), conversationId: 'c2' })).toBe(b);
    expect(outbox.list()).toEqual([message(1)]);
  });
});

describe('Emitter', () => {
  class Test extends Emitter<{ n: number; done: void }> {
    fire(n: number) {
      this.emit('n', n);
    }
    finish() {
      this.emit('done');
    }
  }

  it('calls listeners with the payload; off() and the returned function remove them; once() runs once', () => {
    const t = new Test();
    const seen: string[] = [];
    const a = (n: number) => seen.push(`a${n}`);
    const stopB = t.on('n', (n) => seen.push(`b${n}`));
    t.on('n', a);
    t.once('n', (n) => seen.push(`once${n}`));
    t.on('done', () => seen.push('done'));
    t.fire(1);
    t.off('n', a);
    stopB();
    t.fire(2);
    t.finish();
    expect(seen).toEqual(['b1', 'a1', 'once1', 'done']);
    expect(t.listenerCount('n')).toBe(0);
  });

  it('applies listeners added or removed during an emit from the next emit on, and adds a listener once', () => {
    const t = new Test();
    const seen: string[] = [];
    const late = (n: number) => seen.push(`late${n}`);
    const twice = (n: number) => seen.push(`twice${n}`);
    t.on('n', twice);
    t.on('n', twice);
    t.on('n', (n) => {
      seen.push(`first${n}`);
      t.on('n', late);
      t.off('n', twice);
    });
    t.on('n', twice);
    t.fire(1);
    t.fire(2);
    expect(seen).toEqual(['twice1', 'first1', 'first2', 'late2']);
    expect(t.listenerCount('n')).toBe(2);
  });

  it('keeps calling the other listeners when one throws, and rethrows its error outside the emit', () => {
    const rethrown: (() => void)[] = [];
    vi.stubGlobal('queueMicrotask', (fn: () => void) => rethrown.push(fn));
    const t = new Test();
    const seen: number[] = [];
    t.on('n', () => {
      throw new Error('listener bug');
    });
    t.on('n', (n) => seen.push(n));
    expect(() => t.fire(5)).not.toThrow();
    expect(seen).toEqual([5]);
    expect(rethrown).toHaveLength(1);
    expect(() => rethrown[0]!()).toThrow('listener bug');
  });
});

describe('Pacer', () => {
  it('lets a burst through, then one frame per 1/rate, a little under the server', () => {
    const pacer = new Pacer({ ratePerSecond: 100, rateBurst: 10 }, 0);
    let taken = 0;
    while (pacer.take(0)) taken++;
    expect(taken).toBe(8);
    const wait = pacer.waitMs(0);
    expect(wait).toBeGreaterThanOrEqual(10);
    expect(wait).toBeLessThanOrEqual(12);
    expect(pacer.take(wait)).toBe(true);
    expect(new Pacer(undefined, 0).take(0)).toBe(true);
  });
});

describe('Receipts', () => {
  it('coalesces a burst to one frame per conversation and kind per interval, and only moves forward', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    let live = true;
    const receipts = new Receipts({ now: () => Date.now(), write: (c, k, s) => (live ? written.push(`${c}:${k}:${s}`) > 0 : false) }, 50);
    const read = ReceiptKind.RECEIPT_KIND_READ;
    for (let seq = 1; seq <= 5; seq++) receipts.mark('c1', read, seq);
    receipts.mark('c2', read, 9);
    expect(written).toEqual([`c1:${read}:1`, `c2:${read}:9`]);
    vi.advanceTimersByTime(49);
    expect(written).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(written.at(-1)).toBe(`c1:${read}:5`);
    receipts.mark('c1', read, 3);
    vi.advanceTimersByTime(100);
    expect(written).toHaveLength(3);
    live = false;
    receipts.mark('c1', read, 7);
    expect(written).toHaveLength(3);
    live = true;
    receipts.resume();
    expect(written.at(-1)).toBe(`c1:${read}:7`);
  });
});

describe('Cursors', () => {
  it('passes each seq once, in order, and resumes from the highest one', () => {
    const cursors = new Cursors({ old: 4 });
    const passed = [1, 2, 2, 3, 1, 5, 4].filter((seq) => cursors.advance('c1', seq));
    expect(passed).toEqual([1, 2, 3, 5]);
    expect(cursors.lastSeq('c1')).toBe(5);
    expect(cursors.hello()).toEqual([
      { conversationId: 'c1', lastSeq: 5 },
      { conversationId: 'old', lastSeq: 4 },
    ]);
  });

  it('starts known conversations at their snapshot, forgets closed and forbidden ones, and reports gaps', () => {
    const cursors = new Cursors();
    cursors.track({ id: 'a', state: ConversationState.CONVERSATION_STATE_ACTIVE, lastSeq: 7, agent: { id: 'ann' } });
    cursors.track({ id: 'b', state: ConversationState.CONVERSATION_STATE_QUEUED, lastSeq: 1 });
    expect(cursors.agentOf('a')).toBe('ann');
    expect(cursors.hello()).toEqual([
      { conversationId: 'a', lastSeq: 7 },
      { conversationId: 'b', lastSeq: 1 },
    ]);
    cursors.track({ id: 'b', state: ConversationState.CONVERSATION_STATE_CLOSED, lastSeq: 3 });
    const { gaps, rewinds } = cursors.resume([
      { conversationId: 'a', status: ResumeStatus.STATUS_GAP_TOO_LARGE, afterSeq: 7, toSeq: 2_000 },
      { conversationId: 'x', status: ResumeStatus.STATUS_FORBIDDEN, afterSeq: 1 },
    ]);
    expect(gaps).toEqual([{ conversationId: 'a', afterSeq: 7, toSeq: 2_000 }]);
    expect(rewinds).toEqual([]);
    expect(cursors.hello()).toEqual([{ conversationId: 'a', lastSeq: 2_000 }]);
  });

  it('steps back to the server\'s last seq when the cursor is ahead of it, so reused seqs are not taken for repeats', () => {
    const cursors = new Cursors({ a: 50 });
    const { rewinds } = cursors.resume([{ conversationId: 'a', status: ResumeStatus.STATUS_CURSOR_AHEAD, afterSeq: 50, toSeq: 30 }]);
    expect(rewinds).toEqual([{ conversationId: 'a', fromSeq: 50, toSeq: 30 }]);
    expect(cursors.hello()).toEqual([{ conversationId: 'a', lastSeq: 30 }]);
    expect(cursors.advance('a', 31)).toBe(true);
  });

  it('sends at most the server limit of cursors, keeping the most recently active, first', () => {
    const cursors = new Cursors();
    for (let i = 0; i < MAX_CURSORS + 50; i++) cursors.advance(`c${i}`, 1);
    cursors.advance('c0', 2);
    const hello = cursors.hello();
    expect(hello).toHaveLength(MAX_CURSORS);
    expect(hello[0]).toEqual({ conversationId: 'c0', lastSeq: 2 });
    expect(hello.at(-1)).toEqual({ conversationId: 'c51', lastSeq: 1 });
    expect(hello.some((c) => c.conversationId === 'c1')).toBe(false);
  });

  it('orders the Hello cursors by last activity, the latest first (it gets the replay budget first), after forgets and from initial cursors too', () => {
    const cursors = new Cursors({ x: 1, y: 1 });
    cursors.advance('x', 2);
    cursors.advance('a', 1);
    cursors.advance('a', 2);
    cursors.forget('a');
    cursors.advance('y', 2);
    cursors.advance('a', 3);
    expect(cursors.hello().map((c) => c.conversationId)).toEqual(['a', 'y', 'x']);
    expect(cursors.lastSeq('a')).toBe(3);
  });
});

describe('binary frames', () => {
  const offered: string[] = [];
  const socket = (accepts: (value: string) => boolean | 'throw') => {
    let binaryType = 'blob';
    return {
      get binaryType() {
        return binaryType;
      },
      set binaryType(value: string) {
        offered.push(value);
        const verdict = accepts(value);
        if (verdict === 'throw') throw new SyntaxError(`bad binaryType ${value}`);
        if (verdict) binaryType = value;
      },
    } as WebSocketLike;
  };

  it("takes Node's buffers where the WebSocket has them, and ArrayBuffers in browsers", () => {
    // ws's sockets are told apart by what browsers lack (on, terminate).
    const node = Object.assign(socket(() => true), { on() {}, terminate() {} });
    const wsLike = Object.assign(socket((v) => (v === 'blob' || v === 'arraybuffer' ? true : 'throw')), { on() {}, terminate() {} });
    const browser = socket((v) => v === 'blob' || v === 'arraybuffer');
    for (const ws of [node, wsLike, browser]) preferBuffers(ws);
    expect([node.binaryType, wsLike.binaryType, browser.binaryType]).toEqual(['nodebuffer', 'arraybuffer', 'arraybuffer']);
    // A browser logs a warning for a value it does not know: it is never offered one.
    expect(offered).toEqual(['nodebuffer', 'nodebuffer', 'arraybuffer', 'arraybuffer']);
  });

  it('reads the same bytes from a Buffer, a Uint8Array, an ArrayBuffer and a view into a larger one', () => {
    const bytes = Uint8Array.of(8, 1, 16, 7);
    const wider = new Uint8Array([0xff, ...bytes, 0xff]);
    const views = [Buffer.from(bytes), bytes, bytes.slice().buffer, new DataView(wider.buffer, 1, 4)];
    for (const data of views) expect([...toBytes(data)]).toEqual([...bytes]);
    expect(() => toBytes('text')).toThrow(expect.objectContaining({ code: 'WUKF_E_TEXT_FRAME' }));
  });
});

describe('classifyClose', () => {
  it('retries ordinary closes, refreshes the token on 401, and gives up on refusals and protocol mismatches', () => {
    expect(classifyClose(1006, '', undefined).kind).toBe('retry');
    expect(classifyClose(1001, 'server shutting down', undefined).kind).toBe('retry');
    expect(classifyClose(4429, 'WUKF_E_RATE_LIMITED', undefined).kind).toBe('retry');
    expect(classifyClose(1006, '', 503).kind).toBe('retry');
    expect(classifyClose(4401, 'WUKF_E_TOKEN_EXPIRED', undefined)).toMatchObject({ kind: 'auth', code: 'WUKF_E_TOKEN_EXPIRED' });
    expect(classifyClose(1006, '', 401)).toMatchObject({ kind: 'auth', code: 'WUKF_E_UNAUTHENTICATED' });
    expect(classifyClose(4403, 'WUKF_E_ORIGIN_FORBIDDEN', undefined)).toMatchObject({ kind: 'fatal', code: 'WUKF_E_ORIGIN_FORBIDDEN' });
    expect(classifyClose(1006, '', 403)).toMatchObject({ kind: 'fatal', code: 'WUKF_E_FORBIDDEN' });
    expect(classifyClose(1008, '', undefined).kind).toBe('fatal');
    expect(classifyClose(4400, 'WUKF_E_UNSUPPORTED_VERSION', undefined).kind).toBe('fatal');
  });
});

describe('randomId', () => {
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('makes v4 UUIDs with randomUUID, with getRandomValues where randomUUID is missing, and with neither', () => {
    expect(randomId()).toMatch(v4);
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(0xff) });
    expect(randomId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.stubGlobal('crypto', undefined);
    const ids = new Set(Array.from({ length: 100 }, () => randomId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(v4);
  });
});

import protobuf from 'protobufjs';
import minimal from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';

/*
 * An app that imports wukf/client and has protobufjs messages of its own must see protobufjs as it was. Each
 * test file runs in a fresh process, so what is read here, before wukf's codec is imported (dynamically, below),
 * is protobufjs as an app would find it.
 */
function sharedState(): Record<string, unknown> {
  return {
    'util.Long': protobuf.util.Long,
    'util.oneOfGetter': protobuf.util.oneOfGetter,
    'util.oneOfSetter': protobuf.util.oneOfSetter,
    'Reader.create': protobuf.Reader.create,
    'Reader.prototype.uint64': protobuf.Reader.prototype.uint64,
    'Reader.prototype.int64': protobuf.Reader.prototype.int64,
    'Reader.prototype.string': protobuf.Reader.prototype.string,
    'Reader.prototype.stringVerify': protobuf.Reader.prototype.stringVerify,
    'BufferReader.prototype.string': protobuf.BufferReader.prototype.string,
    'BufferReader.prototype.stringVerify': protobuf.BufferReader.prototype.stringVerify,
    'BufferReader.prototype.uint64': protobuf.BufferReader.prototype.uint64,
  };
}

const before = sharedState();
const { decodeEnvelope, encodeEnvelope, PROTOCOL_VERSION } = await import('../src/proto/index.js');
const { WukfError } = await import('../src/proto/errors.js');
await import('../src/client/index.js');

const inputs = (bytes: Uint8Array) => [Buffer.from(bytes), Uint8Array.from(bytes)];

/** An Envelope with a Hello whose one cursor, "c1", has these bytes as its last_seq varint. */
function helloWithLastSeq(varint: number[]): Uint8Array {
  const cursor = [0x0a, 2, 0x63, 0x31, 0x10, ...varint];
  const hello = [0x12, cursor.length, ...cursor];
  return Uint8Array.of(0x08, PROTOCOL_VERSION, 0x52, hello.length, ...hello);
}

/** last_seq 2^64-1, the largest a uint64 holds. */
const helloAtUint64Max = helloWithLastSeq([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);

function refusal(input: Uint8Array): string | undefined {
  try {
    decodeEnvelope(input);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(WukfError);
    return (err as InstanceType<typeof WukfError>).code;
  }
}

describe('importing wukf/client', () => {
  it('finds protobufjs with Long support, as an app would, one instance behind the full and minimal builds', () => {
    expect(before['util.Long']).toBeTruthy();
    expect(minimal.util).toBe(protobuf.util);
    expect(minimal.Reader).toBe(protobuf.Reader);
  });

  it('leaves protobufjs as it found it, after wukf has encoded and decoded frames', () => {
    for (const input of inputs(encodeEnvelope({ sendMessage: { conversationId: 'c1', clientMessageId: 'm1', text: '你好 ok' } }))) decodeEnvelope(input);
    for (const input of inputs(helloAtUint64Max)) decodeEnvelope(input);
    const after = sharedState();
    for (const [name, value] of Object.entries(before)) expect(after[name], name).toBe(value);
  });

  it("leaves an app's own messages reading 64-bit fields as Long", () => {
    const root = protobuf.Root.fromJSON({
      nested: {
        app: {
          nested: {
            Order: {
              oneofs: { payment: { oneof: ['card', 'cash'] } },
              fields: {
                id: { type: 'uint64', id: 1 },
                placedAt: { type: 'int64', id: 2 },
                note: { type: 'string', id: 3 },
                card: { type: 'string', id: 4 },
                cash: { type: 'bool', id: 5 },
              },
            },
          },
        },
      },
    });
    const Order = root.lookupType('app.Order');
    const Long = protobuf.util.Long as unknown as { isLong(value: unknown): boolean };
    const bytes = Order.encode(Order.fromObject({ id: '18446744073709551615', placedAt: -5, note: '订单 ok', card: 'visa', cash: true })).finish();
    for (const input of inputs(bytes)) {
      const order = Order.decode(input) as unknown as { id: unknown; placedAt: unknown; note: string; payment: string; cash?: boolean };
      expect(Long.isLong(order.id), 'uint64 is a Long').toBe(true);
      expect(String(order.id)).toBe('18446744073709551615');
      expect(Long.isLong(order.placedAt), 'int64 is a Long').toBe(true);
      expect(String(order.placedAt)).toBe('-5');
      expect(order.note).toBe('订单 ok');
      expect([order.payment, Object.hasOwn(order, 'card'), order.cash]).toEqual(['cash', false, true]);
    }
    expect(Long.isLong((Order.create() as unknown as { id: unknown }).id), 'a uint64 default is a Long').toBe(true);
  });
});

describe("wukf's own frames", () => {
  it('read uint64 and int64 as plain numbers', () => {
    const hello = encodeEnvelope({ hello: { cursors: [{ conversationId: 'c1', lastSeq: 41 }, { conversationId: 'c2', lastSeq: Number.MAX_SAFE_INTEGER }] } });
    const ack = encodeEnvelope({ messageAck: { conversationId: 'c1', clientMessageId: 'm1', seq: 2 ** 40 + 7, createdAtMs: -1 } });
    for (const input of inputs(hello)) {
      const env = decodeEnvelope(input);
      expect(env.body === 'hello' && env.hello.cursors.map((c) => c.lastSeq)).toEqual([41, Number.MAX_SAFE_INTEGER]);
    }
    for (const input of inputs(ack)) {
      const env = decodeEnvelope(input);
      expect(env.body === 'messageAck' && [env.messageAck.seq, env.messageAck.createdAtMs]).toEqual([2 ** 40 + 7, -1]);
    }
  });

  it('read every length of 64-bit varint exactly up to 2^53, signed and unsigned', () => {
    const seqs = [1, 127, 128, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 35 - 1, 2 ** 35, 2 ** 42 + 3, 2 ** 49 + 1, Number.MAX_SAFE_INTEGER];
    const times = [...seqs, -1, -(2 ** 31), -(2 ** 32) - 5, -(2 ** 42), -Number.MAX_SAFE_INTEGER];
    for (const [seq, createdAtMs] of times.map((t, i) => [seqs[i % seqs.length]!, t])) {
      const env = decodeEnvelope(Buffer.from(encodeEnvelope({ messageAck: { seq, createdAtMs } })));
      expect(env.body === 'messageAck' && [env.messageAck.seq, env.messageAck.createdAtMs]).toEqual([seq, createdAtMs]);
    }
  });

  it('read an unset 64-bit field as 0', () => {
    const env = decodeEnvelope(encodeEnvelope({ messageAck: { conversationId: 'c1' } }));
    expect(env.body === 'messageAck' && [env.messageAck.seq, env.messageAck.createdAtMs]).toEqual([0, 0]);
  });

  it('read a uint64 above 2^53 as a number above MAX_SAFE_INTEGER, neither wrapped nor cut', () => {
    for (const input of inputs(helloAtUint64Max)) {
      const env = decodeEnvelope(input);
      const lastSeq = env.body === 'hello' ? env.hello.cursors[0]!.lastSeq : undefined;
      expect(typeof lastSeq).toBe('number');
      expect(lastSeq).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
      expect(lastSeq).toBe(2 ** 64);
    }
  });

  it('refuse a 64-bit varint longer than ten bytes, or cut short, with WUKF_E_MALFORMED_FRAME', () => {
    for (const varint of [Array<number>(10).fill(0xff).concat(0x01), [0xff, 0xff, 0xff], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80]]) {
      for (const input of inputs(helloWithLastSeq(varint))) expect(refusal(input), varint.join(' ')).toBe('WUKF_E_MALFORMED_FRAME');
    }
  });

  it('refuse invalid UTF-8 with WUKF_E_INVALID_UTF8', () => {
    const bytes = encodeEnvelope({ sendMessage: { conversationId: 'c1', clientMessageId: 'm1', text: 'XY' } });
    bytes.set([0xc3, 0x28], Buffer.from(bytes).indexOf('XY'));
    for (const input of inputs(bytes)) expect(refusal(input)).toBe('WUKF_E_INVALID_UTF8');
  });

  it('round-trip ASCII, Chinese and emoji strings from a Buffer and a Uint8Array', () => {
    for (const text of ['plain ascii', '你好，客服', 'ok 👍🏽 done', 'mixed 订单 #1001 🚀']) {
      const bytes = encodeEnvelope({ message: { conversationId: 'c1', seq: 3, clientMessageId: text, sender: { id: text, displayName: text }, text } });
      for (const input of inputs(bytes)) {
        const env = decodeEnvelope(input);
        expect(env.body === 'message' && [env.message.clientMessageId, env.message.sender?.id, env.message.sender?.displayName, env.message.text]).toEqual([text, text, text, text]);
      }
    }
  });

  it('keep one member of a oneof: the last one on the wire', () => {
    const twoBodies = Buffer.concat([encodeEnvelope({ hello: { client: 'a' } }), encodeEnvelope({ typing: { conversationId: 'c1', typing: true } })]);
    const env = decodeEnvelope(twoBodies);
    expect(env.body).toBe('typing');
    expect(Object.keys(env)).not.toContain('hello');
    const text = encodeEnvelope({ message: { conversationId: 'c1', text: 'hi' } });
    const system = encodeEnvelope({ message: { conversationId: 'c1', system: { note: 'closed' } } });
    const message = decodeEnvelope(Buffer.concat([text, system]));
    expect(message.body === 'message' && [message.message.content, Object.keys(message.message).includes('text')]).toEqual(['system', false]);
  });
});

import protobuf from 'protobufjs/minimal.js';

/*
 * wukf reads its frames with protobufjs but changes nothing of it: an app that imports wukf/client keeps its
 * own protobufjs messages working as before (64-bit fields as Long, the stock readers and oneof setters).
 * Everything here applies to wukf's frames only: its own reader classes, handed to the generated decoders
 * (which pass the reader on to every nested message), and its own generated classes.
 */

/** The parts of protobufjs's Reader that wukf's readers build on; test/internals-guard.test.ts checks them. */
interface ReaderInternals {
  buf: Uint8Array;
  pos: number;
  len: number;
  size(): number;
  stringVerify(): string;
}
type ReaderBase = new (...args: any[]) => ReaderInternals;

function indexOutOfRange(reader: ReaderInternals, pos: number): RangeError {
  return new RangeError(`index out of range: ${pos} + 1 > ${reader.len}`);
}

/**
 * Reads a 64-bit varint straight into a number. Seqs and millisecond timestamps are exact up to 2^53, which
 * neither will reach; a larger value comes out as a number above Number.MAX_SAFE_INTEGER (not wrapped, not
 * cut), so whoever reads it can refuse it. Low values, nearly all of them, cost a byte or two and no
 * allocation (protobufjs builds a LongBits object per value).
 */
function readVarint64(reader: ReaderInternals, signed: boolean): number {
  const buf = reader.buf;
  const len = reader.len;
  let pos = reader.pos;
  let lo = 0;
  let hi = 0;
  // Seven bits a byte, least significant first: bytes 1-4 fill lo, the 5th straddles lo and hi, 6-10 fill hi.
  for (let shift = 0; shift < 70; shift += 7) {
    if (pos >= len) throw indexOutOfRange(reader, pos);
    const byte = buf[pos++]!;
    if (shift < 28) lo |= (byte & 0x7f) << shift;
    else if (shift === 28) {
      lo |= byte << 28;
      hi = (byte & 0x7f) >> 4;
    } else hi |= (byte & 0x7f) << (shift - 32);
    if (byte < 0x80) {
      reader.pos = pos;
      return (signed ? hi | 0 : hi >>> 0) * 0x1_0000_0000 + (lo >>> 0);
    }
  }
  reader.pos = pos;
  throw new Error('invalid varint encoding');
}

/** pbjs --force-number types uint64 and int64 as numbers; these readers make them numbers at run time. */
function withNumbers64<Base extends ReaderBase>(Base: Base) {
  return class extends Base {
    uint64(): number {
      return readVarint64(this, false);
    }

    int64(): number {
      return readVarint64(this, true);
    }
  };
}

const WukfReader = withNumbers64(protobuf.Reader as unknown as ReaderBase);

/**
 * Every string field is read with stringVerify (invalid UTF-8 is refused). Below 64 bytes protobufjs decodes
 * in JavaScript, eight bytes at a time, and concatenates: the ids that key every map lookup come out as
 * string ropes that V8 must flatten again on first use. Ids and most texts are ASCII, which is always valid
 * UTF-8 and reads the same as Latin-1: for a Node Buffer (where latin1Slice makes a flat string in one call)
 * an ASCII field takes that path; anything else goes through protobufjs's own strict decoder.
 */
class WukfBufferReader extends withNumbers64(protobuf.BufferReader as unknown as ReaderBase) {
  override stringVerify(): string {
    const buf = this.buf as Uint8Array & { latin1Slice?: (start: number, end: number) => string };
    if (typeof buf.latin1Slice !== 'function') return super.stringVerify();
    const at = this.pos;
    const length = this.size();
    const start = this.pos;
    const end = start + length;
    if (end > this.len) {
      this.pos = at;
      return super.stringVerify();
    }
    for (let i = start; i < end; i++) {
      if (buf[i]! & 0x80) {
        this.pos = at;
        return super.stringVerify();
      }
    }
    this.pos = end;
    return buf.latin1Slice(start, end);
  }
}

// Typed by the one method used, so that this file compiles for browsers too (without Node's types).
const NodeBuffer = protobuf.util.Buffer as unknown as { isBuffer(value: unknown): boolean } | null;

/**
 * A reader for one frame, to hand to a generated decode(). Node Buffers (what ws gives the server and the
 * SDK under Node) get the Buffer reader, any other Uint8Array (browsers) the plain one, as protobufjs would
 * choose; util.Buffer is protobufjs's own detection, null outside Node.
 */
export function createReader(bytes: Uint8Array): protobuf.Reader {
  const reader = NodeBuffer?.isBuffer(bytes) ? new WukfBufferReader(bytes) : new WukfReader(bytes);
  // The generated decoders take any protobufjs Reader; these are ones, whose 64-bit reads are typed as numbers.
  return reader as unknown as protobuf.Reader;
}

/**
 * As shipped, a oneof's setter (every decode sets one: Envelope.body, MessageEvent.content) runs `delete` on
 * each of the other members, twenty-one for Envelope, whether it is there or not: a runtime call each, on
 * every frame. This one keeps the meaning (setting a member removes the others) but deletes only the members
 * the message really holds, found among its own few keys.
 */
function fastOneofSetter(members: ReadonlySet<string>): (this: Record<string, unknown>, name: unknown) => void {
  return function (name) {
    const keys = Object.keys(this);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key !== name && members.has(key)) delete this[key];
    }
  };
}

const isLong = (value: unknown): boolean => typeof value === 'object' && value !== null && typeof (value as { low?: unknown }).low === 'number';

type GeneratedClass = { prototype: Record<string, unknown> };

/**
 * Adapts one generated class. Its 64-bit fields default to a Long zero on the prototype whenever protobufjs
 * has Long (it depends on the `long` package, so it always does): they become 0, like what the readers
 * return. Its oneof accessors are defined non-configurable, so a class with oneofs gets a copy of its
 * prototype carrying the faster setters; the members of each oneof are asked of protobufjs's own getter for
 * it (the one field name it reports for an object holding only that field), not listed again here.
 */
function adaptClass(Class: GeneratedClass): void {
  const prototype = Class.prototype;
  const fields = Object.keys(prototype);
  for (const field of fields) if (isLong(prototype[field])) prototype[field] = 0;
  const descriptors = Object.getOwnPropertyDescriptors(prototype);
  const oneofs = Object.values(descriptors).filter((descriptor) => descriptor.get && descriptor.set);
  if (oneofs.length === 0) return;
  for (const oneof of oneofs) {
    const getter = oneof.get!;
    oneof.set = fastOneofSetter(new Set(fields.filter((field) => getter.call({ [field]: true }) === field)));
  }
  Class.prototype = Object.create(Object.getPrototypeOf(prototype) as object | null, descriptors) as Record<string, unknown>;
}

/**
 * Adapts every class of a generated namespace before anything is decoded, nested ones included (they hang
 * off their parent class). Enums are plain objects; the static methods are functions with no fields.
 */
export function adaptGeneratedClasses(namespace: object): void {
  for (const value of Object.values(namespace)) {
    if (typeof value !== 'function' || typeof value.prototype !== 'object') continue;
    adaptClass(value as GeneratedClass);
    adaptGeneratedClasses(value);
  }
}

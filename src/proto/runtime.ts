import protobuf from 'protobufjs/minimal.js';

/*
 * Seqs and millisecond timestamps are uint64/int64 on the wire and plain numbers in wukf (exact up to 2^53,
 * which neither will reach). pbjs --force-number only changes the generated types: at run time protobufjs
 * still reads 64-bit fields as Long objects, and bakes Long defaults into the generated prototypes when
 * ./wukf.js is evaluated, whenever the `long` package is installed — and it always is, as protobufjs
 * depends on it. Switching Long off here, in a module index.ts imports before ./wukf.js, makes them
 * numbers. protobufjs/minimal is one shared instance per process, so this holds process-wide.
 */
protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();

/*
 * Oneofs (Envelope.body, MessageEvent.content) are virtual properties on the generated prototypes. As
 * shipped, setting one, which every decode does, runs `delete` on each of the other members (twenty-one for
 * Envelope) whether it is there or not: a runtime call each, on every frame. This setter keeps the meaning
 * (setting a member removes the others) but deletes only the members the message really holds, found among
 * its own few keys.
 */
protobuf.util.oneOfSetter = (fieldNames: string[]) => {
  const members = new Set(fieldNames);
  return function (this: Record<string, unknown>, name: string | undefined): void {
    const keys = Object.keys(this);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key !== name && members.has(key)) delete this[key];
    }
  };
};

/*
 * Every string field is read with stringVerify (invalid UTF-8 is refused). Below 64 bytes protobufjs decodes
 * in JavaScript, eight bytes at a time, and concatenates: the ids that key every map lookup come out as
 * string ropes that V8 must flatten again on first use. Ids and most texts are ASCII, which is always valid
 * UTF-8 and reads the same as Latin-1: for a Node Buffer (where latin1Slice makes a flat string in one call)
 * an ASCII field takes that path; anything else goes through protobufjs's own strict decoder, as before.
 */
type ReaderInternals = protobuf.Reader & { size(): number; buf: Uint8Array & { latin1Slice?: (start: number, end: number) => string } };
const strictString = protobuf.Reader.prototype.stringVerify;
const BufferReaderClass = (protobuf as unknown as { BufferReader?: { prototype: protobuf.Reader } }).BufferReader;
if (BufferReaderClass) {
  BufferReaderClass.prototype.stringVerify = function (this: ReaderInternals): string {
    const buf = this.buf;
    if (typeof buf.latin1Slice !== 'function') return strictString.call(this);
    const at = this.pos;
    const length = this.size();
    const start = this.pos;
    const end = start + length;
    if (end > this.len) {
      this.pos = at;
      return strictString.call(this);
    }
    for (let i = start; i < end; i++) {
      if (buf[i]! & 0x80) {
        this.pos = at;
        return strictString.call(this);
      }
    }
    this.pos = end;
    return buf.latin1Slice(start, end);
  };
}

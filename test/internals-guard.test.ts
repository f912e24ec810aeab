import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Socket, type AddressInfo } from 'node:net';
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';

/*
 * wukf reaches into a few things its dependencies do not promise. ws and protobufjs are pinned to exact
 * versions for that; this test says which file breaks, and why, when an upgrade (or a Node release) takes one
 * away.
 */
const repoRoot = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { dependencies: Record<string, string> };
const installed = (name: string): string => (JSON.parse(readFileSync(`${repoRoot}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

const wsUsers =
  'wukf uses the net.Socket in WebSocket._socket: src/server/realtime/frame-writer.ts writes frames straight to it, src/bench/transport.ts corks it and test/helpers/raw-client.ts pauses it';
const protobufUsers = "wukf's readers and the adaptation of its generated classes in src/proto/runtime.ts build on it";

describe('internals wukf relies on', () => {
  it('pins ws and protobufjs to the exact versions installed', () => {
    for (const [name, users] of [['ws', wsUsers], ['protobufjs', protobufUsers]] as const) {
      expect(pkg.dependencies[name], `${name} must be pinned to the exact version installed, in package.json; ${users}`).toBe(installed(name));
    }
  });

  it("ws: a connected WebSocket keeps its net.Socket in _socket, on the server's side and the client's", async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
    await once(wss, 'listening');
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, { perMessageDeflate: false });
    const [[server]] = (await Promise.all([once(wss, 'connection'), once(client, 'open')])) as [[WebSocket], unknown];
    try {
      const version = installed('ws');
      expect((server as unknown as { _socket?: unknown })._socket, `ws ${version}: a server-side WebSocket has no net.Socket in _socket; ${wsUsers}`).toBeInstanceOf(Socket);
      expect((client as unknown as { _socket?: unknown })._socket, `ws ${version}: a client WebSocket has no net.Socket in _socket; ${wsUsers}`).toBeInstanceOf(Socket);
    } finally {
      const closed = once(client, 'close');
      client.terminate();
      await closed;
      await new Promise<void>((done, fail) => wss.close((err) => (err ? fail(err) : done())));
    }
  });

  it("protobufjs: Reader and BufferReader have the fields and methods wukf's readers build on", () => {
    const version = installed('protobufjs');
    const fail = (what: string) => `protobufjs ${version}: ${what}; ${protobufUsers}`;
    expect(Object.getPrototypeOf(protobuf.BufferReader.prototype), fail('BufferReader no longer extends Reader')).toBe(protobuf.Reader.prototype);
    for (const reader of [new protobuf.Reader(Uint8Array.of(3, 0x61, 0x62, 0x63)), new protobuf.BufferReader(Buffer.of(3, 0x61, 0x62, 0x63))]) {
      const fields = reader as unknown as { buf: unknown; pos: unknown; len: unknown };
      const kind = reader.constructor.name;
      expect(fields.buf, fail(`a ${kind} keeps no buf`)).toBeInstanceOf(Uint8Array);
      expect([fields.pos, fields.len], fail(`a ${kind} keeps no pos and len`)).toEqual([0, 4]);
      for (const method of ['size', 'stringVerify', 'uint64', 'int64'] as const) expect(typeof reader[method], fail(`a ${kind} has no ${method}()`)).toBe('function');
      expect(reader.stringVerify(), fail(`${kind}.stringVerify() does not read a length-prefixed string`)).toBe('abc');
      expect(fields.pos, fail(`${kind}.stringVerify() does not advance pos past the string`)).toBe(4);
    }
    const getter = protobuf.util.oneOfGetter(['text', 'system']);
    expect([getter.call({ text: true }), getter.call({ note: true })], fail("oneOfGetter no longer names the one member an object holds")).toEqual(['text', undefined]);
  });

  it('protobufjs: the generated decoders read 64-bit fields and strings only through the methods wukf overrides', () => {
    const generated = readFileSync(`${repoRoot}src/proto/wukf.js`, 'utf8');
    const reads = new Set([...generated.matchAll(/\breader\.(\w+)\(/g)].map((m) => m[1]));
    const overridden = ['uint64', 'int64', 'uint64s', 'int64s', 'stringVerify'];
    const bypassing = [...reads].filter((method) => /64|string/i.test(method!) && !overridden.includes(method!));
    expect(bypassing, `src/proto/wukf.js reads with ${bypassing.join(', ')}, which wukf's readers in src/proto/runtime.ts do not override: those fields would not come out as wukf expects`).toEqual([]);
    expect(reads, 'src/proto/wukf.js no longer reads strings with stringVerify(), where src/proto/runtime.ts has its ASCII fast path').toContain('stringVerify');
  });

  it("Node: Buffers have latin1Slice, the ASCII fast path of src/proto/runtime.ts's Buffer reader", () => {
    expect(typeof (Buffer.prototype as unknown as { latin1Slice?: unknown }).latin1Slice, `Node ${process.version}: Buffer.prototype.latin1Slice is gone; src/proto/runtime.ts falls back to the slower strict decoder for every string`).toBe('function');
  });
});

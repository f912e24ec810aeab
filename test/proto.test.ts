import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import protobuf from 'protobufjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ConversationState,
  DashboardEventKind,
  decodeEnvelope,
  encodeEnvelope,
  ParticipantKind,
  PresenceStatus,
  PROTOCOL_VERSION,
  ReceiptKind,
  QueueEventKind,
  ResumeStatus,
  SystemEventKind,
  type BodyKind,
  type ConversationSnapshot,
  type EnvelopeInit,
  type Participant,
} from '../src/proto/index.js';
import { ERRORS, WukfError, type ErrorCode } from '../src/proto/errors.js';

const repoRoot = new URL('..', import.meta.url).pathname;
const hasProtoc = spawnSync('protoc', ['--version']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'wukf-proto-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function decodeError(bytes: Uint8Array): ErrorCode | undefined {
  // Node's Buffers (what ws hands the server) and plain Uint8Arrays (browsers) take different reader paths.
  const codes = [Uint8Array.from(bytes), Buffer.from(bytes)].map((input) => {
    try {
      decodeEnvelope(input);
      return undefined;
    } catch (err) {
      expect(err).toBeInstanceOf(WukfError);
      return (err as WukfError).code;
    }
  });
  expect(codes[1], 'Buffer and Uint8Array decode alike').toBe(codes[0]);
  return codes[0];
}

/** Replaces a same-length ASCII marker inside encoded bytes, keeping the protobuf framing intact. */
function patch(bytes: Uint8Array, marker: string, replacement: number[]): Uint8Array {
  const out = Uint8Array.from(bytes);
  const at = Buffer.from(out).indexOf(marker);
  expect(at, `marker ${marker}`).toBeGreaterThanOrEqual(0);
  expect(replacement).toHaveLength(Buffer.byteLength(marker));
  out.set(replacement, at);
  return out;
}

describe('proto/wukf.proto', () => {
  it.skipIf(!hasProtoc)('compiles with the official protoc, so other languages can generate clients from it', async () => {
    const out = join(tmp, 'wukf.pb');
    const result = await execa('protoc', ['--proto_path=proto', `--descriptor_set_out=${out}`, 'proto/wukf.proto'], { cwd: repoRoot, reject: false });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(readFileSync(out).length).toBeGreaterThan(0);
  });

  it('matches the committed generated code (run `npm run proto` after editing the schema)', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const [bin, ...args] = pkg.scripts.proto!.split(' ');
    expect(bin).toBe('pbjs');
    const outArg = args.indexOf('src/proto/wukf.js');
    expect(outArg).toBeGreaterThan(0);
    args[outArg] = join(tmp, 'wukf.js');
    await execa(join(repoRoot, 'node_modules/.bin/pbjs'), args, { cwd: repoRoot });
    for (const file of ['wukf.js', 'wukf.d.ts']) {
      const fresh = readFileSync(join(tmp, file));
      const committed = readFileSync(join(repoRoot, 'src/proto', file));
      expect(fresh.equals(committed), `src/proto/${file} is stale: run npm run proto`).toBe(true);
    }
  });

  it('generates a module that imports only protobufjs/minimal.js and loads under plain Node ESM', async () => {
    const source = readFileSync(join(repoRoot, 'src/proto/wukf.js'), 'utf8');
    expect([...source.matchAll(/^\s*import\b.*$/gm)].map((m) => m[0])).toEqual(['import $protobuf from "protobufjs/minimal.js";']);
    expect(source).not.toMatch(/\brequire\(|from "node:/);
    const probe = await execa(process.execPath, ['--input-type=module', '-e', "const m = await import('./src/proto/wukf.js'); console.log(Object.keys(m.wukf.v1).length)"], { cwd: repoRoot });
    expect(Number(probe.stdout)).toBeGreaterThan(30);
  });
});

const agent: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: 'li.wei', displayName: '李伟' };
const visitor: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_VISITOR, id: 'v-42', displayName: 'Ana 🚀' };
const snapshot: ConversationSnapshot = {
  id: 'c1',
  state: ConversationState.CONVERSATION_STATE_ACTIVE,
  visitor,
  agent,
  language: 'zh-CN',
  skills: ['billing', 'vip'],
  context: { page: '/checkout', order: 'A-1001' },
  lastSeq: 9_007_199_254_740_000,
  watermarks: [{ participant: visitor, deliveredSeq: 7, readSeq: 5 }],
  createdAtMs: 1_764_000_000_000,
  updatedAtMs: 1_764_000_123_456,
  group: 'billing',
  priority: 2,
  assignment: { reason: 'score', breakdown: { agent: 'wang.fang', total: 9.5, language: 1, skills: 0.5, load: 0.8, shift: 1, fairness: 0.25 }, via: 'group:billing', overCapacity: true, assignedAtMs: 1_764_000_100_000 },
  offerExpiresAtMs: 1_764_000_130_000,
  visitorLeft: true,
};

/** One frame per body kind, every field set to something other than its default. */
const samples: Record<BodyKind, EnvelopeInit> = {
  hello: { ref: 1, hello: { client: 'wukf-client/0.1.0', cursors: [{ conversationId: 'c1', lastSeq: 41 }, { conversationId: 'c2', lastSeq: 3 }] } },
  openConversation: { ref: 2, openConversation: { conversationId: 'c1', continueLatest: true, language: 'en', skills: ['billing'], context: { page: '/pricing', 订单: '单号 7' }, group: 'sales', priority: 5 } },
  sendMessage: { ref: 3, sendMessage: { conversationId: 'c1', clientMessageId: '0192f0c4-7b4a-7cc4-9d3e-5b1f0e7a2a10', text: '你好, where is my order? ✅' } },
  markReceipt: { markReceipt: { conversationId: 'c1', kind: ReceiptKind.RECEIPT_KIND_READ, seq: 12 } },
  typing: { typing: { conversationId: 'c1', typing: true } },
  setPresence: { setPresence: { status: PresenceStatus.PRESENCE_STATUS_AWAY } },
  claimConversation: { ref: 4, claimConversation: { conversationId: 'c1' } },
  closeConversation: { ref: 5, closeConversation: { conversationId: 'c1', reason: 'resolved' } },
  transferConversation: { ref: 6, transferConversation: { conversationId: 'c1', toAgent: 'wang.fang', note: 'billing question', overrideCapacity: true, toGroup: 'billing' } },
  historyRequest: { ref: 7, historyRequest: { conversationId: 'c1', beforeSeq: 100, limit: 50 } },
  watchConversation: { ref: 8, watchConversation: { conversationId: 'c1', watch: true } },
  queueRequest: { ref: 9, queueRequest: { offset: 50, limit: 25 } },
  acceptConversation: { ref: 10, acceptConversation: { conversationId: 'c1' } },
  followUpRequest: { ref: 12, followUpRequest: { offset: 50, limit: 25 } },
  followUpPage: {
    ref: 12,
    followUpPage: {
      entries: [{ conversation: { ...snapshot, context: {}, watermarks: [] }, leftAtMs: 1_764_000_140_000, messageCount: 3, lastMessageAtMs: 1_764_000_120_000, lastMessage: '还在吗? still there?' }],
      total: 51,
      offset: 50,
    },
  },
  followUpsChanged: { followUpsChanged: {} },
  dashboardRequest: { ref: 11, dashboardRequest: { subscribe: true } },
  welcome: {
    ref: 1,
    welcome: {
      you: agent,
      pingIntervalMs: 25_000,
      limits: { maxFrameBytes: 65_536, maxTextBytes: 16_384, ratePerSecond: 20, rateBurst: 40, typingIntervalMs: 3_000 },
      conversations: [snapshot],
      resume: [
        { conversationId: 'c1', status: ResumeStatus.STATUS_REPLAYING, afterSeq: 41, toSeq: 44 },
        { conversationId: 'c2', status: ResumeStatus.STATUS_GAP_TOO_LARGE, afterSeq: 3, toSeq: 9_000 },
        { conversationId: 'c3', status: ResumeStatus.STATUS_FORBIDDEN },
      ],
      serverTimeMs: 1_764_000_200_000,
    },
  },
  messageAck: { ref: 3, messageAck: { conversationId: 'c1', clientMessageId: 'm-1', seq: 45, createdAtMs: 1_764_000_200_001, duplicate: true } },
  message: { message: { conversationId: 'c1', seq: 45, clientMessageId: 'm-1', sender: visitor, createdAtMs: 1_764_000_200_001, text: 'hello 👋' } },
  receipt: { receipt: { conversationId: 'c1', participant: agent, kind: ReceiptKind.RECEIPT_KIND_DELIVERED, seq: 45 } },
  typingEvent: { typingEvent: { conversationId: 'c1', participant: agent, typing: true } },
  presence: { presence: { participant: agent, status: PresenceStatus.PRESENCE_STATUS_ONLINE } },
  conversation: { ref: 5, conversation: { conversation: { ...snapshot, state: ConversationState.CONVERSATION_STATE_CLOSED } } },
  queue: {
    queue: {
      conversationId: 'c9',
      position: 3,
      estimatedWaitS: 90,
      entries: [{ conversation: { ...snapshot, id: 'c9', agent: null, state: ConversationState.CONVERSATION_STATE_QUEUED }, position: 1, waitedS: 75 }],
      kind: QueueEventKind.KIND_DELTA,
      total: 1200,
      offset: 50,
      removed: ['c7', 'c8'],
      version: 9_007_199_254_740_000,
    },
  },
  historyPage: {
    ref: 7,
    historyPage: {
      conversationId: 'c1',
      hasMore: true,
      messages: [
        { conversationId: 'c1', seq: 1, sender: { kind: ParticipantKind.PARTICIPANT_KIND_SYSTEM }, createdAtMs: 1, system: { kind: SystemEventKind.KIND_OPENED, subject: visitor } },
        { conversationId: 'c1', seq: 2, sender: { kind: ParticipantKind.PARTICIPANT_KIND_SYSTEM }, createdAtMs: 2, system: { kind: SystemEventKind.KIND_TRANSFERRED, subject: agent, previous: { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: 'zhao' }, note: 'shift ended' } },
        { conversationId: 'c1', seq: 3, clientMessageId: 'm-0', sender: agent, createdAtMs: 3, text: '您好' },
      ],
    },
  },
  replayDone: { replayDone: {} },
  error: { ref: 3, error: { code: 'WUKF_E_RATE_LIMITED', message: 'slow down', conversationId: 'c1', clientMessageId: 'm-2', retryAfterMs: 1_500 } },
  dashboard: {
    ref: 11,
    dashboard: {
      kind: DashboardEventKind.KIND_SNAPSHOT,
      version: 9_007_199_254_740_000,
      agents: [
        {
          username: 'wang.fang',
          displayName: '王芳',
          status: PresenceStatus.PRESENCE_STATUS_AWAY,
          load: 2,
          maxConcurrent: 5,
          groups: ['billing'],
          skills: ['refunds'],
          languages: ['zh-CN', 'en'],
          onShift: true,
          lastActivityMs: 1_764_000_150_000,
        },
      ],
      queues: [{ group: 'billing', waiting: 12, oldestCreatedAtMs: 1_764_000_000_000, topPriority: 3 }],
      sessions: [
        {
          id: 'c1',
          state: ConversationState.CONVERSATION_STATE_ACTIVE,
          visitor,
          agent,
          group: 'billing',
          priority: 3,
          language: 'zh-CN',
          skills: ['refunds'],
          createdAtMs: 1_764_000_000_000,
          assignedAtMs: 1_764_000_100_000,
          lastMessageAtMs: 1_764_000_200_001,
          lastMessage: '你好, where is my order?',
          assignment: { reason: 'claim', assignedAtMs: 1_764_000_100_000 },
          visitorLeft: true,
        },
      ],
      removedAgents: ['li.lei'],
      removedQueues: ['sales'],
      removedSessions: ['c7'],
      health: {
        version: '0.1.0',
        uptimeS: 86_400,
        visitors: 1_200,
        agents: 40,
        admins: 2,
        queued: 12,
        active: 80,
        messagesPerS: 35.5,
        ackMsP50: 0.75,
        ackMsP99: 4.5,
        eventLoopDelayMsP50: 0.25,
        eventLoopDelayMsP99: 2.5,
        rssBytes: 123_456_789,
        databaseBytes: 9_876_543_210,
        walBytes: 4_194_304,
      },
      truncated: true,
      serverTimeMs: 1_764_000_200_002,
    },
  },
};

/** What a frame decodes to: the version filled in, unset (null) message fields absent. */
function expected(init: EnvelopeInit): unknown {
  return JSON.parse(JSON.stringify({ version: PROTOCOL_VERSION, ...init }), (_key, value: unknown) => (value === null ? undefined : value));
}

describe('src/proto codec', () => {
  it('has a sample for every body of the Envelope oneof in the schema', () => {
    const envelope = protobuf.loadSync(join(repoRoot, 'proto/wukf.proto')).lookupType('wukf.v1.Envelope');
    expect(Object.keys(samples).sort()).toEqual(envelope.oneofs.body!.fieldsArray.map((f) => f.name).sort());
  });

  it.each(Object.entries(samples))('round-trips a %s frame', (kind, init) => {
    const decoded = decodeEnvelope(encodeEnvelope(init));
    expect(decoded.body).toBe(kind);
    expect(decoded.version).toBe(PROTOCOL_VERSION);
    expect(decoded).toEqual(expected(init));
  });

  it('reads 64-bit seqs and timestamps as plain numbers, set or defaulted', () => {
    const set = decodeEnvelope(encodeEnvelope(samples.welcome));
    expect(set.body === 'welcome' && set.welcome.conversations[0]!.lastSeq).toBe(9_007_199_254_740_000);
    expect(set.body === 'welcome' && typeof set.welcome.serverTimeMs).toBe('number');
    const unset = decodeEnvelope(encodeEnvelope({ markReceipt: { conversationId: 'c1' } }));
    expect(unset.body === 'markReceipt' && unset.markReceipt.seq).toBe(0);
    expect(unset.body === 'markReceipt' && unset.markReceipt.conversationId).toBe('c1');
  });

  it('decodes an Envelope with no body, or only a field this version does not know, with body undefined', () => {
    const empty = decodeEnvelope(encodeEnvelope({ ref: 9 }));
    expect(empty.body).toBeUndefined();
    expect(empty.ref).toBe(9);
    // version 1, then field 99 (varint 1): a body from a newer schema.
    const future = decodeEnvelope(Uint8Array.of(0x08, 0x01, 0x98, 0x06, 0x01));
    expect(future.body).toBeUndefined();
  });

  it('refuses bytes that are not a protobuf Envelope with WUKF_E_MALFORMED_FRAME', () => {
    expect(decodeError(Uint8Array.of(0x08, 0xff))).toBe('WUKF_E_MALFORMED_FRAME'); // truncated varint
    expect(decodeError(Uint8Array.of(0x08, 0x01, 0x62, 0x05, 0x0a))).toBe('WUKF_E_MALFORMED_FRAME'); // sendMessage longer than the frame
    expect(decodeError(Uint8Array.of(0x08, 0x01, 0x0f))).toBe('WUKF_E_MALFORMED_FRAME'); // wire type 7 does not exist
    expect(decodeError(new TextEncoder().encode('{"hello":{}}'))).toBe('WUKF_E_MALFORMED_FRAME'); // JSON is not a frame
    const sendMessage = encodeEnvelope(samples.sendMessage);
    expect(decodeError(sendMessage.subarray(0, sendMessage.length - 4))).toBe('WUKF_E_MALFORMED_FRAME'); // cut short
  });

  it('refuses any version but 1 with WUKF_E_UNSUPPORTED_VERSION', () => {
    expect(decodeError(encodeEnvelope({ version: 2, hello: {} }))).toBe('WUKF_E_UNSUPPORTED_VERSION');
    expect(decodeError(encodeEnvelope({ version: 0, hello: {} }))).toBe('WUKF_E_UNSUPPORTED_VERSION');
    expect(decodeError(new Uint8Array())).toBe('WUKF_E_UNSUPPORTED_VERSION');
    expect(decodeError(encodeEnvelope({ hello: {} }))).toBeUndefined();
  });

  it('reads ASCII, Chinese and emoji strings alike from a Buffer and a Uint8Array, short and long', () => {
    for (const text of ['hi', 'message w0p12v345', '你好，客服', 'ok 👍🏽', 'x'.repeat(63), 'y'.repeat(64), `${'長'.repeat(40)}!`]) {
      const bytes = encodeEnvelope({ sendMessage: { conversationId: '0b8e7c3a-3c1e-4d2a-9f43-5d3c2f1a0b9e', clientMessageId: text.slice(0, 8), text } });
      for (const input of [Buffer.from(bytes), Uint8Array.from(bytes)]) {
        const env = decodeEnvelope(input);
        expect(env.body === 'sendMessage' && [env.sendMessage.conversationId, env.sendMessage.clientMessageId, env.sendMessage.text]).toEqual([
          '0b8e7c3a-3c1e-4d2a-9f43-5d3c2f1a0b9e',
          text.slice(0, 8),
          text,
        ]);
      }
    }
  });

  it('refuses invalid UTF-8 in any string field with WUKF_E_INVALID_UTF8 instead of replacing it', () => {
    const send = (text: string) => encodeEnvelope({ sendMessage: { conversationId: 'c1', clientMessageId: 'm', text } });
    expect(decodeError(patch(send('say XY'), 'XY', [0xc3, 0x28]))).toBe('WUKF_E_INVALID_UTF8'); // bad continuation byte
    expect(decodeError(patch(send('say XYZ'), 'XYZ', [0xed, 0xa0, 0x80]))).toBe('WUKF_E_INVALID_UTF8'); // a UTF-16 surrogate
    expect(decodeError(patch(send(`${'long text '.repeat(20)}XY`), 'XY', [0xe4, 0xbd]))).toBe('WUKF_E_INVALID_UTF8'); // truncated, past the short-string path
    const open = encodeEnvelope({ openConversation: { context: { page: 'QQ' } } });
    expect(decodeError(patch(open, 'QQ', [0xff, 0xfe]))).toBe('WUKF_E_INVALID_UTF8'); // a map value
    const ack = encodeEnvelope({ messageAck: { conversationId: 'c1', clientMessageId: 'RR' } });
    expect(decodeError(patch(ack, 'RR', [0xc0, 0xaf]))).toBe('WUKF_E_INVALID_UTF8'); // overlong encoding of '/'
  });
});

describe('docs/protocol.md', () => {
  const doc = readFileSync(join(repoRoot, 'docs/protocol.md'), 'utf8');

  it('gives every closing error the close code of the error table, lists every refusal as one that keeps the connection, and explains every close code', () => {
    const closing = [...doc.matchAll(/^\| `(WUKF_E_[A-Z0-9_]+)` \| (\d{4}) \|/gm)].map((m) => ({ code: m[1] as ErrorCode, close: Number(m[2]) }));
    const refusals = [...doc.matchAll(/^\| `(WUKF_E_[A-Z0-9_]+)` \| [a-z`]/gm)].map((m) => m[1] as ErrorCode);
    for (const { code, close } of closing) expect(close, code).toBe(ERRORS[code].close);
    // Every code with a close code closes connections somewhere, and the closing table says where.
    const closers = Object.entries(ERRORS).flatMap(([code, e]) => (e.close === null ? [] : [code]));
    expect(closing.map((r) => r.code).sort()).toEqual(closers.sort());
    expect(refusals.length).toBeGreaterThan(8);
    // A refusal keeps the connection; the two codes in both tables refuse one request or close on a flood / a failed Hello.
    for (const code of refusals) expect(ERRORS[code].close === null || code === 'WUKF_E_RATE_LIMITED' || code === 'WUKF_E_INTERNAL', code).toBe(true);
    const explained = new Set([...doc.matchAll(/^\| (\d{4}) \| [a-z(]/gm)].map((m) => Number(m[1])));
    for (const { code, close } of closing) expect(explained.has(close), `${code}: close ${close}`).toBe(true);
    for (const close of [1000, 1001, 1003, 1006, 1007, 1008, 1009, 1011, 1013]) expect(explained.has(close), String(close)).toBe(true);
  });

  it('describes every frame of the Envelope', () => {
    const envelope = protobuf.loadSync(join(repoRoot, 'proto/wukf.proto')).lookupType('wukf.v1.Envelope');
    for (const field of envelope.oneofs.body!.fieldsArray) expect(doc, field.type).toMatch(new RegExp(`^\\| \`${field.type}[ \`]`, 'm'));
  });
});

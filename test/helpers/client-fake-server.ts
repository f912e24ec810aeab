import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  ConversationState,
  decodeEnvelope,
  encodeEnvelope,
  ParticipantKind,
  ResumeStatus,
  type BodyKind,
  type ConversationSnapshot,
  type Envelope,
  type EnvelopeInit,
  type Limits,
  type MessageEvent,
  type Participant,
  type ResumeResult,
} from '../../src/proto/index.js';

/**
 * A stand-in for the wukf real-time server in client tests, answering Hello and SendMessage the way
 * src/server/realtime/handlers.ts does (Welcome with the Hello's ref, replay, ReplayDone; ack after
 * "commit", duplicate=true for a repeated client_message_id) and open, claim, accept, transfer and close
 * with a plausible snapshot, with knobs to misbehave: swallow frames, commit and drop before acking, replay
 * more than asked, refuse upgrades, rate-limit.
 */
export interface FakeConnection {
  id: number;
  ws: WebSocket;
  token: string;
  you: Participant;
  frames: Envelope[];
  /** Arrival time of each frame, in ms. */
  times: number[];
  /** Frames refused by the rate limit (not in `frames`). */
  refused: number;
  helloDone: boolean;
  closed: boolean;
  closeCode?: number;
}

/**
 * What to do with a frame: answer it, record it unanswered, handle it and drop the socket before answering,
 * or answer with this frame instead (its ref is filled in).
 */
export type Verdict = 'answer' | 'ignore' | 'commit-then-drop' | { reply: EnvelopeInit };

export interface FakeServerOptions {
  pingIntervalMs?: number;
  /** Pings every socket this often (ms); 0: never. */
  pingEveryMs?: number;
  limits?: Limits;
  /** Replays this many entries before each cursor too, as a sloppy server might. */
  replayOverlap?: number;
  /** Replays at most this many entries; more is GAP_TOO_LARGE. */
  replayLimit?: number;
  /** Refuses the upgrade with this HTTP status, or accepts it (true). */
  accept?: (token: string) => true | number;
  onFrame?: (env: Envelope, conn: FakeConnection) => Verdict;
  /** Server-side token bucket; refused frames get an Error with ref 0, like the real server. */
  rate?: { perSecond: number; burst: number };
}

type Entry = MessageEvent & { conversationId: string; seq: number; createdAtMs: number; clientMessageId: string };

const SYSTEM: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_SYSTEM, id: 'system' };

export class FakeServer extends EventEmitter {
  readonly connections: FakeConnection[] = [];
  readonly conversations = new Map<string, Entry[]>();
  readonly upgrades: { token: string; status: number; at: number }[] = [];
  private readonly pingTimers = new Set<NodeJS.Timeout>();
  pings = 0;

  private constructor(
    private readonly wss: WebSocketServer,
    readonly options: FakeServerOptions,
  ) {
    super();
    this.setMaxListeners(100);
  }

  static async start(options: FakeServerOptions = {}): Promise<FakeServer> {
    let server!: FakeServer;
    const wss = new WebSocketServer({
      port: 0,
      host: '127.0.0.1',
      handleProtocols: (offered) => (offered.has('wukf.v1') ? 'wukf.v1' : false),
      verifyClient: (info, done) => {
        const token = tokenOf(info.req.headers['sec-websocket-protocol']);
        const verdict = options.accept?.(token) ?? true;
        server.upgrades.push({ token, status: verdict === true ? 101 : verdict, at: Date.now() });
        server.emit('change');
        if (verdict === true) done(true);
        else done(false, verdict);
      },
    });
    server = new FakeServer(wss, options);
    await once(wss, 'listening');
    wss.on('connection', (ws, req) => server.attach(ws, tokenOf(req.headers['sec-websocket-protocol'])));
    return server;
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}/ws`;
  }

  get open(): FakeConnection[] {
    return this.connections.filter((c) => !c.closed);
  }

  /** Every frame of a kind received, across connections, in arrival order. */
  received<K extends BodyKind>(kind: K): Extract<Envelope, { body: K }>[] {
    return this.connections.flatMap((c) => c.frames).filter((f): f is Extract<Envelope, { body: K }> => f.body === kind);
  }

  /** Resolves once check() returns something other than undefined or false, re-checking on every server event. */
  until<T>(check: () => T | undefined | false, what = 'condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('change', test);
        reject(new Error(`fake server: timed out waiting for ${what}`));
      }, 10_000);
      const test = () => {
        const value = check();
        if (value === undefined || value === false) return;
        clearTimeout(timer);
        this.off('change', test);
        resolve(value);
      };
      this.on('change', test);
      test();
    });
  }

  /** Appends a message from someone else and sends it to every welcomed socket but `except`. */
  post(conversationId: string, text: string, sender: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: 'ann' }, except?: FakeConnection, clientMessageId?: string): Entry {
    const entries = this.log(conversationId);
    const seq = entries.length + 1;
    const entry: Entry = { conversationId, seq, clientMessageId: clientMessageId ?? `srv-${seq}`, sender, createdAtMs: Date.now(), text };
    entries.push(entry);
    for (const c of this.open) if (c !== except && c.helloDone) send(c, { message: entry });
    return entry;
  }

  /** Cuts every socket without a closing handshake (the client sees 1006). */
  drop(): void {
    for (const c of this.open) c.ws.terminate();
  }

  closeAll(code: number, reason: string): void {
    for (const c of this.open) c.ws.close(code, reason);
  }

  async stop(): Promise<void> {
    for (const t of this.pingTimers) clearInterval(t);
    for (const c of this.connections) c.ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private log(conversationId: string): Entry[] {
    let entries = this.conversations.get(conversationId);
    if (!entries) {
      entries = [];
      this.conversations.set(conversationId, entries);
    }
    return entries;
  }

  private attach(ws: WebSocket, token: string): void {
    const conn: FakeConnection = {
      id: this.connections.length + 1,
      ws,
      token,
      you: token.startsWith('agent')
        ? { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: token, displayName: token }
        : { kind: ParticipantKind.PARTICIPANT_KIND_VISITOR, id: `v_${token}`, displayName: 'Visitor' },
      frames: [],
      times: [],
      refused: 0,
      helloDone: false,
      closed: false,
    };
    this.connections.push(conn);
    const bucket = this.options.rate && { tokens: this.options.rate.burst, at: Date.now() };
    if (this.options.pingEveryMs) {
      const timer = setInterval(() => {
        ws.ping();
        this.pings += 1;
        this.emit('change');
      }, this.options.pingEveryMs);
      this.pingTimers.add(timer);
      ws.once('close', () => clearInterval(timer));
    }
    ws.on('message', (data: Buffer) => {
      if (bucket && this.options.rate) {
        const now = Date.now();
        bucket.tokens = Math.min(this.options.rate.burst, bucket.tokens + ((now - bucket.at) * this.options.rate.perSecond) / 1000);
        bucket.at = now;
        if (bucket.tokens < 1) {
          send(conn, { error: { code: 'WUKF_E_RATE_LIMITED', message: 'too many frames', retryAfterMs: 50 } });
          conn.refused += 1;
          this.emit('change');
          return;
        }
        bucket.tokens -= 1;
      }
      const env = decodeEnvelope(new Uint8Array(data));
      conn.frames.push(env);
      conn.times.push(Date.now());
      this.respond(conn, env, this.options.onFrame?.(env, conn) ?? 'answer');
      this.emit('change');
    });
    ws.on('close', (code) => {
      conn.closed = true;
      conn.closeCode = code;
      this.emit('change');
    });
    this.emit('change');
  }

  /** Handles a frame as the verdict says; tests call it to answer a frame they held back. */
  respond(conn: FakeConnection, env: Envelope, verdict: Verdict = 'answer'): void {
    if (verdict === 'ignore') return;
    const ref = env.ref;
    if (typeof verdict === 'object') return send(conn, { ...verdict.reply, ref });
    const reply = (frame: EnvelopeInit) => (verdict === 'commit-then-drop' ? conn.ws.terminate() : send(conn, { ref, ...frame }));
    switch (env.body) {
      case 'hello': {
        if (conn.helloDone) return reply({ error: { code: 'WUKF_E_UNKNOWN_FRAME', message: 'Hello is sent once per connection' } });
        conn.helloDone = true;
        const resume: ResumeResult[] = [];
        const replays: Entry[] = [];
        for (const cursor of env.hello.cursors) {
          const id = cursor.conversationId ?? '';
          const after = cursor.lastSeq ?? 0;
          const entries = this.conversations.get(id);
          if (!entries) {
            resume.push({ conversationId: id, status: ResumeStatus.STATUS_FORBIDDEN, afterSeq: after });
            continue;
          }
          if (after > entries.length) {
            resume.push({ conversationId: id, status: ResumeStatus.STATUS_CURSOR_AHEAD, afterSeq: after, toSeq: entries.length });
            continue;
          }
          const missed = entries.filter((e) => e.seq > after);
          if (missed.length > (this.options.replayLimit ?? Infinity)) {
            resume.push({ conversationId: id, status: ResumeStatus.STATUS_GAP_TOO_LARGE, afterSeq: after, toSeq: entries.length });
            continue;
          }
          resume.push({ conversationId: id, status: ResumeStatus.STATUS_REPLAYING, afterSeq: after, toSeq: entries.length });
          replays.push(...entries.filter((e) => e.seq > after - (this.options.replayOverlap ?? 0)));
        }
        reply({
          welcome: {
            you: conn.you,
            pingIntervalMs: this.options.pingIntervalMs ?? 25_000,
            limits: this.options.limits ?? { maxFrameBytes: 65_536, maxTextBytes: 8_192, ratePerSecond: 0, rateBurst: 0, typingIntervalMs: 1_000 },
            resume,
            serverTimeMs: Date.now(),
          },
        });
        for (const entry of replays) send(conn, { message: entry });
        send(conn, { replayDone: {} });
        return;
      }
      case 'sendMessage': {
        const { conversationId, clientMessageId, text } = env.sendMessage;
        const extra = { conversationId, clientMessageId };
        if (conversationId === 'forbidden') return reply({ error: { code: 'WUKF_E_FORBIDDEN', message: 'not yours', ...extra } });
        if (new TextEncoder().encode(text).byteLength > 8_192) return reply({ error: { code: 'WUKF_E_TEXT_TOO_LONG', message: 'too long', ...extra } });
        const entries = this.log(conversationId);
        const seen = entries.find((e) => e.clientMessageId === clientMessageId);
        if (seen) return reply({ messageAck: { ...extra, seq: seen.seq, createdAtMs: seen.createdAtMs, duplicate: true } });
        const entry = this.post(conversationId, text, conn.you, conn, clientMessageId);
        return reply({ messageAck: { ...extra, seq: entry.seq, createdAtMs: entry.createdAtMs, duplicate: false } });
      }
      case 'historyRequest': {
        const { conversationId, beforeSeq, limit } = env.historyRequest;
        const older = this.log(conversationId).filter((e) => beforeSeq === 0 || e.seq < beforeSeq);
        const page = older.slice(-(limit || 50));
        return reply({ historyPage: { conversationId, messages: page, hasMore: page.length < older.length } });
      }
      case 'openConversation': {
        const id = env.openConversation.conversationId || `conv-${this.conversations.size + 1}`;
        const entries = this.log(id);
        if (entries.length === 0) entries.push({ conversationId: id, seq: 1, clientMessageId: '', sender: SYSTEM, createdAtMs: Date.now(), system: { kind: 1 } });
        const { group, priority } = env.openConversation;
        return reply({ conversation: { conversation: { ...snapshot(id, entries.length, conn.you), group, priority } } });
      }
      case 'claimConversation':
      case 'acceptConversation':
      case 'watchConversation': {
        const id = env.body === 'claimConversation' ? env.claimConversation.conversationId : env.body === 'acceptConversation' ? env.acceptConversation.conversationId : env.watchConversation.conversationId;
        return reply({ conversation: { conversation: { ...snapshot(id, this.log(id).length, conn.you), state: ConversationState.CONVERSATION_STATE_ACTIVE, agent: conn.you, offerExpiresAtMs: 0 } } });
      }
      case 'transferConversation': {
        const { conversationId: id, toAgent, toGroup } = env.transferConversation;
        if (!toAgent === !toGroup) return reply({ error: { code: 'WUKF_E_INVALID_INPUT', message: 'name exactly one of to_agent and to_group', conversationId: id } });
        const base = snapshot(id, this.log(id).length, conn.you);
        // To a group the fake finds nobody with room, so the conversation waits in that group's queue.
        if (toGroup) return reply({ conversation: { conversation: { ...base, group: toGroup } } });
        const agent: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: toAgent, displayName: toAgent };
        return reply({ conversation: { conversation: { ...base, state: ConversationState.CONVERSATION_STATE_ACTIVE, agent, assignment: { reason: 'transfer', assignedAtMs: Date.now() } } } });
      }
      case 'closeConversation': {
        const id = env.closeConversation.conversationId;
        return reply({ conversation: { conversation: { ...snapshot(id, this.log(id).length, conn.you), state: ConversationState.CONVERSATION_STATE_CLOSED } } });
      }
      case undefined:
        return reply({ error: { code: 'WUKF_E_UNKNOWN_FRAME', message: 'the Envelope has no body this server knows' } });
      default:
      // Receipts, typing, presence: recorded, not answered, as the real server does.
    }
  }
}

function snapshot(id: string, lastSeq: number, you: Participant): ConversationSnapshot {
  return { id, state: ConversationState.CONVERSATION_STATE_QUEUED, visitor: you, lastSeq };
}

function send(conn: FakeConnection, frame: EnvelopeInit): void {
  if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(encodeEnvelope(frame));
}

function tokenOf(header: string | string[] | undefined): string {
  const offered = String(header ?? '')
    .split(',')
    .map((p) => p.trim());
  return offered.find((p) => p.startsWith('token.'))?.slice('token.'.length) ?? '';
}

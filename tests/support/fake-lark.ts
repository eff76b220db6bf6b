import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { WebSocketServer, type WebSocket } from 'ws';

/** One request the fake Open API received. */
export interface FakeLarkCall {
  readonly api: 'token' | 'bot-info' | 'chat-info' | 'create' | 'reply' | 'patch';
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: Record<string, unknown>;
  readonly authorization?: string;
  /** The HTTP status the fake answered. */
  status: number;
}

/** A message the fake accepted and "delivered". */
export interface FakeLarkMessage {
  readonly messageId: string;
  readonly api: 'create' | 'reply';
  readonly receiveIdType?: string;
  readonly receiveId?: string;
  readonly replyTo?: string;
  readonly msgType: string;
  readonly content: Record<string, any>;
}

export interface FakeFailure {
  readonly status: number;
  readonly code: number;
  readonly msg?: string;
  readonly headers?: Record<string, string>;
}

export const FAKE_APP_ID = 'cli_a1b2c3d4e5f60718';
export const FAKE_APP_SECRET = 'fake-app-secret-0123456789';
export const FAKE_BOT_OPEN_ID = 'ou_bot0000000000000000000000000000';
const TOKEN = 't-g1044ofakeTENANTtoken';

/** A local stand-in for Lark's Open API: tenant token, bot info, message create / reply / patch; records every call. */
export class FakeLark {
  readonly calls: FakeLarkCall[] = [];
  readonly messages: FakeLarkMessage[] = [];
  /** Failures answered to the next message sends, in order. */
  readonly failures: FakeFailure[] = [];
  /** Group names the chat-info API answers with. */
  readonly chatNames = new Map<string, string>();
  /** When true, every interactive card is refused as Lark does with invalid card JSON. */
  rejectCards = false;
  #seq = 0;
  readonly #uuids = new Map<string, string>();

  /** Lark keeps a send's uuid for an hour only: after that the same uuid sends again. */
  forgetUuids(): void {
    this.#uuids.clear();
  }

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeLark> {
    const app = express();
    app.use(express.json({ limit: '2mb' }));
    let fake!: FakeLark;
    app.post('/open-apis/auth/v3/tenant_access_token/internal', (req, res) => {
      const call = fake.#record('token', req);
      if (req.body?.app_id !== FAKE_APP_ID || req.body?.app_secret !== FAKE_APP_SECRET) {
        call.status = 200;
        res.json({ code: 10014, msg: 'app secret invalid' });
        return;
      }
      res.json({ code: 0, msg: 'ok', tenant_access_token: TOKEN, expire: 7200 });
    });
    app.get('/open-apis/bot/v3/info', (req, res) => {
      if (!fake.#authorised(req, res, fake.#record('bot-info', req))) return;
      res.json({ code: 0, msg: 'ok', bot: { activate_status: 2, app_name: '示范助手', open_id: FAKE_BOT_OPEN_ID, ip_white_list: [] } });
    });
    app.get('/open-apis/im/v1/chats/:id', (req, res) => {
      if (!fake.#authorised(req, res, fake.#record('chat-info', req))) return;
      const name = fake.chatNames.get(req.params.id);
      if (!name) {
        res.status(400).json({ code: 232011, msg: 'operator is not in the chat' });
        return;
      }
      res.json({ code: 0, msg: 'ok', data: { name, chat_mode: 'group', chat_type: 'private', owner_id: 'ou_owner' } });
    });
    app.post('/open-apis/im/v1/messages', (req, res) => fake.#send('create', req, res));
    app.post('/open-apis/im/v1/messages/:id/reply', (req, res) => fake.#send('reply', req, res));
    app.patch('/open-apis/im/v1/messages/:id', (req, res) => {
      const call = fake.#record('patch', req);
      if (!fake.#authorised(req, res, call)) return;
      res.json({ code: 0, msg: 'ok', data: {} });
    });
    app.post('/callback/ws/endpoint', (req, res) => {
      const ok = req.body?.AppID === FAKE_APP_ID && req.body?.AppSecret === FAKE_APP_SECRET;
      if (!ok) {
        res.json({ code: 514, msg: 'auth failed', data: {} });
        return;
      }
      const port = (fake.server.address() as AddressInfo).port;
      res.json({
        code: 0,
        msg: 'ok',
        data: {
          URL: `ws://127.0.0.1:${port}/ws?device_id=fake-device&service_id=7`,
          ClientConfig: { ReconnectCount: -1, ReconnectInterval: 120, ReconnectNonce: 30, PingInterval: 120 },
        },
      });
    });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    fake = new FakeLark(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    fake.#wss = new WebSocketServer({ server, path: '/ws' });
    fake.#wss.on('connection', (socket) => {
      socket.on('close', () => fake.#sockets.delete(socket));
      socket.on('message', (data: Buffer) => {
        // The client's first frame (its ping) shows it is listening; frames sent earlier could be lost.
        fake.#sockets.add(socket);
        const frame = decodeFrame(new Uint8Array(data));
        const id = frame.headers.find((h) => h.key === 'message_id')?.value;
        const waiter = id ? fake.#acks.get(id) : undefined;
        if (waiter && id) {
          fake.#acks.delete(id);
          waiter(JSON.parse(Buffer.from(frame.payload).toString('utf8')) as WsAck);
        }
      });
    });
    return fake;
  }

  #wss?: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  readonly #acks = new Map<string, (ack: WsAck) => void>();

  /** Whether a long-connection client is connected and listening. */
  get wsConnected(): boolean {
    return this.#sockets.size > 0;
  }

  /** Waits until a long-connection client has connected (bounded). */
  async waitForWs(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.wsConnected) {
      if (Date.now() > until) throw new Error('no long-connection client connected');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Pushes an event over the long connection as Lark does (a protobuf data frame) and returns the client's ack. */
  async push(payload: unknown, type: 'event' | 'card' = 'event', timeoutMs = 5000): Promise<WsAck> {
    const socket = [...this.#sockets][0];
    if (!socket) throw new Error('no long-connection client');
    const messageId = `msg_${++this.#seq}`;
    const acked = new Promise<WsAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#acks.delete(messageId);
        reject(new Error(`no ack for ${messageId}`));
      }, timeoutMs);
      this.#acks.set(messageId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    socket.send(
      encodeFrame({
        service: 7,
        method: 1,
        headers: [
          { key: 'type', value: type },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: '1' },
          { key: 'seq', value: '0' },
          { key: 'trace_id', value: `trace_${messageId}` },
        ],
        payload: Buffer.from(JSON.stringify(payload), 'utf8'),
      }),
    );
    return acked;
  }

  /** Answers the next `times` message sends with a failure (e.g. 429 / 99991400, 500). */
  failNext(failure: FakeFailure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(failure);
  }

  /** Messages sent to a person or chat, by create (receive_id) or as a reply in it. */
  messagesTo(receiveId: string): FakeLarkMessage[] {
    return this.messages.filter((m) => m.receiveId === receiveId);
  }

  /** What a person reads: text content or the card's text, for each message. */
  static readable(m: FakeLarkMessage): string {
    if (m.msgType === 'text') return String(m.content.text);
    return cardText(m.content);
  }

  reset(): void {
    this.calls.length = 0;
    this.messages.length = 0;
    this.failures.length = 0;
    this.rejectCards = false;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    this.#wss?.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  #record(api: FakeLarkCall['api'], req: express.Request): FakeLarkCall {
    const call: FakeLarkCall = {
      api,
      path: req.path,
      query: Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, String(v)])),
      body: (req.body ?? {}) as Record<string, unknown>,
      authorization: req.get('authorization'),
      status: 200,
    };
    this.calls.push(call);
    return call;
  }

  #authorised(req: express.Request, res: express.Response, call: FakeLarkCall): boolean {
    if (req.get('authorization') === `Bearer ${TOKEN}`) return true;
    call.status = 400;
    res.status(400).json({ code: 99991663, msg: 'Invalid access token for authorization. Please make a request with token attached.' });
    return false;
  }

  #send(api: 'create' | 'reply', req: express.Request, res: express.Response): void {
    const call = this.#record(api, req);
    if (!this.#authorised(req, res, call)) return;
    const failure = this.failures.shift();
    if (failure) {
      call.status = failure.status;
      res
        .status(failure.status)
        .set(failure.headers ?? {})
        .json({ code: failure.code, msg: failure.msg ?? 'failure injected by the fake' });
      return;
    }
    const body = req.body as { receive_id?: string; msg_type?: string; content?: string; uuid?: string };
    const refuse = (code: number, msg: string) => {
      call.status = 400;
      res.status(400).json({ code, msg });
    };
    if (api === 'create' && (!body.receive_id || !['open_id', 'union_id', 'user_id', 'chat_id', 'email'].includes(String(req.query.receive_id_type)))) {
      return refuse(230001, 'invalid receive_id or receive_id_type');
    }
    let content: Record<string, any>;
    try {
      content = JSON.parse(body.content ?? '');
    } catch {
      return refuse(230001, 'content is not JSON');
    }
    if (body.msg_type === 'text') {
      if (typeof content.text !== 'string' || !content.text) return refuse(230001, 'text content missing');
    } else if (body.msg_type === 'interactive') {
      const problem = this.rejectCards ? 'card rejected by switch' : cardProblem(content);
      if (problem) return refuse(230099, `Failed to create card content, ext=${problem}`);
    } else {
      return refuse(230001, `unsupported msg_type ${body.msg_type}`);
    }
    // Lark sends a message once per uuid (within an hour).
    const previous = body.uuid ? this.#uuids.get(body.uuid) : undefined;
    if (previous) {
      res.json({ code: 0, msg: 'ok', data: { message_id: previous } });
      return;
    }
    const messageId = `om_fake${String(++this.#seq).padStart(6, '0')}`;
    if (body.uuid) this.#uuids.set(body.uuid, messageId);
    this.messages.push({
      messageId,
      api,
      receiveIdType: api === 'create' ? String(req.query.receive_id_type) : undefined,
      receiveId: api === 'create' ? body.receive_id : undefined,
      replyTo: api === 'reply' ? String(req.params.id) : undefined,
      msgType: body.msg_type,
      content,
    });
    res.json({ code: 0, msg: 'ok', data: { message_id: messageId, msg_type: body.msg_type, create_time: String(Date.now()) } });
  }
}

/** What the long-connection client answers to a data frame: HTTP-like code, and the handler's result in base64. */
export interface WsAck {
  readonly code: number;
  readonly data?: string;
}

interface Frame {
  readonly service: number;
  readonly method: number;
  readonly headers: readonly { key: string; value: string }[];
  readonly payload: Uint8Array;
}

// Lark's long connection speaks protobuf (pbbp2.Frame); the few fields we need, encoded by hand.
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

function lengthDelimited(field: number, bytes: Uint8Array): number[] {
  return [...varint((field << 3) | 2), ...varint(bytes.length), ...bytes];
}

function encodeFrame(f: Frame): Uint8Array {
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const out: number[] = [8, 0, 16, 0, 24, ...varint(f.service), 32, ...varint(f.method)];
  for (const h of f.headers) out.push(...lengthDelimited(5, new Uint8Array([...lengthDelimited(1, utf8(h.key)), ...lengthDelimited(2, utf8(h.value))])));
  out.push(...lengthDelimited(8, f.payload));
  return new Uint8Array(out);
}

function readFields(buf: Uint8Array): { field: number; value: number | Uint8Array }[] {
  const fields: { field: number; value: number | Uint8Array }[] = [];
  let i = 0;
  const readVarint = () => {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[i++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  };
  while (i < buf.length) {
    const key = readVarint();
    const wire = key & 7;
    const field = key >>> 3;
    if (wire === 0) fields.push({ field, value: readVarint() });
    else if (wire === 2) {
      const len = readVarint();
      fields.push({ field, value: buf.subarray(i, i + len) });
      i += len;
    } else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
  return fields;
}

function decodeFrame(buf: Uint8Array): Frame {
  const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
  let service = 0;
  let method = 0;
  let payload: Uint8Array = new Uint8Array();
  const headers: { key: string; value: string }[] = [];
  for (const { field, value } of readFields(buf)) {
    if (field === 3 && typeof value === 'number') service = value;
    if (field === 4 && typeof value === 'number') method = value;
    if (field === 8 && value instanceof Uint8Array) payload = value;
    if (field === 5 && value instanceof Uint8Array) {
      const h = readFields(value);
      headers.push({ key: text(h.find((x) => x.field === 1)?.value as Uint8Array), value: text(h.find((x) => x.field === 2)?.value as Uint8Array) });
    }
  }
  return { service, method, headers, payload };
}

const KNOWN_TAGS = new Set([
  'div',
  'markdown',
  'table',
  'chart',
  'column_set',
  'column',
  'button',
  'form',
  'input',
  'select_static',
  'date_picker',
  'hr',
  'note',
  'img',
]);

/** What Lark would refuse in a JSON 2.0 card (the subset of rules our cards touch). */
function cardProblem(card: Record<string, any>): string | undefined {
  if (card.schema !== '2.0') return 'schema must be 2.0';
  if (!Array.isArray(card.body?.elements)) return 'body.elements missing';
  const names = new Set<string>();
  const walk = (el: any, inForm: boolean): string | undefined => {
    if (!el || typeof el.tag !== 'string' || !KNOWN_TAGS.has(el.tag)) return `unknown tag ${el?.tag}`;
    if (el.tag === 'action') return 'action module is not supported in 2.0';
    if (inForm && (el.tag === 'table' || el.tag === 'form')) return `${el.tag} cannot be inside a form`;
    if (el.tag === 'table' && (!Array.isArray(el.columns) || !Array.isArray(el.rows))) return 'table needs columns and rows';
    if (el.tag === 'chart' && !el.chart_spec?.type) return 'chart needs chart_spec.type';
    if (['input', 'select_static', 'date_picker'].includes(el.tag) || (el.tag === 'button' && inForm)) {
      if (inForm && !el.name) return `${el.tag} in a form needs a name`;
      if (el.name) {
        if (names.has(el.name)) return `duplicate name ${el.name}`;
        names.add(el.name);
      }
    }
    if (el.tag === 'form') {
      if (!el.name) return 'form needs a name';
      if (!el.elements?.some((e: any) => e.tag === 'button' && e.form_action_type === 'submit')) return 'form needs a submit button';
    }
    for (const child of [...(el.elements ?? []), ...(el.columns && el.tag === 'column_set' ? el.columns : [])]) {
      const p = walk(child, inForm || el.tag === 'form');
      if (p) return p;
    }
    return undefined;
  };
  for (const el of card.body.elements) {
    const p = walk(el, false);
    if (p) return p;
  }
  return undefined;
}

/** All visible text of a card, one piece per line (header, texts, table cells, buttons, inputs). */
export function cardText(card: Record<string, any>): string {
  const out: string[] = [];
  if (card.header?.title?.content) out.push(card.header.title.content);
  const walk = (el: any) => {
    if (!el || typeof el !== 'object') return;
    if (el.tag === 'markdown') out.push(String(el.content));
    if (el.tag === 'div') out.push(String(el.text?.content ?? ''));
    if (el.tag === 'button') out.push(`[${el.text?.content}]`);
    if (el.tag === 'input') out.push(`<${el.label?.content ?? el.name}>`);
    if (el.tag === 'table') {
      out.push(el.columns.map((c: any) => c.display_name).join(' | '));
      for (const row of el.rows) out.push(el.columns.map((c: any) => String(row[c.name])).join(' | '));
    }
    for (const child of el.elements ?? []) walk(child);
    if (el.tag === 'column_set') for (const col of el.columns ?? []) walk(col);
  };
  for (const el of card.body?.elements ?? []) walk(el);
  return out.join('\n').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
}

/** Every element with a given tag anywhere in a card (or below an element). */
export function cardElements(card: Record<string, any>, tag: string): any[] {
  const found: any[] = [];
  const walk = (el: any) => {
    if (!el || typeof el !== 'object') return;
    if (el.tag === tag) found.push(el);
    for (const child of el.elements ?? []) walk(child);
    if (el.tag === 'column_set') for (const col of el.columns ?? []) walk(col);
  };
  for (const el of card.body?.elements ?? card.elements ?? []) walk(el);
  return found;
}

/** Encrypts like Lark: AES-256-CBC, key sha256(encryptKey), random IV prepended, base64. */
export function larkEncrypt(plain: string, encryptKey: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export interface LarkRequestOptions {
  readonly encryptKey: string;
  /** Encrypt the payload (as Lark does when an encrypt key is set); default true. */
  readonly encrypt?: boolean;
  /** Sign the request; default true. */
  readonly sign?: boolean;
  /** Sign with this key instead (a forger who does not know the real one). */
  readonly signWith?: string;
  /** Sign with this timestamp instead of now (Unix seconds, or any string). */
  readonly timestamp?: string;
}

/** Builds the HTTP request Lark would POST for a payload: body bytes plus signature headers. */
export function larkRequest(payload: unknown, options: LarkRequestOptions): { body: string; headers: Record<string, string> } {
  const json = JSON.stringify(payload);
  const body = options.encrypt === false ? json : JSON.stringify({ encrypt: larkEncrypt(json, options.encryptKey) });
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (options.sign !== false) {
    const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    headers['x-lark-request-timestamp'] = timestamp;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = createHash('sha256')
      .update(timestamp + nonce + (options.signWith ?? options.encryptKey) + body)
      .digest('hex');
  }
  return { body, headers };
}

/** POSTs a payload to a webhook URL as Lark would. */
export async function postLark(url: string, payload: unknown, options: LarkRequestOptions): Promise<Response> {
  const { body, headers } = larkRequest(payload, options);
  return fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
}

/** A Lark event payload from tests/fixtures/lark, deep-copied so tests can change it. */
export function larkFixture<T = Record<string, any>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/lark/${name}.json`, import.meta.url), 'utf8')) as T;
}

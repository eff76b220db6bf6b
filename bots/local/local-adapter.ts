import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import express, { type Request, type Response, type NextFunction } from 'express';
import type { ChannelAdapter, MessageHandler, SendResult } from '../../src/core/channel.ts';
import type { IncomingMessage, MessageKind, SendTarget } from '../../src/core/message.ts';
import type { Reply } from '../../src/core/reply.ts';
import { LOCAL_PAGE } from './page.ts';

export interface LocalDirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly place?: string;
}

/** A person signed in to the web chat, and the group chats they belong to. */
export interface LocalSessionPerson {
  /** The local user id the router sees for this person. */
  readonly userId: string;
  readonly name: string;
  readonly role: string;
  readonly place?: string;
  readonly groups: readonly { id: string; name: string }[];
  /** Whether the person may post in a group not yet registered (to register it with 绑定本群). */
  readonly mayOpenGroups: boolean;
}

/** Person-bound sessions: in production a request speaks for the person of its session cookie, never for the `from` it names. */
export interface LocalSessions {
  /** The person behind a session cookie value, if the session is live. */
  person(cookie: string): Promise<LocalSessionPerson | undefined>;
  /** Uses a one-time login code; the new session's cookie value and lifetime. */
  login(code: string): Promise<{ cookie: string; maxAgeMs: number } | undefined>;
  logout(cookie: string): Promise<void>;
}

export const SESSION_COOKIE = 'shifan_web';

export interface LocalAdapterConfig {
  /** When set, every request must present it (Authorization: Bearer, x-local-token or ?token=). */
  readonly token?: string;
  /** When set (production), every API request needs a session cookie from a login link, and speaks for that person. */
  readonly sessions?: LocalSessions;
  /** The demo people and groups the page offers. */
  readonly directory: () => Promise<{ people: readonly LocalDirectoryEntry[]; groups: readonly { id: string; name: string }[]; demoNow?: string }>;
  /** The bot's display name; "@name" in a group message counts as a mention. */
  readonly botName: string;
  readonly now?: () => Date;
}

export interface PostedMessage {
  readonly cursor: number;
  readonly at: string;
  readonly reply: Reply;
}

const MAX_POSTS_PER_CHAT = 500;

/**
 * The page's Content-Security-Policy: its inline scripts run by their SHA-256
 * (taken from the page itself, so editing the page needs no edit here), fetches
 * go to this origin only, styles are inline, nothing frames it.
 */
export function pageCsp(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => ` 'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`,
  );
  return `default-src 'none'; script-src 'self'${hashes.join('')}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
}

const PAGE_CSP = pageCsp(LOCAL_PAGE);

/** The local web chat: a page and an HTTP API that feed the real core, for demos, development and tests. */
export class LocalAdapter implements ChannelAdapter {
  readonly name = 'local';
  #handler?: MessageHandler;
  #cursor = 0;
  readonly #posts = new Map<string, PostedMessage[]>();

  constructor(private readonly config: LocalAdapterConfig) {}

  async start(handler: MessageHandler): Promise<void> {
    this.#handler = handler;
  }

  async stop(): Promise<void> {
    this.#handler = undefined;
  }

  async send(target: SendTarget, reply: Reply): Promise<SendResult> {
    const list = this.#posts.get(target.chatId) ?? [];
    const posted = { cursor: ++this.#cursor, at: (this.config.now?.() ?? new Date()).toISOString(), reply };
    list.push(posted);
    if (list.length > MAX_POSTS_PER_CHAT) list.splice(0, list.length - MAX_POSTS_PER_CHAT);
    this.#posts.set(target.chatId, list);
    return { platformMessageId: `local-${posted.cursor}` };
  }

  /** What the bot posted to a chat or person on its own, after a cursor. */
  postsAfter(chatId: string, after = 0): PostedMessage[] {
    return (this.#posts.get(chatId) ?? []).filter((p) => p.cursor > after);
  }

  /** The express router serving the page and the API. */
  router(): express.Router {
    const r = express.Router();
    r.use(express.json({ limit: '256kb' }));
    r.get('/', (_req, res) => {
      res.set('Content-Security-Policy', PAGE_CSP).type('html').send(LOCAL_PAGE);
    });
    const sessions = this.config.sessions;
    if (sessions) {
      r.get('/login/:code', async (req, res) => {
        const login = await sessions.login(req.params.code.slice(0, 200));
        res.set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer');
        if (!login) {
          res.status(401).type('html').send(LOGIN_FAILED_PAGE);
          return;
        }
        res.cookie(SESSION_COOKIE, login.cookie, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: login.maxAgeMs });
        res.redirect(303, '/');
      });
      r.post('/api/local/logout', async (req, res) => {
        const cookie = cookieValue(req, SESSION_COOKIE);
        if (cookie) await sessions.logout(cookie);
        res.clearCookie(SESSION_COOKIE, { path: '/' }).json({ ok: true });
      });
    }
    r.use('/api/local', (req, res, next) => void this.#guard(req, res, next).catch(next));
    r.get('/api/local/directory', async (_req, res) => {
      const person = res.locals.person as LocalSessionPerson | undefined;
      if (person) {
        res.json({ people: [{ id: person.userId, name: person.name, role: person.role, place: person.place }], groups: person.groups });
        return;
      }
      res.json(await this.config.directory());
    });
    r.post('/api/local/messages', async (req, res) => {
      const person = res.locals.person as LocalSessionPerson | undefined;
      const body = req.body as Record<string, unknown> | undefined;
      const text = typeof body?.text === 'string' ? body.text : '';
      // With sessions the sender is the signed-in person; the `from` a client names counts only in development.
      const from = person ? person.userId : typeof body?.from === 'string' && body.from.trim() ? body.from.trim().slice(0, 100) : 'visitor';
      const chat = typeof body?.chat === 'string' && body.chat.trim() ? body.chat.trim().slice(0, 100) : undefined;
      const action = parseAction(body?.action);
      // What a platform would report instead of text: a file the person sent, the bot added to a group, or a first private contact.
      const kind: MessageKind | undefined = body?.kind === 'unsupported' || body?.kind === 'joined' ? body.kind : undefined;
      if (!text.trim() && !action && !kind) {
        res.status(400).json({ error: '消息内容不能为空（text）' });
        return;
      }
      if (person && chat && !person.mayOpenGroups && !person.groups.some((g) => g.id === chat)) {
        res.status(403).json({ error: '您不是该群的成员，不能在该群发言。' });
        return;
      }
      if (!this.#handler) {
        res.status(503).json({ error: '服务正在启动，请稍后再试' });
        return;
      }
      const mention = new RegExp(`@(${escapeRegExp(this.config.botName)}|bot|机器人)\\s*`, 'gi');
      const mentioned = chat ? body?.mentioned === true || mention.test(text) : true;
      const clientId = typeof body?.messageId === 'string' && body.messageId ? body.messageId.slice(0, 200) : randomUUID();
      const message: IncomingMessage = {
        kind,
        platform: 'local',
        chatId: chat ?? from,
        chatKind: chat ? 'group' : 'direct',
        chatName: chat,
        sender: { userId: from, name: person ? person.name : typeof body?.name === 'string' ? body.name.slice(0, 100) : undefined },
        text: text.replace(mention, ' ').trim(),
        mentioned,
        // One person's message ids cannot collide with (and so silence) another's.
        messageId: person ? `${person.userId}:${clientId}` : clientId,
        receivedAt: this.config.now?.() ?? new Date(),
        action,
      };
      // The replies are written from within the router's turn, so the message is marked handled only
      // once its answer is on its way: a process killed before that leaves it to a redelivery.
      let answered: Promise<void> | undefined;
      const answer = (replies: readonly unknown[]) =>
        (answered ??= new Promise<void>((resolve) => {
          res.once('finish', resolve).once('close', resolve);
          res.json({ replies });
        }));
      await answer(await this.#handler(message, answer));
    });
    r.get('/api/local/chats/:chat/messages', (req, res) => {
      const person = res.locals.person as LocalSessionPerson | undefined;
      const chat = req.params.chat;
      if (person && chat !== person.userId && !person.groups.some((g) => g.id === chat)) {
        res.status(403).json({ error: '您只能查看自己的会话和所在群的消息。' });
        return;
      }
      const after = Number(req.query.after ?? 0);
      const messages = this.postsAfter(chat, Number.isFinite(after) ? after : 0);
      res.json({ messages, cursor: messages.at(-1)?.cursor ?? (Number.isFinite(after) ? after : 0) });
    });
    return r;
  }

  async #guard(req: Request, res: Response, next: NextFunction): Promise<void> {
    const sessions = this.config.sessions;
    if (sessions) {
      const cookie = cookieValue(req, SESSION_COOKIE);
      const person = cookie ? await sessions.person(cookie) : undefined;
      if (!person) {
        res.status(401).json({ error: '请先使用管理员发给您的登录链接登录。' });
        return;
      }
      res.locals.person = person;
      return next();
    }
    const token = this.config.token;
    if (!token) return next();
    const presented =
      req.get('x-local-token') ??
      req.get('authorization')?.replace(/^Bearer\s+/i, '') ??
      (typeof req.query.token === 'string' ? req.query.token : undefined);
    if (!sameSecret(presented, token)) {
      res.status(401).json({ error: '需要有效的本地通道令牌（LOCAL_CHANNEL_TOKEN）' });
      return;
    }
    next();
  }
}

const LOGIN_FAILED_PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>登录链接无效</title></head><body style="font-family:sans-serif;max-width:560px;margin:60px auto;line-height:1.7"><h1>登录链接无效</h1><p>该登录链接已使用、已过期或不正确。登录链接只能使用一次，请向管理员重新索取。</p></body></html>';

/** Constant-time comparison of a presented secret with the expected one. */
function sameSecret(presented: string | undefined, expected: string): boolean {
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return presented !== undefined && timingSafeEqual(digest(presented), digest(expected));
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function parseAction(raw: unknown): IncomingMessage['action'] {
  if (!raw || typeof raw !== 'object') return undefined;
  const a = raw as Record<string, unknown>;
  if (typeof a.name !== 'string' || !a.name) return undefined;
  const values: Record<string, string> = {};
  if (a.values && typeof a.values === 'object') {
    for (const [k, v] of Object.entries(a.values as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'number') values[k] = String(v);
    }
  }
  return { name: a.name.slice(0, 100), values };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Creates the local channel adapter. */
export function createLocalAdapter(config: LocalAdapterConfig): LocalAdapter {
  return new LocalAdapter(config);
}

import { randomUUID } from 'node:crypto';
import express, { type Request, type Response, type NextFunction } from 'express';
import type { ChannelAdapter, MessageHandler, SendResult } from '../../src/core/channel.ts';
import type { IncomingMessage, SendTarget } from '../../src/core/message.ts';
import type { Reply } from '../../src/core/reply.ts';
import { LOCAL_PAGE } from './page.ts';

export interface LocalDirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly place?: string;
}

export interface LocalAdapterConfig {
  /** When set, every request must present it (Authorization: Bearer, x-local-token or ?token=). */
  readonly token?: string;
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
      res.type('html').send(LOCAL_PAGE);
    });
    r.use('/api/local', (req, res, next) => this.#guard(req, res, next));
    r.get('/api/local/directory', async (_req, res) => {
      res.json(await this.config.directory());
    });
    r.post('/api/local/messages', async (req, res) => {
      const body = req.body as Record<string, unknown> | undefined;
      const text = typeof body?.text === 'string' ? body.text : '';
      const from = typeof body?.from === 'string' && body.from.trim() ? body.from.trim().slice(0, 100) : 'visitor';
      const chat = typeof body?.chat === 'string' && body.chat.trim() ? body.chat.trim().slice(0, 100) : undefined;
      const action = parseAction(body?.action);
      if (!text.trim() && !action) {
        res.status(400).json({ error: '消息内容不能为空（text）' });
        return;
      }
      if (!this.#handler) {
        res.status(503).json({ error: '服务正在启动，请稍后再试' });
        return;
      }
      const mention = new RegExp(`@(${escapeRegExp(this.config.botName)}|bot|机器人)\\s*`, 'gi');
      const mentioned = chat ? body?.mentioned === true || mention.test(text) : true;
      const message: IncomingMessage = {
        platform: 'local',
        chatId: chat ?? from,
        chatKind: chat ? 'group' : 'direct',
        chatName: chat,
        sender: { userId: from, name: typeof body?.name === 'string' ? body.name : undefined },
        text: text.replace(mention, ' ').trim(),
        mentioned,
        messageId: typeof body?.messageId === 'string' && body.messageId ? body.messageId.slice(0, 200) : randomUUID(),
        receivedAt: this.config.now?.() ?? new Date(),
        action,
      };
      const replies = await this.#handler(message);
      res.json({ replies });
    });
    r.get('/api/local/chats/:chat/messages', (req, res) => {
      const after = Number(req.query.after ?? 0);
      const messages = this.postsAfter(req.params.chat, Number.isFinite(after) ? after : 0);
      res.json({ messages, cursor: messages.at(-1)?.cursor ?? (Number.isFinite(after) ? after : 0) });
    });
    return r;
  }

  #guard(req: Request, res: Response, next: NextFunction): void {
    const token = this.config.token;
    if (!token) return next();
    const presented =
      req.get('x-local-token') ??
      req.get('authorization')?.replace(/^Bearer\s+/i, '') ??
      (typeof req.query.token === 'string' ? req.query.token : undefined);
    if (presented !== token) {
      res.status(401).json({ error: '需要有效的本地通道令牌（LOCAL_CHANNEL_TOKEN）' });
      return;
    }
    next();
  }
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

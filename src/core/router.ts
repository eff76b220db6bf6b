import type { Actor, ChatRegistration, Role } from './actor.ts';
import { ANONYMOUS, ROLE_NAMES } from './actor.ts';
import type { MessageHandler } from './channel.ts';
import type { Clock } from './clock.ts';
import { matchCommand } from './command-match.ts';
import { HandlerError } from './errors.ts';
import { clip, TEXT_LIMITS } from './limits.ts';
import type { Logger } from './logger.ts';
import type { ChatKind, IncomingMessage, MessageKind } from './message.ts';
import type { Reply } from './reply.ts';
import { textReply } from './reply.ts';

/** Everything a handler knows about the message it is answering. */
export interface Context {
  readonly message: IncomingMessage;
  /** The message text, NFKC-normalised, trimmed, whitespace collapsed. */
  readonly text: string;
  readonly actor: Actor;
  /** The group chat's registration, when the message came from a registered group. */
  readonly chat?: ChatRegistration;
  /** One conversation per person per chat: `platform:chatId:userId`. */
  readonly conversationKey: string;
  readonly now: Date;
  /** True when an open form hands the message on to the commands (a question asked while filling in). */
  readonly duringForm?: boolean;
}

export type Replies = readonly Reply[];
export type Next = () => Promise<Replies>;
/** Runs before commands; may answer itself or call `next()` to let commands and fallbacks answer. */
export type Middleware = (ctx: Context, next: Next) => Promise<Replies>;
/** Answers what no command matched; returns null to pass to the next fallback. */
export type Fallback = (ctx: Context) => Promise<Replies | null>;
/** Answers an event that is not typed text (the bot added to a group); forms and commands never see it. */
export type EventHandler = (ctx: Context) => Promise<Replies>;
export type EventKind = Exclude<MessageKind, 'text'>;

export interface HelpEntry {
  /** One example of what to type, e.g. 进度 卓尼县. */
  readonly usage: string;
  readonly description: string;
}

export type RoleHelp = HelpEntry & { readonly roles?: readonly Role[] };

export interface Command {
  readonly name: string;
  /** Keywords matched against the whole text (case-insensitive), a pattern over the text, or a test of its meaning. */
  readonly match: readonly string[] | RegExp | ((text: string) => boolean);
  /** Who may use it; everyone when absent. */
  readonly roles?: readonly Role[];
  /** Where it may be used; everywhere when absent. */
  readonly chatKinds?: readonly ChatKind[];
  /**
   * Listed in 帮助 for these roles (default: `roles`, or everyone), never for a role that may
   * not use it; several entries when roles use it differently (填报 / 填报 卓尼县).
   */
  readonly help?: RoleHelp | readonly RoleHelp[];
  handle(ctx: Context, match: RegExpExecArray | null): Promise<Replies>;
}

/** Identity look-ups the router needs; implemented over storage by the admin feature. */
export interface IdentityResolver {
  resolveActor(platform: string, userId: string): Promise<Actor>;
  resolveChat(platform: string, chatId: string): Promise<ChatRegistration | undefined>;
}

/** Inbound de-duplication across processes: a message is claimed before it is handled and marked done after. */
export interface InboundLog {
  /** True when this process is to handle the message: false when it was handled, or another live process handles it. */
  claim(platform: string, messageId: string, at: Date): Promise<boolean>;
  /** The claimed message is answered (its replies delivered, or the apology). */
  done(platform: string, messageId: string): Promise<void>;
}

export interface RouterDeps {
  readonly identity: IdentityResolver;
  readonly inbound: InboundLog;
  readonly clock: Clock;
  readonly logger: Logger;
}

const MAX_TEXT = 4000;

/** Normalises what people type: full-width to half-width, trimmed, single spaces. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

export const FALLBACK_TEXT = '抱歉，我暂时无法理解您的意思。您可以发送“帮助”查看我能做什么。';
export const ERROR_TEXT = '抱歉，处理您的消息时出现了问题，已记录，请稍后再试。您之前填写的内容不会丢失。';
/** The answer to a picture, voice message or file on every platform, unless a feature registers its own. */
export const UNSUPPORTED_TEXT = '抱歉，我目前只能阅读文字消息。请用文字提问，或发送“帮助”查看我能做什么。';

/** Routes each incoming message through middlewares, commands and fallbacks; catches every handler error. */
export class Router {
  readonly #middlewares: Middleware[] = [];
  readonly #commands: Command[] = [];
  readonly #fallbacks: Fallback[] = [];
  readonly #events = new Map<EventKind, EventHandler[]>();
  /** The last message in line for each conversation; later ones wait for it. */
  readonly #tails = new Map<string, Promise<void>>();

  constructor(private readonly deps: RouterDeps) {}

  use(middleware: Middleware): this {
    this.#middlewares.push(middleware);
    return this;
  }

  command(command: Command): this {
    this.#commands.push(command);
    return this;
  }

  fallback(fallback: Fallback): this {
    this.#fallbacks.push(fallback);
    return this;
  }

  /**
   * Answers an event that is not typed text: `joined` (the bot added to a group chat) or
   * `unsupported` (a picture, voice message or file; answered with UNSUPPORTED_TEXT when
   * nothing is registered). Every handler registered for the kind answers, in order.
   */
  on(kind: EventKind, handler: EventHandler): this {
    this.#events.set(kind, [...(this.#events.get(kind) ?? []), handler]);
    return this;
  }

  /** The help entries a role may use, in registration order. */
  helpFor(role: Role): HelpEntry[] {
    return this.#commands.flatMap((c) => {
      if (!c.help || (c.roles && !c.roles.includes(role))) return [];
      const entries: readonly RoleHelp[] = Array.isArray(c.help) ? c.help : [c.help as RoleHelp];
      return entries.filter((e) => (e.roles ?? c.roles ?? [role]).includes(role)).map((e) => ({ usage: e.usage, description: e.description }));
    });
  }

  /** Whether a role may use the command that takes this text; undefined when no command takes it. */
  permits(role: Role, text: string): boolean | undefined {
    const command = this.#commands.find((c) => matchCommand(c, normaliseText(text)) !== undefined);
    return command && (!command.roles || command.roles.includes(role));
  }

  /** Whether the text would be taken by a command (used by forms to tell commands from answers). */
  matchesCommand(text: string): boolean {
    return this.#commands.some((c) => matchCommand(c, normaliseText(text)) !== undefined);
  }

  /** Resolves once every message received so far has been handled (for an orderly shutdown). */
  async idle(): Promise<void> {
    while (this.#tails.size) await Promise.all([...this.#tails.values()]);
  }

  /** The handler to give to channel adapters. */
  readonly handle: MessageHandler = async (arriving, deliver) => {
    const pending = 'resolve' in arriving ? arriving : undefined;
    if (!pending && !addressed(arriving as IncomingMessage)) return [];
    // One person's messages in one chat are handled in the order they arrived, whatever the
    // channel: a form answer must never overtake the one typed before it. The place in line
    // is taken before anything is awaited, even when the message still has to be resolved.
    const key = pending
      ? conversationKey(pending.platform, pending.chatId, pending.userId)
      : conversationKey(arriving.platform, arriving.chatId, (arriving as IncomingMessage).sender.userId);
    const previous = this.#tails.get(key);
    let release!: () => void;
    const tail = new Promise<void>((resolve) => (release = resolve));
    this.#tails.set(key, tail);
    try {
      if (previous) await previous;
      const incoming = pending ? await pending.resolve() : (arriving as IncomingMessage);
      if (!incoming || !addressed(incoming)) return [];
      const message = withinLimits(incoming);
      const replies = await this.#handleInTurn(message);
      try {
        if (deliver && replies?.length) await deliver(replies);
      } finally {
        if (replies)
          await this.deps.inbound.done(message.platform, message.messageId).catch((err: unknown) => this.deps.logger.warn({ err }, 'message not marked done'));
      }
      return replies ?? [];
    } finally {
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  };

  /** The replies to a message this process claimed; undefined when it is another's (handled, or being handled). */
  async #handleInTurn(message: IncomingMessage): Promise<Replies | undefined> {
    const log = this.deps.logger.child({ platform: message.platform, messageId: message.messageId });
    try {
      if (!(await this.deps.inbound.claim(message.platform, message.messageId, message.receivedAt))) {
        log.info('duplicate message ignored');
        return undefined;
      }
      if (message.kind === 'joined' || message.kind === 'unsupported') return await this.#answerEvent(message.kind, await this.#context(message));
      if (message.text.length > TEXT_LIMITS.message) {
        return [textReply(`您发送的内容过长（${message.text.length}字），请精简到${TEXT_LIMITS.message}字以内后重新发送。`)];
      }
      const ctx = await this.#context(message);
      return await this.#run(ctx, 0);
    } catch (err) {
      const wrapped = err instanceof HandlerError ? err : new HandlerError('router', message.messageId, err);
      log.error({ err: wrapped.cause ?? wrapped }, 'message handling failed');
      return [textReply(ERROR_TEXT)];
    }
  }

  /** Runs commands and fallbacks only, skipping middlewares (forms use it for a question asked mid-form). */
  dispatch(ctx: Context): Promise<Replies> {
    return this.#run(ctx, this.#middlewares.length);
  }

  async #answerEvent(kind: EventKind, ctx: Context): Promise<Replies> {
    const handlers = this.#events.get(kind) ?? [];
    if (!handlers.length) return kind === 'unsupported' ? [textReply(UNSUPPORTED_TEXT)] : [];
    const replies: Reply[] = [];
    for (const handler of handlers) {
      try {
        replies.push(...(await handler(ctx)));
      } catch (err) {
        throw new HandlerError(kind, ctx.message.messageId, err);
      }
    }
    return replies;
  }

  async #context(message: IncomingMessage): Promise<Context> {
    const [actor, chat] = await Promise.all([
      this.deps.identity.resolveActor(message.platform, message.sender.userId),
      message.chatKind === 'group' ? this.deps.identity.resolveChat(message.platform, message.chatId) : undefined,
    ]);
    return {
      message,
      text: normaliseText(message.text),
      actor: actor ?? ANONYMOUS,
      chat,
      conversationKey: conversationKey(message.platform, message.chatId, message.sender.userId),
      now: this.deps.clock.now(),
    };
  }

  async #run(ctx: Context, index: number): Promise<Replies> {
    const middleware = this.#middlewares[index];
    if (middleware) return middleware(ctx, () => this.#run(ctx, index + 1));
    for (const command of this.#commands) {
      const match = matchCommand(command, ctx.text);
      if (match === undefined) continue;
      const refusal = refuse(command, ctx);
      if (refusal) return [refusal];
      try {
        return await command.handle(ctx, match);
      } catch (err) {
        throw new HandlerError(command.name, ctx.message.messageId, err);
      }
    }
    for (const fallback of this.#fallbacks) {
      const replies = await fallback(ctx);
      if (replies) return replies;
    }
    return [textReply(FALLBACK_TEXT)];
  }
}

function conversationKey(platform: string, chatId: string, userId: string): string {
  return `${platform}:${chatId}:${userId}`;
}

/** Whether a message is for the bot: in a group only when @-mentioned, a card pressed, or the bot added to it. */
function addressed(message: IncomingMessage): boolean {
  return message.chatKind === 'direct' || message.mentioned || Boolean(message.action) || message.kind === 'joined';
}

/** Names come from platform profiles nobody here controls: kept within what is stored. */
function withinLimits(message: IncomingMessage): IncomingMessage {
  if ((message.sender.name?.length ?? 0) <= TEXT_LIMITS.name && (message.chatName?.length ?? 0) <= TEXT_LIMITS.chatName) return message;
  return {
    ...message,
    sender: { ...message.sender, name: clip(message.sender.name, TEXT_LIMITS.name) },
    chatName: clip(message.chatName, TEXT_LIMITS.chatName),
  };
}

function refuse(command: Command, ctx: Context): Reply | undefined {
  if (command.roles && !command.roles.includes(ctx.actor.role)) {
    const who = command.roles.map((r) => ROLE_NAMES[r]).join('、');
    const hint = ctx.actor.role === 'anonymous' ? '如您是项目工作人员，请先发送“绑定 邀请码”完成身份绑定。' : '';
    return textReply(`抱歉，该功能仅限${who}使用。${hint}`);
  }
  if (command.chatKinds && !command.chatKinds.includes(ctx.message.chatKind)) {
    return textReply(command.chatKinds.includes('direct') ? '为保护数据安全，该功能请在与我的私聊中使用。' : '该功能请在群聊中使用。');
  }
  return undefined;
}

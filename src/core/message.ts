/** Where a message came from and whether it was said in private or in a group. */
export type ChatKind = 'direct' | 'group';

/**
 * What arrived: typed text (or a button or card), something the bot cannot read (a picture,
 * a voice message, a file), or the bot added to a group chat. Adapters only say which;
 * the router answers all three, the same way on every platform.
 */
export type MessageKind = 'text' | 'unsupported' | 'joined';

/** A platform-neutral incoming chat message, built by each bot adapter. */
export interface IncomingMessage {
  /** Text when absent. */
  readonly kind?: MessageKind;
  /** Adapter name: 'local' | 'lark' | 'wechat' | … */
  readonly platform: string;
  /** Platform chat id; for a direct chat, what the adapter needs to answer that person. */
  readonly chatId: string;
  readonly chatKind: ChatKind;
  readonly chatName?: string;
  readonly sender: { readonly userId: string; readonly name?: string };
  /** Text with any @-mention of the bot stripped. */
  readonly text: string;
  /** Whether the bot was @-mentioned (always true in direct chats; a `joined` event needs none). */
  readonly mentioned: boolean;
  /** Platform message or event id, used for de-duplication (a `joined` event: its event id). */
  readonly messageId: string;
  readonly receivedAt: Date;
  /** A button press or card form submission instead of typed text. */
  readonly action?: MessageAction;
}

/** A `joined` event (the bot added to a group, or a person's first private contact): no text, no mention needed. */
export function joinedEvent(
  event: Pick<IncomingMessage, 'platform' | 'chatId' | 'chatKind' | 'chatName' | 'sender' | 'messageId' | 'receivedAt'>,
): IncomingMessage {
  return { ...event, kind: 'joined', text: '', mentioned: false };
}

/** A card button or card form submission, already decoded by the adapter. */
export interface MessageAction {
  /** The action name (for a quick reply, its value is also put in `text`). */
  readonly name: string;
  /** Form field values for a submitted card form. */
  readonly values?: Readonly<Record<string, string>>;
}

/** Where a bot-initiated message goes. */
export interface SendTarget {
  readonly platform: string;
  readonly chatId: string;
  readonly chatKind: ChatKind;
}

/**
 * A message handed to the router the moment it arrives, before the platform has
 * told the adapter everything about it (a WeChat group message's mention list, topic and
 * the sender's group alias each take a round trip). Its conversation is known from the
 * payload at once, so it takes its place in that conversation's line immediately; the
 * router calls `resolve` when its turn comes, so a later message cannot overtake it.
 */
export interface ArrivingMessage {
  readonly platform: string;
  /** The same chat id and sender the resolved message will carry. */
  readonly chatId: string;
  readonly userId: string;
  /** The message, or undefined when it turns out not to be for the bot (a group text that does not @-mention it). */
  resolve(): Promise<IncomingMessage | undefined>;
}

/** Where a message came from and whether it was said in private or in a group. */
export type ChatKind = 'direct' | 'group';

/** A platform-neutral incoming chat message, built by each bot adapter. */
export interface IncomingMessage {
  /** Adapter name: 'local' | 'lark' | 'wechat' | … */
  readonly platform: string;
  /** Platform chat id; for a direct chat, what the adapter needs to answer that person. */
  readonly chatId: string;
  readonly chatKind: ChatKind;
  readonly chatName?: string;
  readonly sender: { readonly userId: string; readonly name?: string };
  /** Text with any @-mention of the bot stripped. */
  readonly text: string;
  /** Whether the bot was @-mentioned (always true in direct chats). */
  readonly mentioned: boolean;
  /** Platform message or event id, used for de-duplication. */
  readonly messageId: string;
  readonly receivedAt: Date;
  /** A button press or card form submission instead of typed text. */
  readonly action?: MessageAction;
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

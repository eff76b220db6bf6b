import type { TestBot } from '../support/bot.ts';

/**
 * One chat platform as the contract scenarios see it (fixtures in, calls out): each
 * method feeds the real bot what the platform would deliver — a local HTTP request, a
 * signed Lark event to the real SDK, a message on wechaty-puppet-mock — and returns
 * what the bot sent back through that platform, one string per message as a person
 * reads it (a card's text, a WeChat message, a local reply). People and groups are
 * named; each driver gives them ids in its platform's shape.
 */
export interface ChannelDriver {
  readonly platform: 'local' | 'lark' | 'wechat';
  readonly bot: TestBot;
  /** The person says `text` to the bot in private. */
  say(person: string, text: string): Promise<string[]>;
  /** The person presses the button (card button, numbered quick reply, page button) labelled `label` on the last thing the bot sent them in private. */
  press(person: string, label: string): Promise<string[]>;
  /** The person says `text` in a group, @-mentioning the bot or not. */
  sayInGroup(person: string, group: string, text: string, options: { readonly mention: boolean }): Promise<string[]>;
  /** The platform delivers the same private message twice (a redelivery after a timeout or a restart). */
  sayTwice(person: string, text: string): Promise<string[]>;
  /** The person sends a picture in private; `twice`: the platform delivers it twice. */
  sendPicture(person: string, options?: { readonly twice?: boolean }): Promise<string[]>;
  /** `by` adds the bot to a group; `twice`: the platform delivers the event twice. What the bot said in the group. */
  addToGroup(group: string, by: string, options?: { readonly twice?: boolean }): Promise<string[]>;
  /** The person opens a private chat with the bot for the first time (Lark: opens the empty chat; WeChat: sends a friend request; local: the API's first-contact event — the page itself shows a greeting with examples); `twice`: the platform delivers it twice. What the bot said to them. */
  firstContact(person: string, options?: { readonly twice?: boolean }): Promise<string[]>;
  /** Runs the scheduled jobs due at the clock's time and the outbox; what the person received from the bot on its own. */
  runScheduled(person: string): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts a fresh bot on one platform, its clock at `now`. */
export type DriverFactory = (now: string) => Promise<ChannelDriver>;

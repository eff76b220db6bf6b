import type { ArrivingMessage, IncomingMessage, SendTarget } from './message.ts';
import type { Reply } from './reply.ts';

/** Delivers the replies to one message; the router calls it before the conversation's next message is handled. */
export type Deliver = (replies: readonly Reply[]) => Promise<void>;

/**
 * What the core does with an incoming message: the replies to deliver in that chat,
 * possibly none. With `deliver`, the router also delivers them in the message's turn, so
 * one person's replies go out in order and what the next message means (a bare number
 * picking a numbered choice) can depend on what was delivered before it; a delivery
 * failure is thrown to the adapter.
 */
export type MessageHandler = (message: IncomingMessage | ArrivingMessage, deliver?: Deliver) => Promise<readonly Reply[]>;

/**
 * A message as journaled before the platform is acknowledged: enough for any bot process to
 * handle it again if this one dies first. JSON-safe apart from the message's Date.
 */
export interface JournaledMessage {
  readonly message: IncomingMessage;
  /** What the adapter needs to reply besides the message (Lark: the group message to reply to). */
  readonly context?: Readonly<Record<string, string>>;
}

/** Where an adapter journals what it received before it acknowledges the platform. */
export interface InboundJournal {
  /**
   * Durably records the message as this process's to answer (one INSERT). Throws when the store
   * refuses: the adapter must then not acknowledge, so the platform delivers it again.
   */
  record(entry: JournaledMessage): Promise<void>;
}

export interface SendResult {
  /** The platform's id for the sent message, when it gives one. */
  readonly platformMessageId?: string;
}

/** One chat platform. Platform code stays behind this interface; the core never builds payloads. */
export interface ChannelAdapter {
  readonly name: string;
  /**
   * Starts receiving; every message is passed to `handler` and its replies delivered. With a
   * `journal`, an adapter whose platform will not deliver an acknowledged message again records
   * each message there before acknowledging it.
   */
  start(handler: MessageHandler, journal?: InboundJournal): Promise<void>;
  /**
   * Handles again, the normal way (`handler`, replies in turn for that chat), a message another
   * bot process journaled and died before answering. Absent when the platform redelivers.
   */
  replay?(entry: JournaledMessage): Promise<void>;
  stop(): Promise<void>;
  /** Sends a bot-initiated message (jobs go through the outbox, which calls this). Throws ChannelError. */
  send(target: SendTarget, reply: Reply): Promise<SendResult>;
  /** False while this process may not send on the platform (another bot process holds the account); absent means always. */
  ready?(): boolean;
}

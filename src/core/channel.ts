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

export interface SendResult {
  /** The platform's id for the sent message, when it gives one. */
  readonly platformMessageId?: string;
}

/** One chat platform. Platform code stays behind this interface; the core never builds payloads. */
export interface ChannelAdapter {
  readonly name: string;
  /** Starts receiving; every message is passed to `handler` and its replies delivered. */
  start(handler: MessageHandler): Promise<void>;
  stop(): Promise<void>;
  /** Sends a bot-initiated message (jobs go through the outbox, which calls this). Throws ChannelError. */
  send(target: SendTarget, reply: Reply): Promise<SendResult>;
  /** False while this process may not send on the platform (another bot process holds the account); absent means always. */
  ready?(): boolean;
}

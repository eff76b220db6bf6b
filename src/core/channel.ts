import type { IncomingMessage, SendTarget } from './message.ts';
import type { Reply } from './reply.ts';

/** What the core does with an incoming message: the replies to deliver in that chat, possibly none. */
export type MessageHandler = (message: IncomingMessage) => Promise<readonly Reply[]>;

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

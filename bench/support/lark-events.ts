import { randomBytes } from 'node:crypto';
import { FAKE_APP_ID, FAKE_APP_SECRET, larkFixture, larkRequest } from '../../tests/support/fake-lark.ts';

export const ENCRYPT_KEY = 'bench-encrypt-key-0123456789';
export const VERIFICATION_TOKEN = '066zT6pS4QCbgj5Do145GfDbbagCHGgF';

/** The settings of a bot that takes Lark's webhook events, signed and encrypted, from the fake Open API at `fakeUrl`. */
export function larkWebhookEnv(fakeUrl: string): Record<string, string> {
  return {
    LARK_APP_ID: FAKE_APP_ID,
    LARK_APP_SECRET: FAKE_APP_SECRET,
    LARK_DOMAIN: fakeUrl,
    LARK_MODE: 'webhook',
    LARK_ENCRYPT_KEY: ENCRYPT_KEY,
    LARK_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
  };
}

/** A pre-built webhook request: the exact bytes and headers Lark would send. */
export interface SignedEvent {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/**
 * `count` distinct im.message.receive_v1 events (own event_id and message_id each), from
 * `people` different people, each encrypted with `encryptKey` and signed as Lark signs them.
 * Built before the run, so the load generator spends no CPU on crypto while it measures.
 */
export function signedMessageEvents(count: number, options: { encryptKey: string; people: number; text: string }): SignedEvent[] {
  const template = larkFixture('im.message.receive_v1.p2p-text');
  const events: SignedEvent[] = [];
  for (let i = 0; i < count; i++) {
    const person = i % options.people;
    const openId = `ou_load${String(person).padStart(27, '0')}`;
    const e = structuredClone(template);
    e.header.event_id = randomBytes(16).toString('hex');
    e.event.sender.sender_id = { open_id: openId, union_id: `on_${openId.slice(3)}`, user_id: openId.slice(3, 11) };
    e.event.message.message_id = `om_${randomBytes(16).toString('hex')}`;
    e.event.message.chat_id = `oc_load${String(person).padStart(27, '0')}`;
    e.event.message.content = JSON.stringify({ text: options.text });
    events.push(larkRequest(e, { encryptKey: options.encryptKey }));
  }
  return events;
}

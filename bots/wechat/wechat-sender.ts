import type { Contact, Room } from 'wechaty';
import type { QuickReply, Reply } from '../../src/core/reply.ts';
import { renderForWechat } from './render.ts';

/**
 * Says every reply as one or more messages; in a group the first @-mentions the
 * person asked, as people do in WeChat groups. Returns the last message's id and
 * the numbered choices of the last reply that had buttons.
 */
export async function sayReplies(
  conversation: Room | Contact,
  replies: readonly Reply[],
  mention?: Contact,
): Promise<{ readonly lastId: string | undefined; readonly choices: readonly QuickReply[] }> {
  let choices: readonly QuickReply[] = [];
  let lastId: string | undefined;
  let first = true;
  for (const reply of replies) {
    const rendered = renderForWechat(reply);
    if (reply.buttons?.length) choices = rendered.choices;
    for (const text of rendered.messages) {
      const sent = mention && first && isRoom(conversation) ? await conversation.say(text, mention) : await conversation.say(text);
      first = false;
      if (sent) lastId = sent.id;
    }
  }
  return { lastId, choices };
}

function isRoom(conversation: Room | Contact): conversation is Room {
  return 'topic' in conversation;
}

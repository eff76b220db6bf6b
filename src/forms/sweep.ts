import type { Config } from '../config.ts';
import type { SendTarget } from '../core/message.ts';
import type { Reply } from '../core/reply.ts';
import { reply } from '../core/reply.ts';
import type { Db } from '../../storage/database.ts';
import { expireConversations, listIdleConversations, markReminded } from '../../storage/repositories/conversation.repository.ts';
import { readState } from './state.ts';

/** A reminder about an idle form, for the scheduler to put in the outbox. */
export interface FormReminder {
  readonly target: SendTarget;
  readonly reply: Reply;
  /** Unique per idle stretch, so a retried sweep never sends it twice. */
  readonly dedupKey: string;
}

export interface SweepServices {
  readonly db: Db;
  readonly config: Pick<Config, 'FORM_IDLE_REMIND_MINUTES' | 'FORM_EXPIRE_HOURS'>;
}

/**
 * Expires forms idle longer than FORM_EXPIRE_HOURS and returns one reminder
 * for each form idle longer than FORM_IDLE_REMIND_MINUTES (once per idle stretch).
 */
export async function sweepIdleForms(services: SweepServices, now: Date): Promise<FormReminder[]> {
  const { db, config } = services;
  await expireConversations(db, new Date(now.getTime() - config.FORM_EXPIRE_HOURS * 3600_000), now);
  const idle = await listIdleConversations(db, new Date(now.getTime() - config.FORM_IDLE_REMIND_MINUTES * 60_000));
  const reminders: FormReminder[] = [];
  for (const row of idle) {
    const state = readState(row.state);
    if (!state) continue;
    if (!(await markReminded(db, row.key, row.version, now))) continue;
    const answered = Object.values(state.answers).filter((v) => v !== undefined).length;
    const expiresAt = new Date(new Date(row.updated_at).getTime() + config.FORM_EXPIRE_HOURS * 3600_000);
    const hoursLeft = Math.max(1, Math.round((expiresAt.getTime() - now.getTime()) / 3600_000));
    const how = row.status === 'paused' ? '发送“继续填报”即可从上次的位置接着填写' : '直接回复即可接着填写，也可以回复“暂停”稍后再填';
    reminders.push({
      target: { platform: row.platform, chatId: row.chat_id, chatKind: state.chatKind },
      reply: reply({
        title: '填报提醒',
        paragraphs: [
          `您的“${state.title}”还没有填完（已填写${answered}项，内容已保存）。${how}。`,
          `未完成的填写将在约${hoursLeft}小时后失效；如不再需要，请回复“取消填报”。`,
        ],
        buttons: [
          { label: '继续填报', value: '继续填报' },
          { label: '取消填报', value: '取消填报' },
        ],
      }),
      dedupKey: `form-idle:${row.key}:${row.updated_at}`,
    });
  }
  return reminders;
}

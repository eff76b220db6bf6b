import { within, type Job, type JobKit, type PlannedMessage } from '../../core/job.ts';
import type { SendTarget } from '../../core/message.ts';
import type { Reply } from '../../core/reply.ts';
import { weekLabel } from '../../core/weeks.ts';
import type { FeatureServices } from '../types.ts';
import { lastClosedWeek } from '../weekly-report/index.ts';
import { loadDigest, scopeFor } from './digest.ts';
import { digestReply } from './digest-reply.ts';
import { provinceDigestReply } from './province-reply.ts';

export interface DigestJobDeps {
  readonly services: Pick<FeatureServices, 'repos' | 'programme' | 'config'>;
  readonly kit: JobKit;
}

/** The weekly digest to each prefecture's registered groups and the province's by 市州 to the province groups, on CRON_DIGEST (moved to working time). */
export function digestJob(deps: DigestJobDeps): Job {
  const cron = deps.services.config.CRON_DIGEST;
  return {
    name: 'digest',
    crons: [cron],
    async plan(from, to) {
      // Look back two weeks for a digest a holiday pushed into the window.
      const nominal = deps.kit.fireTimes(cron, new Date(from.getTime() - 14 * 86_400_000), to);
      const slots = deps.kit.deliverable(nominal.map((n) => ({ label: 'digest', nominal: n, data: null }))).filter((s) => within(s.delivery, from, to));
      const out: PlannedMessage[] = [];
      for (const slot of slots) {
        // The digest covers the last week closed at its nominal time, whenever it is delivered.
        for (const m of await buildDigestMessages(deps.services, slot.nominal)) out.push({ ...m, dueAt: slot.delivery });
      }
      return out;
    },
  };
}

/** A scheduled digest: where it goes, what it says, and the outbox key that keeps it from being sent twice. */
export interface DigestMessage {
  readonly target: SendTarget;
  readonly reply: Reply;
  readonly dedupKey: string;
  /** The chat, as a preview names it. */
  readonly recipient: string;
  /** Why it is sent, for previews and the outbox audit. */
  readonly reason: string;
}

/**
 * The digests for every prefecture's registered group chats, covering the
 * latest week whose report deadline has passed at `now`. The key names the
 * chat too, so a prefecture with groups on two platforms gets both.
 */
export async function buildDigestMessages(services: Pick<FeatureServices, 'repos' | 'programme' | 'config'>, now: Date): Promise<DigestMessage[]> {
  const { repos, programme, config } = services;
  const week = lastClosedWeek(now, config.CRON_WEEK_DEADLINE);
  const out: DigestMessage[] = [];
  for (const prefecture of programme.data.prefectures) {
    const chats = await repos.chats.listPrefectureChats(prefecture.id);
    if (chats.length === 0) continue;
    const model = await loadDigest(services, scopeFor(programme.data, prefecture.id), week, now);
    if (model.counties.length === 0) continue;
    const reply = digestReply(model);
    for (const chat of chats) {
      out.push({
        target: { platform: chat.platform, chatId: chat.platform_chat_id, chatKind: 'group' },
        reply,
        dedupKey: `digest:${prefecture.id}:${week}:${chat.platform}:${chat.platform_chat_id}`,
        recipient: `${chat.name ?? prefecture.groupName}（${chat.platform}:${chat.platform_chat_id}）`,
        reason: `${prefecture.name}${weekLabel(week)}周汇总`,
      });
    }
  }
  const provinceChats = await repos.chats.listProvinceChats();
  if (provinceChats.length) {
    const model = await loadDigest(services, scopeFor(programme.data, null), week, now);
    const reply = provinceDigestReply(model, programme.data);
    for (const chat of provinceChats) {
      out.push({
        target: { platform: chat.platform, chatId: chat.platform_chat_id, chatKind: 'group' },
        reply,
        dedupKey: `digest:province:${week}:${chat.platform}:${chat.platform_chat_id}`,
        recipient: `${chat.name ?? '省级工作群'}（${chat.platform}:${chat.platform_chat_id}）`,
        reason: `全省${weekLabel(week)}周汇总（按市州）`,
      });
    }
  }
  return out;
}

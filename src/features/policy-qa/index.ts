import { textReply } from '../../core/reply.ts';
import type { Context } from '../../core/router.ts';
import type { KnowledgeAnswer } from '../../knowledge/index.ts';
import type { Feature } from '../types.ts';
import { answerReply } from './format.ts';
import { rephraserFrom } from './rephraser.ts';
import { KnowledgeHolder, registerReload } from './reload.ts';
import { clip, TEXT_LIMITS } from '../../core/limits.ts';

export { answerJson, answerText } from './format.ts';
export { policyQaCommands } from './cli.ts';
export { rephraserFrom } from './rephraser.ts';

/** How long a follow-up such as 那培训呢？ may lean on the previous question. */
export const FOLLOW_UP_TTL_MS = 30 * 60_000;

const followUpSince = (now: Date) => new Date(now.getTime() - FOLLOW_UP_TTL_MS);

const GREETING = /^(你好|您好|在吗|在不在|hi|hello|喂|嗨|哈喽)[啊呀!！。.~]*$/i;
const THANKS = /^(谢谢|多谢|感谢|谢了|好的|收到|明白了|知道了|ok|嗯+|👍)[啊呀了您!！。.~]*$/i;

/**
 * Policy Q&A: answers whatever no command matched from the notice, with the clause quoted, logs every
 * question, and takes 有用/没用 feedback. Registered last so its fallback never shadows a command.
 */
export const policyQaFeature: Feature = ({ router, repos, programme, config, logger }) => {
  const holder = new KnowledgeHolder(programme);
  registerReload(router, holder);
  if (config.NOTICE_WATCH) holder.watch(logger);
  const rephrase = rephraserFrom(config, programme.data.name, logger);

  async function answer(ctx: Context): Promise<KnowledgeAnswer> {
    const knowledge = holder.current;
    const previous = await repos.qaLog.lastTurn(ctx.conversationKey, followUpSince(ctx.now));
    const plain = knowledge.answer(ctx.text, {
      now: ctx.now,
      previousTopic: previous?.topic,
      county: ctx.actor.countyName,
      prefecture: ctx.actor.prefectureName,
    });
    if (!rephrase) return plain;
    // The LLM sees only the clauses quoted in the answer.
    return rephrase(plain, knowledge.servedBy(plain));
  }

  router.command({
    name: 'qa-feedback',
    match: /^(有用|没用|没有用|无用)[!！。.]*$/,
    async handle(ctx, match) {
      const up = match?.[1] === '有用';
      const turn = await repos.qaLog.lastTurn(ctx.conversationKey, followUpSince(ctx.now));
      const row = turn ? await repos.qaLog.findQuestion(turn.logId) : await repos.qaLog.lastQuestionOf(ctx.message.platform, ctx.message.sender.userId);
      if (!row) return [textReply('还没有可以评价的回答。您可以直接提问项目政策，例如：“公共服务中心资金比例是多少？”')];
      await repos.qaLog.recordFeedback(row.id, up ? 'up' : 'down', ctx.now);
      return [
        textReply(
          up
            ? '感谢您的反馈！如有其他政策问题，请随时提问。'
            : '感谢您的反馈，我们已记录这个问题，管理员会据此改进答复。您也可以换一种说法再问一次，或向所在市州商务局咨询。',
        ),
      ];
    },
  });

  router.fallback(async (ctx) => {
    if (!ctx.text || GREETING.test(ctx.text)) return null;
    if (THANKS.test(ctx.text)) return [textReply('不客气。如有其他政策问题，请随时提问。')];
    const result = await answer(ctx);
    await repos.qaLog.logQuestion(
      {
        platform: ctx.message.platform,
        userId: ctx.message.sender.userId,
        personId: ctx.actor.personId ?? null,
        // The log keeps the first 500 characters of a question.
        question: clip(ctx.text, TEXT_LIMITS.question),
        answered: result.answered,
        clauseId: result.clauseId,
        answer: result.answer,
        conversationKey: ctx.conversationKey,
        topic: result.topic,
      },
      ctx.now,
    );
    return [answerReply(result)];
  });
};

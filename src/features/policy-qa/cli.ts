import { createInterface } from 'node:readline';

import { loadConfig } from '../../config.ts';
import { silentLogger } from '../../core/logger.ts';
import { answerJson, answerText } from './format.ts';
import { rephraserFrom } from './rephraser.ts';
import { evalReport, EVAL_SETS, isEvalSetName, loadEvalSet, runEval, scoreLine } from '../../knowledge/evaluation.ts';
import { createKnowledge, type KnowledgeAnswer } from '../../knowledge/index.ts';
import { loadProgramme } from '../../programme.ts';
import type { CliContext } from '../types.ts';

function usage(message: string): never {
  console.error(message);
  process.exit(1);
}

interface AskOptions {
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly at?: string;
}

/** `ask` (no database: the knowledge engine is pure, so answering is fast) and `qa misses`. */
export function policyQaCommands(cli: CliContext): void {
  const { program, withServices } = cli;
  program
    .command('ask [question...]')
    .description('answer a policy question from the notice, quoting the clause (--jsonl: one question per stdin line)')
    .option('--json', 'print {question, answered, answer, citations}')
    .option('--jsonl', 'read questions from stdin, one per line; print one JSON object per line')
    .option('--at <time>', 'answer as if it were this time (ISO, e.g. 2018-09-20T10:00+08:00), for deadline questions')
    .action(async (words: string[], opts: AskOptions) => {
      const config = loadConfig();
      const now = opts.at ? new Date(opts.at) : new Date();
      if (Number.isNaN(now.getTime())) usage(`--at 应为日期时间，例如 2018-09-20T10:00+08:00（收到 ${opts.at}）`);
      const programme = loadProgramme(config.PROGRAMME);
      const knowledge = createKnowledge(programme);
      const rephrase = rephraserFrom(config, programme.data.name, silentLogger);
      const ask = async (question: string): Promise<KnowledgeAnswer> => {
        const plain = knowledge.answer(question, { now });
        if (!rephrase) return plain;
        return rephrase(plain, knowledge.servedBy(plain));
      };

      if (opts.jsonl) {
        const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
        for await (const line of lines) {
          if (!line.trim()) continue;
          process.stdout.write(`${JSON.stringify(answerJson(await ask(line.trim())))}\n`);
        }
        return;
      }
      const question = words.join(' ').trim();
      if (!question) usage('请在 ask 后写上问题，例如：npm run cli -- ask "公共服务中心资金比例是多少？"');
      const answer = await ask(question);
      console.log(opts.json ? JSON.stringify(answerJson(answer)) : answerText(answer));
    });

  const qa = program.command('qa').description('policy Q&A log');
  qa.command('eval')
    .description(
      'score the Q&A on a question set (dev…: development sets, tuned on, every miss printed; blind…: written from the notice alone, never tuned on, misses never printed)',
    )
    .requiredOption('--set <name>', `the set: ${Object.keys(EVAL_SETS).join(', ')}`)
    .option('--json', 'print {"answerable":{"right":N,"total":N},"unanswerable":{"refused":N,"total":N}}')
    .action((opts: { set: string; json?: boolean }) => {
      if (!isEvalSetName(opts.set)) usage(`--set 应为 ${Object.keys(EVAL_SETS).join('、')} 之一（收到 ${opts.set}）`);
      const config = loadConfig();
      const result = runEval(createKnowledge(loadProgramme(config.PROGRAMME)), loadEvalSet(opts.set));
      if (opts.json) console.log(JSON.stringify({ answerable: result.answerable, unanswerable: result.unanswerable }));
      // A blind set's misses are never printed: reading them would be tuning to it.
      else console.log(opts.set.startsWith('blind') ? scoreLine(opts.set, result) : evalReport(opts.set, result));
    });

  qa.command('misses')
    .description('list questions the bot could not answer or whose answer was marked 没用, newest first')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print one JSON object per line')
    .action(async (opts: { limit: string; json?: boolean }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) usage(`--limit 应为正整数（收到 ${opts.limit}）`);
      await withServices(async ({ repos }) => {
        const rows = await repos.qaLog.listMisses(limit);
        if (opts.json) {
          for (const r of rows)
            console.log(
              JSON.stringify({
                askedAt: r.asked_at,
                platform: r.platform,
                userId: r.user_id,
                question: r.question,
                answered: r.answered === 1,
                clause: r.clause_id,
                feedback: r.feedback,
              }),
            );
          return;
        }
        if (!rows.length) {
          console.log('没有未答出或被标记为“没用”的问题。');
          return;
        }
        console.log(`未答出或被标记为“没用”的问题（最近 ${rows.length} 条）：`);
        for (const r of rows) {
          const when = new Date(r.asked_at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
          const why = r.answered ? '答复被标记为“没用”' : '未答出';
          console.log(`${when}  ${why}${r.clause_id ? `（最接近：${r.clause_id}）` : ''}  ${r.platform}:${r.user_id}\n  ${r.question}`);
        }
      });
    });
}

import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { FORM_SETS, formEvalReport, isFormSetName, loadFormSet, runFormEval } from './form-eval.ts';
import { formParseLine } from './form-parse.ts';

/** form parse --jsonl: reads what officials type, line by line, as the live form would. */
export function registerFormCommands(program: Command): void {
  const form = program.command('form').description('conversational forms');
  form
    .command('parse')
    .description('read answers as the weekly form would: {"kind":"amount"|"count"|"yesno"|"date"|"control"|"command","text":"…"} per line')
    .option('--jsonl', 'read JSON lines from stdin, print one JSON line each')
    .action(async () => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line.trim()) continue;
        process.stdout.write(`${JSON.stringify(formParseLine(line))}\n`);
      }
    });
  form
    .command('eval')
    .description(
      'score the form reader on an answer set (dev…: development sets, tuned on, every miss printed; blind…: written from the field list alone, never tuned on, misses never printed)',
    )
    .requiredOption('--set <name>', `the set: ${Object.keys(FORM_SETS).join(', ')}`)
    .option('--json', 'print {"understood":N,"total":N,"misread":N,"wrong":N}')
    .action((opts: { set: string; json?: boolean }) => {
      if (!isFormSetName(opts.set)) {
        console.error(`--set 应为 ${Object.keys(FORM_SETS).join('、')} 之一（收到 ${opts.set}）`);
        process.exit(1);
      }
      const r = runFormEval(loadFormSet(opts.set));
      if (opts.json) console.log(JSON.stringify({ understood: r.understood, total: r.total, misread: r.misread.length, wrong: r.wrong }));
      else console.log(formEvalReport(opts.set, r));
    });
}

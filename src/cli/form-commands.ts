import { createInterface } from 'node:readline';
import type { Command } from 'commander';
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
}

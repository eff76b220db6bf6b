import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { checkProgramme, importDocument } from '../../programme-import/index.ts';
import { PROGRAMMES_DIR } from '../../programme.ts';
import type { CliContext } from '../types.ts';

/** A folder given as a path, or as a programme id under storage/programmes/. */
function folderOf(arg: string): string {
  if (isAbsolute(arg) || existsSync(arg) || /[/\\]/.test(arg)) return resolve(arg);
  return join(PROGRAMMES_DIR, arg);
}

/** `programme import` and `programme check`: a new notice into the bot without a developer. */
export function programmesCommands(cli: CliContext): void {
  const programme = cli.program.command('programme').description('programme documents: import a notice (.txt/.docx/.pdf), check a programme folder');
  programme
    .command('import <file>')
    .description('read a document (OCR text, .docx, text-layer .pdf) and write it into a programme folder as structured notice, with a review report')
    .requiredOption('--into <folder>', 'the programme folder (a path, or an id under storage/programmes/)')
    .option('--as <id>', 'the id of the document in the folder (e.g. supplement-1); default: from what it is (letter, plan, annex-1)')
    .action(async (file: string, opts: { into: string; as?: string }) => {
      if (!existsSync(file)) cli.fail(`找不到文件 ${file}`);
      if (opts.as !== undefined && !/^[a-z][a-z0-9-]*$/.test(opts.as))
        cli.fail(`--as 应为小写字母、数字和连字符组成的编号，例如 supplement-1（收到 ${opts.as}）`);
      const folder = folderOf(opts.into);
      const started = Date.now();
      let result: Awaited<ReturnType<typeof importDocument>>;
      try {
        result = await importDocument({
          file,
          folder,
          ...(opts.as ? { as: opts.as } : {}),
          progress: (m) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`),
        });
      } catch (err) {
        cli.fail(`导入失败：${(err as Error).message}`);
      }
      console.log(result.report);
      console.log(`已写入：${result.files.join('、')}`);
      console.log(`请核对“需人工核对”的${result.suspects.length}处后运行：npm run cli -- programme check ${opts.into}`);
    });
  programme
    .command('check <folder>')
    .description('validate a programme folder: cited clauses exist, ids unique, documents registered, counties consistent; exits 1 on errors')
    .action((arg: string) => {
      const folder = folderOf(arg);
      const result = checkProgramme(folder);
      console.log(`检查 ${folder}：${result.documents}份文件，${result.clauses}个条款。`);
      for (const w of result.warnings) console.log(`提醒：${w}`);
      for (const e of result.errors) console.log(`错误：${e}`);
      if (result.errors.length) {
        console.log(`发现${result.errors.length}处错误，请修改后重新检查。`);
        process.exitCode = 1;
        return;
      }
      console.log(result.warnings.length ? `没有错误，有${result.warnings.length}处提醒请核对。` : '检查通过，没有发现问题。');
    });
}

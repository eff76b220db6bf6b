import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { ROLE_NAMES } from '../../core/actor.ts';
import { issueInvite } from './invites.ts';
import { importRoster, parseRoster, parseRosterWorkbook } from './roster.ts';
import { issueLoginCode } from '../../web-sessions.ts';
import type { PersonRole } from '../../../storage/schema.ts';
import type { CliContext } from '../types.ts';

/** invite and roster import. */
export function adminCommands(cli: CliContext): void {
  const { program, withServices } = cli;
  program
    .command('invite')
    .description('issue a one-time invite code (绑定 <code> in private chat binds the sender)')
    .addOption(new Option('--role <role>', 'role of the person').choices(['official', 'prefecture', 'province', 'admin']).makeOptionMandatory())
    .option('--county <name>', 'county, for --role official (e.g. 卓尼县)')
    .option('--prefecture <name>', 'prefecture, for --role prefecture (e.g. 甘南州)')
    .option('--name <name>', "the person's name")
    .option('--json', 'print one JSON object')
    .action(async (opts: { role: PersonRole; county?: string; prefecture?: string; name?: string; json?: boolean }) => {
      await withServices(async ({ repos, programme, config, clock }) => {
        const result = await issueInvite(repos, programme.data, opts, config.INVITE_TTL_HOURS, clock.now());
        if (!result.ok) cli.fail(result.error);
        const inv = result.value;
        if (opts.json) {
          console.log(JSON.stringify(inv));
          return;
        }
        const place = inv.countyName ?? inv.prefectureName ?? '';
        console.log(`邀请码：${inv.code}`);
        console.log(
          `身份：${place}${ROLE_NAMES[inv.role]}；有效期至 ${new Date(inv.expiresAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}（仅可使用一次）`,
        );
        console.log(`请对方在与机器人的私聊中发送：绑定 ${inv.code}`);
      });
    });

  program
    .command('login-link')
    .description('issue a one-time login link to the web chat (production) for a person of the roster')
    .requiredOption('--person <id>', "the person's id in the roster")
    .option('--json', 'print one JSON object')
    .action(async (opts: { person: string; json?: boolean }) => {
      await withServices(async ({ repos, config, clock }) => {
        const person = /^\d+$/.test(opts.person) ? await repos.people.getPerson(Number(opts.person)) : undefined;
        if (!person?.active) cli.fail(`名册中没有编号为 ${opts.person} 的在岗人员。`);
        const { code, expiresAt } = await issueLoginCode(repos, person.id, config.LOGIN_LINK_TTL_HOURS, clock.now());
        const base = config.PUBLIC_BASE_URL ?? `http://${config.HOST}:${config.PORT}`;
        const url = `${base.replace(/\/$/, '')}/login/${code}`;
        if (opts.json) {
          console.log(JSON.stringify({ personId: person.id, name: person.name, url, expiresAt: expiresAt.toISOString() }));
          return;
        }
        console.log(`登录链接（${person.name}，仅可使用一次，有效期至 ${expiresAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}）：`);
        console.log(url);
      });
    });

  const roster = program.command('roster').description('manage the roster of people');
  roster
    .command('import <file>')
    .description('import people from a CSV or Excel (.xlsx) file (name,role,county,prefecture,ids); nothing is imported if any row is bad')
    .action(async (file: string) => {
      let content: Buffer;
      try {
        content = readFileSync(file);
      } catch (err) {
        cli.fail(`无法读取文件 ${file}：${(err as Error).message}`);
      }
      await withServices(async ({ repos, programme, clock }) => {
        const parsed = /\.xlsx$/i.test(file) ? await parseRosterWorkbook(content, programme.data) : parseRoster(content.toString('utf8'), programme.data);
        const { problems, imported } = parsed.problems.length
          ? { problems: parsed.problems, imported: [] }
          : await importRoster(repos, parsed.rows, clock.now());
        if (problems.length) {
          console.error(`名册有 ${problems.length} 行有误，未导入任何人员：`);
          for (const p of problems) console.error(`  第 ${p.line} 行：${p.message}`);
          process.exitCode = 1;
          return;
        }
        console.log(`已导入 ${parsed.rows.length} 人。`);
        // The id is what `login-link --person` takes (the web chat in production).
        for (const p of imported) console.log(`  第 ${p.line} 行 ${p.name}：编号 ${p.id}`);
      });
    });
}

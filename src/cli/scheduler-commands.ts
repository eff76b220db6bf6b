import type { Command } from 'commander';
import type { ChannelAdapter } from '../core/channel.ts';
import { type Clock, ManualClock, shanghaiMoment, systemClock } from '../core/clock.ts';
import { addMilestone, changeMilestoneDate, closeMilestoneByName, milestoneOverview } from '../features/deadlines/index.ts';
import { composeFeatures, type Services } from '../services.ts';
import { createScheduler, type DueMessage } from '../scheduler/index.ts';
import { fail, withServices } from './services.ts';
import { countOutbox, listOutbox } from '../../storage/repositories/outbox.repository.ts';
import type { OutboxRow } from '../../storage/schema.ts';

/** Parses --at: an ISO instant; without an offset it is Asia/Shanghai time. */
export function parseAt(text: string | undefined): Date {
  if (!text) return new Date();
  const t = text.trim().replace(' ', 'T');
  const withZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(t) ? t : `${t}+08:00`;
  const at = new Date(withZone);
  if (Number.isNaN(at.getTime())) fail(`无法识别时间“${text}”，请写成例如 2018-09-23T09:00+08:00 或 "2018-09-23 09:00"（北京时间）`);
  return at;
}

function summary(m: { reply: { title?: string; paragraphs?: readonly string[]; text: string } }): string {
  const first = m.reply.paragraphs?.[0] ?? m.reply.text.split('\n')[0] ?? '';
  return `${m.reply.title ? `【${m.reply.title}】` : ''}${first}`;
}

function printDue(list: readonly DueMessage[]): void {
  for (const m of list) {
    console.log(`● ${shanghaiMoment(m.dueAt)}  → ${m.recipient}`);
    console.log(`  内容：${summary(m)}`);
    console.log(`  原因：${m.reason}`);
  }
}

/** Prints what a local-channel message would show; the local web chat lives in the server process. */
function terminalAdapter(): ChannelAdapter {
  return {
    name: 'local',
    async start() {},
    async stop() {},
    async send(target, reply) {
      console.log(`→ [local ${target.chatKind === 'group' ? '群' : '私聊'} ${target.chatId}]\n${reply.text.replace(/^/gm, '    ')}\n`);
      return {};
    },
  };
}

async function atClock<T>(at: Date | undefined, fn: (s: Services) => Promise<T>): Promise<T> {
  const clock: Clock = at ? new ManualClock(at) : systemClock;
  return withServices(fn, { clock });
}

const OUTBOX_STATUS: Readonly<Record<string, string>> = { pending: '待发送', sending: '发送中', sent: '已发送', failed: '发送失败', skipped: '已跳过' };

function printRow(r: OutboxRow): void {
  console.log(
    `#${r.id} ${OUTBOX_STATUS[r.status] ?? r.status} 到期 ${shanghaiMoment(new Date(r.due_at))} 尝试 ${r.attempts} → ${r.platform}:${r.chat_id}  ${r.reason ?? ''}${r.last_error ? `\n    错误：${r.last_error}` : ''}`,
  );
}

/** scheduler preview / run-once / outbox, and deadline list / add / move / close. */
export function registerSchedulerCommands(program: Command): void {
  const scheduler = program.command('scheduler').description('reminders and the outbox');

  scheduler
    .command('preview')
    .description('list what would be sent at a moment (to whom, what, why) without sending or writing anything')
    .option('--at <time>', 'the moment, e.g. 2018-09-23T09:00+08:00 (default: now)')
    .option('--json', 'print JSON')
    .action(async (opts: { at?: string; json?: boolean }) => {
      const at = parseAt(opts.at);
      await atClock(at, async (services) => {
        const s = createScheduler(services, new Map(), (await composeFeatures(services)).jobs);
        const due = await s.due(at);
        const send = due.filter((m) => m.status === 'send');
        const skip = due.filter((m) => m.status === 'skip');
        const upcoming = await s.upcoming(at, 7);
        if (opts.json) {
          console.log(
            JSON.stringify(
              {
                at: at.toISOString(),
                send,
                skip: skip.map((m) => m.dedupKey),
                upcoming: upcoming.map((m) => ({ dueAt: m.dueAt, to: m.recipient, reason: m.reason })),
              },
              null,
              2,
            ),
          );
          return;
        }
        console.log(`预览时刻：${shanghaiMoment(at)}（北京时间）`);
        if (send.length) {
          console.log(`此刻将发送 ${send.length} 条：`);
          printDue(send);
        } else {
          console.log('此刻没有需要发送的消息。');
          if (!s.working.isWorkingTime(at)) console.log('（此刻为休息日、节假日或免打扰时段，提醒顺延至下一个工作时间发送。）');
        }
        if (skip.length)
          console.log(`另有 ${skip.length} 条已超过补发时限（OUTBOX_GRACE_HOURS=${services.config.OUTBOX_GRACE_HOURS}），将记录为跳过、不再发送。`);
        if (upcoming.length) {
          console.log(`未来7天内的计划（${upcoming.length} 条）：`);
          for (const m of upcoming.slice(0, 30)) console.log(`  ${shanghaiMoment(m.dueAt)}  → ${m.recipient}：${m.reason}`);
          if (upcoming.length > 30) console.log(`  ……另有 ${upcoming.length - 30} 条`);
        }
      });
    });

  scheduler
    .command('run-once')
    .description('enqueue what is due at a moment and dispatch it; local-channel messages are printed here (the web chat page lives in the server process)')
    .option('--at <time>', 'the moment, e.g. 2018-09-23T09:00+08:00 (default: now)')
    .option('--enqueue-only', 'only put the messages in the outbox; a running server sends them if they are within OUTBOX_GRACE_HOURS of its clock')
    .action(async (opts: { at?: string; enqueueOnly?: boolean }) => {
      const at = parseAt(opts.at);
      await atClock(at, async (services) => {
        const adapters = new Map<string, ChannelAdapter>(opts.enqueueOnly ? [] : [['local', terminalAdapter()]]);
        const s = createScheduler(services, adapters, (await composeFeatures(services)).jobs, { dispatcher: { perChatIntervalMs: 0 } });
        const run = await s.runDue(at);
        console.log(`已写入发件箱 ${run.enqueued} 条；已存在（不重复发送）${run.existing} 条；超过补发时限记录为跳过 ${run.skipped} 条。`);
        if (opts.enqueueOnly) {
          console.log('仅写入发件箱：正在运行的服务会在其发件轮询中发送（仅限其当前时间 OUTBOX_GRACE_HOURS 小时内到期的消息）。');
          return;
        }
        const sent = await s.dispatchNow();
        console.log(`本地通道消息已在上方打印并记为已发送（共 ${sent.sent} 条；网页聊天只显示服务进程内发送的消息）。`);
        if (sent.retried || sent.failed || sent.skipped) console.log(`重试 ${sent.retried}，失败 ${sent.failed}，跳过 ${sent.skipped}。`);
        const others = (await listOutbox(services.db, { status: 'pending' })).filter((r) => r.platform !== 'local').length;
        if (others) console.log(`其他平台（飞书、微信）的 ${others} 条消息留在发件箱，由正在运行的服务发送。`);
      });
    });

  scheduler
    .command('outbox')
    .description('list outbox rows (default: the 50 latest not yet sent)')
    .option('--status <status>', 'pending | sending | sent | failed | skipped')
    .option('--limit <n>', 'how many rows', '50')
    .action(async (opts: { status?: OutboxRow['status']; limit: string }) => {
      await withServices(async ({ db }) => {
        const counts = await countOutbox(db);
        console.log(
          Object.entries(counts)
            .map(([k, v]) => `${OUTBOX_STATUS[k] ?? k} ${v}`)
            .join('  '),
        );
        const rows = await listOutbox(db, opts.status ? { status: opts.status } : {});
        const shown = (opts.status ? rows : rows.filter((r) => r.status !== 'sent')).slice(-Number(opts.limit) || -50);
        for (const r of shown) printRow(r);
      });
    });

  const deadline = program.command('deadline').description('milestones: list, add, move, close');
  deadline
    .command('list')
    .description('milestones with each county done or not done')
    .option('--prefecture <id>', 'only the counties of a prefecture (e.g. gannan)')
    .action(async (opts: { prefecture?: string }) => {
      await withServices(async ({ repos, programme, clock }) => {
        for (const r of await milestoneOverview(repos, programme, { prefectureId: opts.prefecture }, clock.now())) console.log(`${r.text}\n`);
      });
    });
  deadline
    .command('add <date> <title...>')
    .description('add a milestone, e.g. deadline add 2026-12-20 验收材料报送 (programme-wide unless --prefecture)')
    .option('--prefecture <id>', "a prefecture's own milestone (its counties only), e.g. gannan")
    .action(async (date: string, title: string[], opts: { prefecture?: string }) => {
      await withServices(async ({ repos, programme, clock }) => {
        const prefecture = opts.prefecture ? programme.data.prefectures.find((p) => p.id === opts.prefecture || p.name === opts.prefecture) : undefined;
        if (opts.prefecture && !prefecture) fail(`没有名为“${opts.prefecture}”的市州。`);
        const res = await addMilestone(
          repos,
          programme,
          { dateText: date, title: title.join(' '), by: null, source: 'cli', prefectureId: prefecture?.id ?? null },
          clock.now(),
        );
        if (!res.ok) fail(res.text);
        console.log(res.text);
      });
    });
  deadline
    .command('move <name> <date>')
    .description('move a milestone (by id or name) to a new date')
    .action(async (name: string, date: string) => {
      await withServices(async ({ repos, programme, clock }) => {
        const res = await changeMilestoneDate(repos, programme, name, date, clock.now());
        if (!res.ok) fail(res.text);
        console.log(res.text);
      });
    });
  deadline
    .command('close <name>')
    .description('close a milestone (by id or name): no more reminders')
    .action(async (name: string) => {
      await withServices(async ({ repos, programme, clock }) => {
        const res = await closeMilestoneByName(repos, programme, name, clock.now());
        if (!res.ok) fail(res.text);
        console.log(res.text);
      });
    });
}

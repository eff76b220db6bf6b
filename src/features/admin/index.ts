import { ROLE_NAMES, type Actor } from '../../core/actor.ts';
import { shanghaiDateTime } from '../../core/clock.ts';
import { reply, textReply } from '../../core/reply.ts';
import type { Feature } from '../types.ts';
import { findCounty } from '../../programme.ts';
import { redeemInvite } from './invites.ts';

export { createIdentityResolver } from './identity.ts';
export { issueInvite } from './invites.ts';
export { demoIdentities, importRoster, parseRoster, parseRosterWorkbook, seedDemoRoster } from './roster.ts';
export { adminCommands } from './cli.ts';

/** At most this many wrong 绑定 codes per platform user in BIND_WINDOW_MS; then a wait (guessing codes stays hopeless). */
export const BIND_MAX_FAILURES = 5;
const BIND_WINDOW_MS = 10 * 60_000;

export const INTRO: Readonly<Record<Actor['role'], string>> = {
  anonymous:
    '您好，我是“示范助手”，服务甘肃省电子商务进农村综合示范项目。您可以直接向我提问项目政策，我会引用通知原文作答。项目工作人员请先发送“绑定 邀请码”完成身份绑定。',
  official: '您好，我是“示范助手”。您可以向我提问项目政策、填报本县每周进度、查看本县进度和截止日期。',
  prefecture: '您好，我是“示范助手”。您可以查看本市州各示范县进度、管理本市州的截止日期、获取汇总，也可以提问项目政策。',
  province: '您好，我是“示范助手”。您可以查看全省各示范县进度、管理全省统一的截止日期、获取按市州分列的全省汇总，也可以提问项目政策。',
  admin: '您好，我是“示范助手”。管理员可通过命令行签发邀请码、导入名册（npm run cli -- invite / roster import），也可以提问项目政策。',
};

/** What the bot says when it is added to a group chat, on every platform. */
export const GROUP_WELCOME =
  '您好，我是“示范助手”，服务电子商务进农村综合示范项目。在群内提问请先@我。市州工作人员可在本群发送“@示范助手 绑定本群 市州群”登记本群，登记后周汇总和逾期催办将发送到本群。';

function describe(actor: Actor): string {
  if (actor.role === 'anonymous') return '您尚未绑定身份，目前是访客。项目工作人员请发送“绑定 邀请码”（邀请码由管理员提供）。';
  const place = actor.countyName ?? actor.prefectureName ?? '';
  return `您是${place ? place + '的' : ''}${ROLE_NAMES[actor.role]}${actor.name ? `（${actor.name}）` : ''}。`;
}

/** Help, binding by invite code, "who am I" and group registration. */
export const adminFeature: Feature = ({ router, repos, clock, programme }) => {
  router.command({
    name: 'help',
    match: ['帮助', 'help', '?', '菜单', '功能', '/help'],
    help: { usage: '帮助', description: '查看我能为您做什么', roles: ['anonymous', 'official', 'prefecture', 'province', 'admin'] },
    async handle(ctx) {
      const entries = router.helpFor(ctx.actor.role);
      return [
        reply({
          title: '示范助手 · 使用帮助',
          paragraphs: [INTRO[ctx.actor.role]],
          fields: entries.map((e) => ({ label: e.usage, value: e.description })),
          footer: '政策问题可直接输入，例如：“公共服务中心资金比例是多少？”',
        }),
      ];
    },
  });

  // Added to a group: how to ask there and how to register the group. A first private contact gets the introduction.
  router.on('joined', async (ctx) => [textReply(ctx.message.chatKind === 'group' ? GROUP_WELCOME : INTRO[ctx.actor.role])]);

  router.command({
    name: 'whoami',
    match: ['我是谁', '我的身份', 'whoami'],
    help: { usage: '我是谁', description: '查看您当前绑定的身份', roles: ['anonymous', 'official', 'prefecture', 'province', 'admin'] },
    async handle(ctx) {
      const demo = clock.demo ? `\n现在是演示时间 ${shanghaiDateTime(ctx.now)}：系统按2018年项目进度演示，已有的周报为演示数据。` : '';
      return [textReply(describe(ctx.actor) + demo)];
    },
  });

  router.command({
    name: 'bind',
    match: /^(?:绑定|綁定|bind)\s*[:：]?\s*(?!本群)(\S.*)?$/i,
    chatKinds: ['direct'],
    help: { usage: '绑定 邀请码', description: '用管理员提供的邀请码绑定您的身份', roles: ['anonymous'] },
    async handle(ctx, match) {
      const code = match?.[1]?.trim();
      if (!code) return [textReply('请在“绑定”后输入邀请码，例如：绑定 ABCD-2345')];
      const now = clock.now();
      const { platform, userId } = { platform: ctx.message.platform, userId: ctx.message.sender.userId };
      const failures = await repos.bindFailures.bindFailuresSince(platform, userId, new Date(now.getTime() - BIND_WINDOW_MS));
      if (failures.length >= BIND_MAX_FAILURES) {
        const waitMs = new Date(failures[failures.length - BIND_MAX_FAILURES]!).getTime() + BIND_WINDOW_MS - now.getTime();
        const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
        return [textReply(`您尝试绑定的次数较多，为保障账号安全，请${minutes}分钟后再试。如邀请码有误，请联系管理员重新获取。`)];
      }
      const result = await redeemInvite(repos, code, { platform, userId, displayName: ctx.message.sender.name }, now);
      if (!result.ok) {
        await repos.bindFailures.recordBindFailure(platform, userId, now);
        return [textReply(result.error)];
      }
      const p = result.value;
      const place = p.county_name ?? p.prefecture_name ?? '';
      const rebound = ctx.actor.role !== 'anonymous' ? `（原绑定身份“${ctx.actor.name ?? ''}”已解除）` : '';
      return [textReply(`绑定成功${rebound}：您是${place ? place + '的' : ''}${ROLE_NAMES[p.role]}${p.name ? `（${p.name}）` : ''}。发送“帮助”查看可用功能。`)];
    },
  });

  router.command({
    name: 'register-group',
    match: /^绑定本群\s*(州级群|市级群|市州群|省级群|县级群)?\s*(\S+)?$/,
    roles: ['prefecture', 'province', 'admin'],
    chatKinds: ['group'],
    help: [
      { usage: '绑定本群 市州群', description: '在群内@我，把本群登记为本市州工作群，接收汇总和催办', roles: ['prefecture'] },
      { usage: '绑定本群 省级群', description: '在群内@我，把本群登记为省级工作群，接收按市州分列的全省汇总', roles: ['province'] },
      { usage: '绑定本群 县级群 卓尼县', description: '在群内@我，把本群登记为示范县工作群', roles: ['province', 'admin'] },
    ],
    async handle(ctx, match) {
      const kind = match?.[1];
      if (!kind) return [textReply('请说明群的类型，例如：绑定本群 市州群，或：绑定本群 县级群 卓尼县')];
      const at = clock.now();
      const chat = {
        platform: ctx.message.platform,
        platformChatId: ctx.message.chatId,
        name: ctx.message.chatName ?? null,
        registeredBy: ctx.actor.personId ?? null,
      };
      if (kind === '省级群') {
        if (ctx.actor.role !== 'province') return [textReply('只有省级工作人员可以登记省级群。')];
        await repos.chats.registerChat({ ...chat, purpose: 'province', prefectureId: null, countyId: null }, at);
        return [textReply('已将本群登记为省级工作群，按市州分列的全省周汇总将发送到本群。')];
      }
      if (kind !== '县级群') {
        if (ctx.actor.role !== 'prefecture' || !ctx.actor.prefectureId) return [textReply('只有市州工作人员可以登记市州工作群。')];
        await repos.chats.registerChat({ ...chat, purpose: 'prefecture', prefectureId: ctx.actor.prefectureId, countyId: null }, at);
        return [textReply(`已将本群登记为${ctx.actor.prefectureName ?? ''}工作群，周汇总和逾期催办将发送到本群。`)];
      }
      const county = match?.[2] ? findCounty(programme.data, match[2]) : undefined;
      if (!county) return [textReply('请写明县名，例如：绑定本群 县级群 卓尼县')];
      if (ctx.actor.role === 'prefecture' && county.prefecture !== ctx.actor.prefectureId)
        return [textReply(`${county.name}不属于${ctx.actor.prefectureName ?? '您所在的市州'}，无法登记。`)];
      await repos.chats.registerChat({ ...chat, purpose: 'county', prefectureId: county.prefecture, countyId: county.id }, at);
      return [textReply(`已将本群登记为${county.name}工作群。`)];
    },
  });
};

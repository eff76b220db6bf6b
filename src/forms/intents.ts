import { byKeywords, withoutControlTypos } from './intent-keywords.ts';
import { tidy } from './typed.ts';

export { FIXES_EARLIER, withoutControlTypos } from './intent-keywords.ts';

/**
 * What everyday sentences mean for a form: one table, shared by the router
 * (start a report, resume, progress, typed outside a form) and the form
 * engine (cancel, pause, back, skip, resume, progress, typed inside one).
 * Each phrase is matched against a whole clause, so "上一个月花了5万" is not
 * "上一个"; every example is tested.
 */
export type Intent = 'cancel' | 'pause' | 'back' | 'skip' | 'resume' | 'progress' | 'start-report';

export interface IntentEntry {
  readonly intent: Intent;
  /** Each clause of the message must match one of these (fillers and particles removed). */
  readonly phrases: readonly RegExp[];
  /** Sentences that must be read as this intent. */
  readonly examples: readonly string[];
  /** Sentences that must not be (answers, questions). */
  readonly notExamples: readonly string[];
}

// (弄周报, 整一下周报: 弄, 整 and 搞 are everyday verbs of doing it.)
const REPORT_VERB = '(?:填报|上报|报送|提交|填写|填|报|交|写|弄|整|搞)';
// (新一周的报告, 新的一周: the week just begun is this one.)
const THIS_WEEK = '(?:这周|本周|这一周|这个星期|本星期|这星期|这礼拜|本期|新的?一周)';
const REPORT = `(?:周报|周进度|进度|进展|情况|数据)`;
/** The verbs of doing the form itself: 不填了, 别弄了, 懒得写了. */
const FILL = '(?:填|报|弄|写|做|搞|交|干|整)(?:写|报)?';
/** Later: 等会儿, 稍等, 过一会儿, 明早, 下班后, 五分钟后 — said alone (等我一下) or before 再填. */
const WAIT = '(?:等|等会儿?|等一会儿?|等一下|等下|等一等|等我一下|稍等(?:一下|片刻)?|稍后|过会儿?|过一会儿?|一会儿?|待会儿?|晚点|晚些|晚一点|回头|改天|缓一缓|缓一下|缓缓)';
const LATER = `(?:${WAIT}|明天|明早|明天上午|明天下午|下午|晚上|下班后?|下周|过两天|回来|[\\d一二三四五六七八九十两半几]+个?(?:分钟|小时)后)`;

export const INTENTS: readonly IntentEntry[] = [
  {
    intent: 'cancel',
    phrases: [
      /^(?:算了|不要了|撤销)$/,
      // Negation + a verb of filling: 不填了 (not 不填, which skips one question), 别弄了, 懒得写了, 不想报.
      new RegExp(`^不(?:再)?(?:继续)?${FILL}了$`),
      new RegExp(`^(?:不想|不打算|懒得|没法)(?:再)?(?:继续)?${FILL}了?$`),
      // 不用填 alone may skip one optional question; 不用填了 gives up the report.
      new RegExp(`^(?:不要|别|不用)(?:再)?(?:继续)?${FILL}了$`),
      // (取消这个报告, 作废这份报表: the report named as this one.)
      /^(?:停止|终止|结束|中止|退出|取消|放弃)(?:本次|这次|本周|这周)?的?(?:填报|填写|上报|报送|周报|填)?$|^(?:取消|放弃|作废|撤销)(?:这个|这份|这张|本次|这次|本周|这周)的?(?:报告|报表|表|周报)$/,
    ],
    examples: ['取消这份报表', '作废本次的周报', '终止这次报送', '结束本周的上报', '算了，不填了', '算了', '不报了', '不整了', '先不弄了', '那就不填了吧', '算了算了', '我不想填了', '取消填报', '懒得填了', '您好，我不想填了', '不要填了', '别弄了', '停止填报', '结束填报'],
    notExamples: ['不填', '不用填', '没有', '上一个月花了5万', '取消了两场培训', '希望州里协调取消重复检查', '建议放弃这个供应商'],
  },
  {
    intent: 'pause',
    phrases: [
      // A later time alone (等我一下) or before doing it again (明早再填, 一会儿回来接着填, 五分钟后再弄).
      new RegExp(`^${WAIT}$`),
      new RegExp(`^${LATER}(?:再|回来)?(?:接着|继续)?(?:${FILL}|说|来|补)$`),
      /^(?:暂停(?:一下|填报)?|停一下|有事|忙|(?:去)?忙(?:点)?别的(?:事儿?)?(?:去了?)?|在开会|要开会|(?:今天)?(?:先|就)?到这(?:里|儿)?|先放一放|放一放|先放着|先搁着|先存着|先保存(?:一下)?)$/,
    ],
    examples: ['先这样吧', '今天就先这样', '明儿个再弄', '等会儿', '一会儿再填', '稍后', '我先忙一下，一会儿再填', '现在在开会，晚点再填', '等一下再说吧', '先这样吧，回头再填', '稍等', '等我一下', '明早再填', '下班后再填', '五分钟后再填', '先放一放', '我一会儿回来接着填', '缓一下，我问问村上', '等等', '今天先到这', '回来再填', '我先忙别的', '我先去问问财务，明天再报', '得核对一下数据，过会儿再来'],
    notExamples: ['稍后提交了5万', '等会儿的培训有20人', '明天', '下午', '两个站点暂停营运了', '物流暂停发货的事要协调'],
  },
  {
    intent: 'back',
    phrases: [
      /^(?:上一个|上一题|上一项|上一步|返回(?:上一(?:题|项|步|个))?|回到上一(?:题|项|步|个)|退回(?:上一(?:题|项|步|个))?|回上一(?:题|项|步|个)|上一(?:题|项|个)填错了|上一(?:题|项|个)(?:要)?改一下)$/,
      // (倒回去改改: going back said with what it is for.)
      // (回去改总支出, 返回去重填培训人数: going back, with the earlier answer to change named by its figure.)
      /^(?:(?:倒|退|返|往)?回去(?:改|修改|改改|重填)?(?:一下|下)?(?:(?<=改|填|下)[\u4e00-\u9fff]{0,6}(?:支出|金额|资金|额|数|人次|场次|次数|数据|日期|时间))?|退一步|往回退(?:一(?:步|个|题|项))?|往前退(?:一(?:步|个|题|项))?|回退(?:一(?:步|个|题|项))?|前一(?:题|项|个)|回到前一(?:题|项|个))$/,
    ],
    examples: ['上一个', '返回上一题', '回到上一题', '上一题填错了', '返回', '回去', '往回退一步', '前一题', '退一步', '退回去修改一下', '倒回去', '我想回去改一下培训场次', '往回退一项'],
    notExamples: ['上一个月花了5万', '上一周培训3场', '回去改天再填'],
  },
  {
    intent: 'skip',
    phrases: [/^(?:跳|略|省略|免填|跳过(?:这一?(?:题|项|个))?|这一?(?:题|项|个)(?:先)?跳过|这一?(?:题|项|个)(?:先|暂时|暂)?(?:不用|可以不|先不|不需要|不)(?:填|写)(?:写)?|下一题|下一项|这(?:题|项)不适用|不适用|这一?(?:题|项|个)(?:我)?(?:不会填|不知道(?:怎么|咋)填|填不了|填不出来|没法填)|(?:先|暂时?)?不(?:填|写)(?:这一?(?:题|项|个))?|(?:这一?(?:题|项|个))?(?:先)?过(?:掉)?)$/],
    examples: ['这项暂时不写了', '先不写这一项', '暂不填 略', '这个先不填，略', '这个先过掉', '没统计，过', '跳过这一题', '这项先跳过', '这一项不填', '不适用', '这题不用填', '省略', '这一项我填不了'],
    notExamples: ['没有', '0', '过了验收', '这个我也不知道'],
  },
  {
    intent: 'resume',
    phrases: [
      /^(?:(?:继续|接着)(?:往下)?(?:填报|填写|填|报|写|来|弄|整|搞|干|走)?(?:周报|刚才的(?:周报|填报)?)?|恢复(?:(?:刚才|刚刚|上次|上回|之前|昨天)(?:暂停)?的(?:填报|填写|周报|那份|那个)?|填报|填写|周报)|我?回来了|好了继续|可以继续了)$/,
      // 把刚才那个接上, 上周没填完的那个续上: the report left off, picked up again.
      /^把?(?:刚才|刚刚|上次|上回|上周|昨天|之前|早上|上午)(?:那个|那份|的|没填完的?|没报完的?|填了一半的?|暂停的?|停下的?|中断的?)*(?:周报|表|报表)?(?:接上|续上|接起来|接着(?:填|报|弄|来)?|继续(?:填|报|弄)?)$/,
      // 继续上次暂停的, 接着填昨天没填完的那份: going on, then the report left off named after it.
      /^(?:继续|接着)(?:填|报|填报)?(?:刚才|刚刚|上次|上回|之前|昨天)(?:那个|那份|的|没填完的?|没报完的?|填了一半的?|暂停的?|停下的?|中断的?)+(?:周报|表|报表|那份|那个)?$/,
      // 接着刚才的往下填, 从刚才停的地方继续: where the report stopped, named between two words of going on.
      /^(?:从|接着|继续)?(?:刚才|刚刚|上次|上回|之前)(?:的|那个|那份|停的|停下的|断的|中断的)?(?:地方|那里|那儿)?(?:继续|接着|往下)+(?:填报|填写|填|报|写|来|弄|整|搞)?$/,
    ],
    examples: ['恢复周报', '继续', '接着填', '我回来了，继续', '继续刚才的周报', '接着填周报', '我们继续', '开完会了，继续', '把上次那份接上', '刚才没填完的续上', '接着来吧，刚刚网断了', '昨天中断的那份接着填', '接着刚才的往下填', '从刚才停的地方继续', '网卡住了 接着填', '刚刚掉线了 继续来', '就从刚刚的地方接着来', '继续上次暂停的', '之前停下的，继续填', '接着填昨天没填完的那份', '恢复之前暂停的填写', '恢复昨天的'],
    notExamples: ['继续推进招标', '把刚才那个改一下', '上周的站点接上了网', '刚才的继续增加', '接着刚才的说', '继续上次的培训'],
  },
  {
    intent: 'progress',
    phrases: [
      /^(?:填到哪(?:儿|里)?了|到哪(?:儿|里|一步)?了|还(?:有|要|需要|得)(?:填写?)?几(?:项|题|个)|还剩几(?:项|题|个)|还剩多少(?:项|题)?|还(?:有|要|需要|得)(?:填写?)?多少(?:项|题)|现在第几(?:项|题)|填?到第几(?:项|题|个)了|(?:一共|总共)(?:有)?(?:多少|几)(?:项|题|个问题))$/,
      // 还有几个问题没回答, 快填完了吗: how much is left, asked about the questions.
      /^(?:还(?:有|剩|差)几(?:个问题|项|题|个)(?:没(?:回答|答|填|写))?|(?:是不是|是否)?快(?:要)?(?:填|弄|写|报|答)?完了(?:吗|没|没有)?)$/,
      // 还要多久, 这是最后一题了吗: how long is left, or whether this question is the last.
      /^(?:还(?:要|得|需要)?(?:填|弄|写|答)?(?:多久|多长时间)(?:才(?:能)?(?:填|弄|写|答)?完)?|(?:这|这个|这道题?)?(?:就)?是?最后一(?:个|项|题|道题?|个问题)(?:了)?(?:吗|没|不)?)$/,
      // (要看进度, 进度查询: a bare 看 or 查 before 进度, or 查询 after it.)
      // (本周进度看一下, 这周的进度看看: the progress named first, then the looking.)
      /^(?:看看|查看|查一下|看一下|看下|查下|查查|看|查|查询)?(?:我县|本县|我们县)?(?:的)?(?:项目|周报|填报)?进度(?:怎么样|如何|查询|查看|查一下)?$|^(?:我县|本县|我们县|本周|这周|本期)的?(?:项目|填报)?进度(?:看看|看一下|看下|瞧瞧|查看一下|查一下|查下|查查)$/,
      // 进度多少了, 还有几个要填: how far along, asked in a few words.
      /^(?:现在|目前)?(?:填报?的?)?进度(?:是)?(?:多少|到哪(?:儿|里)?|怎么样|咋样|如何)$/,
      // (还剩几项未填, 尚有几项未填: 未 and 尚, the written 没 and 还.)
      /^(?:还|尚)(?:有|剩|差)(?:几|多少)个?(?:项|题|问题)?(?:要|得|需要|没|未|尚未)(?:填写?|答|回答|写|报)$/,
      // 已经答了几题, 填了多少项了, 现在是第几道题: how many questions are done, asked.
      /^(?:已经|一共|总共)?(?:填|答|回答)了(?:几|多少)(?:道题?|项|题|个问题|个)?$|^(?:现在|目前|这|这个)?(?:是|在|到)?第几(?:道题?|个问题)$/,
      // 看下都填了些啥, 我都填了哪些, 看一下已填的内容: what has been filled in so far, asked to be shown (填啥 alone asks what to fill).
      /^(?:看看|看一下|看下|查看|查一下|查查|给我看看|让我看看)?(?:我|都|已经|之前|刚才|前面)*(?:填|写|报|答)(?:了|过)(?:些|的)?(?:啥|什么|哪些)(?:内容|数据|东西)?$/,
      /^(?:看看|看一下|看下|查看|查一下|查查|给我看看|让我看看)(?:我|都|之前|刚才|前面)*(?:已经)?(?:填|写|报)(?:好|过|了)?的(?:内容|数据|东西)?$|^(?:看看|查看|看一下)?已(?:填|填写|填报)(?:的)?(?:内容|数据|项目?)$/,
      // (前面填的给我看看: what was filled in named first, then the asking to see it.)
      /^(?:我|都|已经|之前|刚才|前面)*(?:填|写|报)(?:好|过|了)?的(?:内容|数据|东西)?(?:给我|让我)?(?:看看|看一下|看下|瞧瞧|查看一下|查一下)$/,
    ],
    examples: ['进度到哪了', '现在进度咋样', '还剩几项没填', '还差多少个要填', '填到哪了', '现在到哪一步了', '到第几个了', '填到第几项了？', '快填完了吗', '我还有几个问题没回答？', '还差几项？', '还有几项', '还剩多少', '看看我县进度', '进度怎么样', '查看填报进度', '还要填多少项', '我想查进度', '本县进度查一下', '我已经填了几项了', '答了多少题了', '现在是第几道题', '这是第几个问题了', '我都填过哪些', '这周的进度看看', '我县进度查一下', '看一下前面写了什么', '查看已填的内容', '让我看看刚才填的', '之前写的给我瞧瞧'],
    notExamples: ['这个填啥', '填什么', '看看怎么填', '项目进度有什么要求', '三项', '还差3个', '进度要达到多少', '培训了多少人', '填了多少钱怎么算'],
  },
  {
    intent: 'start-report',
    phrases: [
      new RegExp(`^${REPORT_VERB}(?:一下|下)?${THIS_WEEK}?的?${REPORT}$`),
      new RegExp(`^${REPORT_VERB}(?:一下|下)?${THIS_WEEK}的?$`),
      new RegExp(`^${THIS_WEEK}的?${REPORT}(?:要|来|该)?${REPORT_VERB}(?:一下|了)?$`),
      // 本周的报告开始吧, 这周周报开整: the report named first, then the start.
      new RegExp(`^${THIS_WEEK}的?(?:周报|报告|报表|汇报|填报)(?:现在)?(?:开始|开始填|开始报|开整|开搞|走起)$`),
      new RegExp(`^(?:${THIS_WEEK}的?)?(?:周报怎么(?:填|报|写|交)|怎么(?:填|报|写|交)周报|周报在哪(?:儿|里)?(?:填|报|交|弄|写|整|搞)|开始(?:${THIS_WEEK}的?)?(?:填报|填周报|填写周报|周报)|开始${THIS_WEEK}的?(?:报告|报表|汇报)|填报周报)$`),
      // 怎么报, 如何填报: how to report, asked with nothing else named, is answered by the form itself.
      /^(?:这个?)?(?:怎么|如何|咋|怎样)(?:填报|填写|上报|报送|报|填)$/,
      // 本周周报, 麻烦开一下周报, 我想填报: the report named, or opened, or the bare act.
      // (开整周报: 开整, 开搞 start it, in the north-west's everyday words.)
      new RegExp(`^(?:(?:开整|开搞|开弄|开|打开|调出|发|来)(?:一下|下|个|一份)?)?(?:${THIS_WEEK}的?)?周报$`),
      // (来报个数: the figures reported.)
      // (报个表, 填张表: the report named as a form to fill.)
      /^(?:开始)?(?:填报|上报|报送|填表|填报表|(?:报|填)(?:个|张|一下|下)表|报(?:个|下|一下)?数(?:据|字)?|填数据|录数据|进度填报|填进度|报进度|开始|报|(?:报|填)一下)$|^开始(?:填写?|报|汇报)$/,
    ],
    examples: ['弄周报', '开整周报', '来报个数', '填张表', '我来报一下表', '我要报这周的周报', '报周报', '我来填一下本周进度', '报这周的', '填一下本周进度', '周报怎么填', '我要报周报', '本周的周报要交了', '这周的周报在哪填', '填一下周报', '本周周报', '麻烦开一下周报', '我想填报', '开始本周填报', '开始这周的周报', '开始这周的报告', '请问如何填报', '本周的汇报开始吧', '新的一周的周报开整'],
    notExamples: ['周报需要报哪些内容', '报账要什么材料', '三项'],
  },
];


/** Words said before or after the point that change nothing (那就…吧, 我先…). */
// Longer words first: 我们 before 我. Polite openings (麻烦, 请, 您好) change nothing either.
const LEAD = /^(?:不好意思|抱歉|好的|好|嗯|哦|噢|那就|那么|那|就|我们(?!县)|咱们(?!县)|我(?![们县])|先|还是|要|想|来|准备|现在|目前|当前|您好|你好|请问|麻烦(?:您|你)?|请|帮我|帮忙|劳驾|领导|老师)+/;
const TAIL = /(?:吧|啦|呀|啊|哈|哦|呢|嘛|好吗|可以吗)+$/;
const FILLER = /^(?:好的|好了|好|嗯|哦|噢|那|行|成|中|要得|ok|可以|不好意思|抱歉|麻烦了|谢谢|这样|先这样|就这样|您好|你好|领导|老师|在吗|打扰了|辛苦了|(?:示范)?(?:小)?助手|机器人)$/i;

function clauses(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    // (成 接着填, 行 开始填吧: an agreeing word said first, then the point, a clause each.)
    .replace(/^(好的|好|行|成|中|要得|可以|嗯+)\s+/, '$1，')
    .replace(/\s+/g, '')
    .split(/[，,。.!！?？~～、；;…]+/)
    // (要得, 好的: a clause that is only agreement is dropped before LEAD could cut it to 得.)
    .map((c) => (FILLER.test(c.replace(TAIL, '')) ? '' : c.replace(TAIL, '').replace(LEAD, '').replace(/^(.+?)\1+$/, '$1')))
    .filter((c) => c && !FILLER.test(c.replace(/了$/, '')));
}

const matches = (entry: IntentEntry, clause: string): boolean =>
  entry.phrases.some((p) => p.test(clause)) || entry.phrases.some((p) => p.test(clause.replace(/了$/, '')));

/**
 * The north-west's everyday words read as the standard ones they stand for: 么有, 莫有, 么得 (没有), 么得法 (没法),
 * 看一哈 (看一下), a closing 撒 or 噻 (a particle). Only for telling intents, never for figures.
 */
export function colloquial(text: string): string {
  return text
    .replace(/(?:么|莫|没)得?(?:办)?法(?=[填报弄写整搞]|$)/g, '没法')
    .replace(/[么莫](?=有|得)/g, '没')
    // (明儿个再弄, 明儿早上: 明儿 and 明儿个 are 明天.)
    .replace(/明儿个?/g, '明天')
    .replace(/一哈(?=[，,。!！?？]|$|[^\d])/g, '一下')
    .replace(/[撒噻](?=[，,。!！?？~～]*$)/g, '');
}

/**
 * 贫困户人数得去扶贫办要, 数要问乡上拿: a figure still to be fetched from someone, the reason for the control said with
 * it (先停一下); no numeral in it, so that no answer is passed over.
 */
const FETCHED = /^[^\d零〇一二两三四五六七八九十百千万几]{0,10}(?:得|要|需要|还得|还要|只能)(?:先)?(?:去|找|到|跟|向|问)[^\d零〇一二两三四五六七八九十百千万几]{1,8}(?:要|拿|取|问|查|核实|核对|确认|统计)(?:一下|下)?(?:数据|数字|数)?$/;

/** The intent of a whole message, when every clause of it says the same thing (or only pads it). */
export function intentOf(typed: string): Intent | undefined {
  // (暫停, 不填了🙏: traditional characters read as simplified, emoji dropped.)
  const text = colloquial(tidy(typed));
  return intentByPhrases(text) ?? intentByPhrases(withoutControlTypos(text)) ?? byKeywords(text);
}

/** The intent by the table's phrases alone (the router's commands add their own words, see weekly-report/command-words.ts). */
export function intentByPhrases(typed: string): Intent | undefined {
  const read = byPhrases(typed);
  // (刚才断了 接着来, 先不写 略: a space typed where a comma would be, between two clauses.)
  return read ?? (/\S[ \u3000]+\S/.test(typed.trim()) ? byPhrases(typed.trim().replace(/[ \u3000]+/g, '，')) : undefined);
}

function byPhrases(typed: string): Intent | undefined {
  const text = colloquial(tidy(typed));
  // 先这样吧, 今天就先这样: "so much for now", said alone, leaves the report to finish later.
  if (/^(?:(?:好的?|行|那|那就|今天|就|我)[，,\s]*)*先(?:这样|这么着|这样子)(?:了|吧|啊|哈)*[。.!！~～]*$/.test(text.trim())) return 'pause';
  const parts = clauses(text);
  if (!parts.length || text.length > 40) return undefined;
  const found = new Set<Intent>();
  for (const part of parts) {
    const entry = INTENTS.find((e) => matches(e, part));
    // One clause may state the reason (我先忙一下): ignored when another clause carries the intent.
    if (entry) found.add(entry.intent);
    // (刚才断了, 刚刚被打断了, 网卡了: why the report stopped; 新的一周了, 我第一次用: why it starts.)
    else if (!FETCHED.test(part) && !/^(?:忙(?:一下|一会儿?|会儿?|别的(?:事儿?)?|点别的|点事)?|有点事|有事|在开会|不对|(?:会)?开完(?:会)?|忙完|办完|(?:刚才|刚刚)?(?:网|网络|信号)?(?:断|中断|被?打断|断开|断线|掉线|断网|卡|卡住|不好)|又?(?:新的|新)一周|又到周[一二三四五六日天]|又到(?:报|填)周报的时候|时间到|(?:我是?)?(?:第一次|头一回|头一次)(?:用|填|报|弄|使用)?|(?:刚才|刚刚)?(?:走开|离开|出去)(?:了?一下|一会儿?)?|(?:刚才|刚刚|上次)?停在哪(?:儿|里)?|(?:刚才|刚刚|上次|之前|昨天)(?:暂停|停下|中断|没填完|没弄完)的(?:那个|那份|周报)?|(?:这一?(?:题|项|个))?(?:我)?(?:不知道|不清楚|没统计|还没统计|没数)|(?:我?是)?新来的|刚接手|不太会用|(?:得|要|需要)?(?:先)?去?(?:核实|核对|核|查|问|问问|确认|落实|统计|对)(?:一下|下)?(?:财务|领导|数据|数字|情况|账|会计|乡上|乡里|乡镇|村上|村里|县上|县里|站点|站长|村干部)?)$/.test(part.replace(/了$/, ''))) return undefined;
  }
  return found.size === 1 ? [...found][0] : found.size === 2 && found.has('cancel') && found.has('pause') ? 'pause' : undefined;
}

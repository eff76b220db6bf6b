import { colloquial, intentByPhrases, intentOf, withoutControlTypos } from '../../forms/intents.ts';
import { withoutMentions } from '../../forms/mentions.ts';
import { tidy } from '../../forms/typed.ts';
import { countyLed } from './county-led.ts';
import { type IsCounty, ownFiguresAsked } from './own-figures.ts';

export { countyIn, type IsCounty } from './own-figures.ts';

// The county after a command word: spaced (填报 卓尼), or a name ending in 县/区/市 (填报卓尼县), so that
// "周报需要报哪些内容" is a question, not 周报 for a county called 需要报哪些内容.
const COUNTY_ARG = '(?:\\s+(\\S+)|(\\S{1,5}[县区市]))?$';
// Or the county first (卓尼县周报, 看看卓尼县的进度): group 3; 我县 and 本县 are one's own county, not a name.
const OWN = '(?:我县|本县|我们县|咱县|咱们县|全县|县里|县上|我们)';
const COUNTY_FIRST = `(?!${OWN})([^\\s的]{1,5}[县区市])的?\\s*`;
/** 填报 / 填报 卓尼县 / 卓尼县周报: start this week's report (group 1, 2 or 3: a county, for staff). */
export const START_COMMAND = new RegExp(
  `^(?:填报|周报|填写周报|填周报|我要填报|填报周报)${COUNTY_ARG}|^${COUNTY_FIRST}(?:本周|这周)?(?:周报|填报)(?:本周|这周)?$|^${OWN}的?(?:本周|这周)?周报$`,
);
// 查查支出进度, 我县招标进展: one matter's progress, looked up or said of one's own county (bare, 资金支出进度
// may ask what it should be, which is the Q&A's).
const MATTER = '(?:资金支出|资金使用|资金|支出|招标|培训|站点建设)';
/**
 * 我县进度 / 进度 卓尼县 / 看看卓尼县的进度: a county's running figures (group 1, 2 or 3: a county).
 * (查询全县工作进展, 累计完成情况请查询: the office's formal 查询, before or after, and 累计 asks the same.)
 * (站点建设进展查下, 进度看一下: the matter named first, the lookup said after it; 发一下我县的进度: sent, to see.)
 * (本县目前的累计数据: after 累计, the bare 情况 or 数据 asks the same; a time word may come first.)
 */
export const PROGRESS_COMMAND = new RegExp(
  `^(?:我县进度|本县进度|进度|查看进度|项目进度)${COUNTY_ARG}|^(?:给我|帮我|麻烦)?(?:看看|查看|查询|查一下|看一下|看下|查下|发(?:一下|下)?(?:给我|我)?)?(?:${OWN}的?)?(?:目前|当前|现在|截至目前|到目前)?的?(?:整体|总体|全部|项目|累计){0,2}(?:完成|工作|建设)?(?:进度|进展|完成情况|(?<=累计)(?:情况|数据|数))(?:查询|查看|查一下|看一下|看看|查下|看下|查查)?$|^(?:看看|查看|查一下|看一下|看下)?${COUNTY_FIRST}(?:项目)?进度$|^(?:(?:看看|查看|查一下|看一下|看下|查下|查查)(?:${OWN}的?)?|${OWN}的?)${MATTER}的?(?:进度|进展)$|^${MATTER}的?(?:进度|进展)(?:查询|查看|查一下|看一下|看看|查下|看下|查查)$`,
);
// 碌曲周报: a county named without 县, 区 or 市 before the report word, told from 本周周报 or 提交周报 only
// by being a county's name.
const BARE_COUNTY_FIRST = /^([\u4e00-\u9fff]{2,4}?)的?(?:本周|这周)?(?:周报|填报)(?:本周|这周)?$/;

/**
 * The county a request to start the report names (填报 卓尼县, 卓泥县填报本周, 碌曲周报, 合作市 周报 🙏), if any;
 * undefined for one that names none, or a bare name that is no county's.
 */
export function startCounty(typed: string, isCounty: IsCounty): string | undefined {
  const text = tidy(typed).trim();
  const named = countyArg(START_COMMAND.exec(text));
  if (named) return named;
  const bare = BARE_COUNTY_FIRST.exec(text.replace(/\s+/g, ''))?.[1];
  return bare && isCounty(bare) ? bare : undefined;
}

/** The county a command names, if any. */
export const countyArg = (match: RegExpExecArray | null): string | undefined => match?.[1] ?? match?.[2] ?? match?.[3];
/** Words that resume or drop a paused form; heard by the form first, by a command when none is paused. */
export const RESUME_OR_DROP = ['继续填报', '取消填报', '放弃填报'];

/**
 * The words of a request about this week's report, typed outside a form. A request names the
 * report (周报, 报表, 这周的数据) or only the act (接着报), and has a verb of its kind; a question
 * about the rules or a complaint names the report too, but is none of these.
 */
// (本周电子商务进农村综合示范工作进展情况: the work named in full, formally, between 本周 and 进展情况.)
// (本周汇报, 这周的工作汇报: 汇报 of this week names the report too.)
const REPORT =
  /周报|报表|(?:本周|这周|本星期|这星期|本期)的?(?:工作)?汇报|周进度|进度报告|报送情况|这个?(?:周|星期|礼拜)的|第[\d一二三四五六七八九十]{1,3}周(?:的|$)|本周的|本星期的|本期的|(?:本周|这周)[^，。,]{0,8}(?:进展|进度|情况|数据)|(?:本周|这周)[^，。,？?]{0,16}(?:工作|项目)(?:进展|进度|完成)情况/;
const RESUME = /继续|接着|上次|上回|刚才|昨天那个|填了一半|暂停的|停下的|中断的|没填完|没(?:弄|整|搞|报)完|回来了|回到/;
// (林某报完了吗, 本周填报情况: whether the report is done asked, and the reporting's state named.)
const PROGRESS =
  /(?:报|填|交)(?:完|好)了(?:吗|没有?)$|(?:填报|上报|提交)情况|报到哪|报了没|报了吗|交了没|交了吗|交上去了|提交成功|提交了没|是否已提交|完成了?(?:多少|几项)|填了(?:多少|几项)|还差|还剩|剩几|还有几项|还有啥没|没报的|报送情况|填到哪|到哪了|填到第几|第几项了|第几题了/;
// (把本周的表发过来: the form sent, to fill in.)
// (把本周的报表调出来, 给我打开这周的表格: the form called up or opened, to fill in.)
const START = /报|填|录|交|写|开始|新建|开个|走起|补上|来一份|录入|发(?:一下|下|个|一份)|调出|打开|开(?:一下|下)|拿出来/;
// (明天再报周报: a report put off is not one started.)
// (小王负责填周报，我不填: someone else reports; NOT_A_REQUEST's first words. 领导让报一下 is still a request.)
const NOT_A_REQUEST =
  /负责(?:填|报|写)|(?:我|俺|咱)(?:不|不用|没法)(?:填|报|写)(?!了)|(?:明天|明早|回头|改天|晚点|晚些|下午|晚上|过两天|等会儿?|一会儿?|待会儿?)再|怎么算|算不算|怎么办|怎么填|怎么报|怎么写|几号|几点|几时|周几|星期几|礼拜几|多久|报销|报账|举报|报名|填错|报错|错了|出错|多少钱|规定|要求|比例|会怎样|会怎么样|能改吗|改一下|修改|报错了|上周|别的县|其他县|烦|累死|天天|又要|为什么|为啥|啥意思|什么意思|不报了|不填了|下周再|行不行|能不能|可不可以|截止|哪天|什么时候|啥时候|模板|样表|发我|发给谁|给谁|晚两天|延期|推迟|怎么统计|怎么填写口径|里的|里面|按.{1,6}算|哪些|什么|内容|口径|格式/;

/**
 * 这周的周报已经报好了, 我不想报周报了, 记得提醒我后天交, 周报由谁来报: the report said to be done, not wanted, to be
 * filled on a later day (a reminder asked), or whose it is to fill: none of these asks to start it now.
 * (报一下周报 holds 下周 but names no later week.)
 */
const DONE_OR_NOT_NOW =
  /(?:填|报|写|交|弄|整|搞|提交)(?:完|好)了$|已经?(?:填|报|交|提交|上报|报送)(?:完|好|过)?了|谁(?:来|去|负责)?(?:填|报|写|交)|(?:周|星期|礼拜)[一二三四五六日天](?:再|要|得|去)(?:填|报|写|交)|(?:不想|不愿意?|不打算|懒得)(?:再)?(?:填|报|写|交|弄)|提醒|记得(?:要)?(?:填|报|交)|别忘了?|(?:明天|明早|明儿|后天|下午|晚上|过两天|改天|回头|(?<!一)下周)(?:要|得|去)?(?:填|报|写|交)/;

// 把暂停的那份找出来接着填, 暂停的表恢复一下: the paused form named by its state, with a verb that takes it up again
// (暂停的那个删了 drops it; 暂停发放的补贴 is other business).
const pausedOne = (s: string): boolean =>
  /暂停的(?:那个|那份|那张|表|报表|周报)?/.test(s) && /继续|接着|恢复|(?:调|拉|找|拿)出来|打开|找回/.test(s) && !/删|取消|作废|不要|放弃/.test(s);

// 给我把表调出来, 把本周的表格拉一下, 麻烦把周报表打开, 本周的表发过来: the form called up, named bare as 表, to fill in.
const CALL_UP =
  /^(?:帮我|给我|麻烦(?:你|您)?|请)?把?(?:本周|这周|这个?星期|本期)?的?(?:周报表|表格|报表|周报|表)(?:(?:拉|调|拿|找|翻|叫)出来(?:一下|下)?|(?:拉|调|打开)一下|打开|发(?:给)?我(?:一下|下)?|发过来|发一下)(?:吧|啊|呀)?$/;
// 这周的报表, 本期周报: this week's report named bare, as a request for it.
// (第38周周报: the week named by its number.)
const THIS_WEEKS_REPORT = /^(?:本周|这周|这个?星期|这个?礼拜|本期|这期|第[\d一二三四五六七八九十]{1,3}周)的?(?:周报|报表|汇报)(?:吧|啊|呀)?$/;

function requestOf(text: string, isCounty?: IsCounty): 'start-report' | 'resume' | 'progress' | undefined {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  if (s.length > 30) return undefined;
  if (ownFiguresAsked(s.replace(/[，,。.!！?？~～、…]+/g, ''), isCounty)) return 'progress';
  // 可以报周报了吗？我现在就报: the question is answered by starting.
  if (/现在就报|现在要填|现在就填|我来报|我来填/.test(s) && /周报|报表|这周|本周/.test(s)) return 'start-report';
  // 可以开始填报了吗: answered by starting.
  // (能开始填了吗，我们都准备好了: the question first, then a clause saying they are ready.)
  const [ask, ...rest] = s.split(/[，,。；;]+/).filter(Boolean);
  const ready = rest.every((c) => /^(?:我们县?|咱们?县?|我|都|数据|材料)?(?:都|已经)?(?:准备好|准备齐|弄好|整理好|统计好|齐)了?$/.test(c));
  if (ready && /^(?:现在)?(?:可以|能)(?:开始)?(?:填报|填写?|报)(?:(?:本周|这周|第\d{1,2}周)的?)?(?:周报)?了吗[?？]?$/.test(ask ?? '')) return 'start-report';
  if (/填到第几|第几项了|第几题了/.test(s)) return 'progress';
  // 现在完成多少了: how far the county's work has come, asked bare.
  // (现在完成了多少: with 了 after the verb, as well as at the end.)
  if (
    /^(?:现在|目前|到现在|到目前|截至目前|截止目前)?(?:一共|总共)?(?:完成|做完|办完)(?:了(?:多少|几成|几项|百分之几)了?|(?:多少|几成|几项|百分之几)了)[?？]?$/.test(
      s,
    )
  )
    return 'progress';
  if (/还差|没填的?$|哪些没填|几项没/.test(s) && !/怎么|为什么|规定/.test(s)) return 'progress';
  // 又到交周报的时候了，走起 / 该报了，整起: it is time to report, then a word of getting on with it.
  if (/^又?该(?:交|报|填|写|上报)[^，,。]{0,4}了[，,。]?(?:走一个|走起|开始吧?|来吧|搞起|整起|开整|开搞|开干|弄起来)[。!！]*$/.test(s)) return 'start-report';
  if (CALL_UP.test(s.replace(/[。.!！~～]+$/, ''))) return 'start-report';
  // 州里催了，我来报一下 / 跟上周一样，帮我报一下: why first, then a closing clause asking to report now.
  const last =
    s
      .split(/[，,。；;]+/)
      .filter(Boolean)
      .at(-1) ?? '';
  if (/[，,。；;]/.test(s) && !/[?？吗]/.test(s) && /^(?:那|那就|现在)?(?:我来|帮我|给我)(?:报|填|录)(?:一下|下)?(?:吧)?[。.!！]*$/.test(last))
    return 'start-report';
  if (NOT_A_REQUEST.test(s) || DONE_OR_NOT_NOW.test(s)) return undefined;
  if (THIS_WEEKS_REPORT.test(s.replace(/[。.!！~～]+$/, ''))) return 'start-report';
  // 上午报的周报交上去了没, 之前报的那份收到没: a question about a report already filed asks nothing of the form.
  if (/(?:刚才|刚刚|之前|已经|早上|上午)(?:填|报|交|提交|发)(?:好|完)?的.*(?:吗|没有?|[?？])$/.test(s)) return undefined;
  // 开会说周报要按时报: what a meeting or a notice said about the report, reported in a sentence of its own, asks
  // for nothing now (通知说要报周报，现在报 goes on to ask).
  if (/(?:开会|会上|通知|文件|群里)[^，,。]{0,4}(?:说|讲|强调)|按时/.test(s) && !/[，,。；;]./.test(s)) return undefined;
  // (把停下的那份周报调出来: the report left off, called up again.)
  const aboutReport =
    REPORT.test(s) || /报|填|上回的|上次的|没(?:弄|整|搞)完/.test(s) || pausedOne(s) || /(?:暂停|停下|中断)的.{0,3}(?:调出|打开|(?:拿|找|拉)出来)/.test(s);
  if (RESUME.test(s) && (aboutReport || /^(?:我?回来了)?(?:继续|接着)(?:之前|刚才|上次|上回)?的?(?:吧|啊|呀)?$/.test(s))) return 'resume';
  if (PROGRESS.test(s) && (REPORT.test(s) || /我们县|本县|我县|还差|还有|还剩|剩几|没报|没填|填了|填到|报到|到哪|完了|好了|情况/.test(s))) return 'progress';
  // The verb must be its own word: 周报 and 报表 say which report, not that it is being filed; so does 汇报 named as a thing
  // (本周汇报, 汇报的材料), though 汇报 as a verb (我来汇报下这周进度) files it.
  if (
    START.test(s.replace(/周报|报表|(?:报送|填报|上报|提交)情况|进度报告|(?:本周|这周|本星期|这星期|本期)的?(?:工作)?汇报|汇报(?=的|材料)/g, '')) &&
    REPORT.test(s) &&
    !/[?？吗]$/.test(s)
  )
    return 'start-report';
  return undefined;
}

/**
 * 明天再填 / 今天先到这，明天接着填 / 等会儿再报, typed outside a form: the report put off, said as a statement about
 * filling or reporting (not 开个会, which a policy question may hold; not 能不能晚点再报, a question on the rules).
 */
function putOff(text: string): boolean {
  if (text.length > 24 || /[?？吗呢]|能不能|可不可以|行不行|可以吗|怎么|什么|啥|几|多久|规定|要求|截止|延期|推迟/.test(text)) return false;
  // A later time must be said: 刚开完会，接着填吧 tells why it stopped and resumes now.
  const later = /明天|明早|明儿|回头|改天|晚点|晚些|下午|晚上|过两天|等会|一会|待会|稍后|下班后|下次|先到这/.test(text);
  return later && intentOf(text) === 'pause' && /填|报|写|弄|整|搞|先到这/.test(text);
}

/** What a message typed outside a form asks of the weekly report, by command word or everyday words. */
export function commandIntent(typed: string, isCounty?: IsCounty): 'start-report' | 'resume' | 'progress' | 'later' | 'none' {
  // (Emoji are tone; traditional characters are read as simplified.)
  // (周报交了么: a closing 么 asks, as 吗 does.)
  // (天周报, 我要田周报: 填 as speech-to-text hears it, before the report named; 嗯 那个 周报: fillers said first.)
  // (继绪填报, 开始天报: the command's words as a pinyin keyboard mistyped them.)
  const text = withoutControlTypos(colloquial(withoutMentions(tidy(typed)).trim()))
    .replace(/^(?:(?:嗯+|呃+|额+|那个|就是)[\s，,]+)+/, '')
    .replace(/(?<![怎什那这多要])么(?=[?？。!！]*$)/, '吗')
    .replace(/^((?:我要|我来|我想|帮我)?)(?:天|田|甜)(?=(?:一下|下)?(?:本周|这周)?的?周报[。.!！]*$)/, '$1填')
    .replace(/^((?:开始|我要|我来|我想|帮我)(?:本周|这周)?)(?:天|田|甜)(?=报[。.!！]*$)/, '$1填');
  if (START_COMMAND.test(text) || (isCounty && startCounty(text, isCounty))) return 'start-report';
  if (PROGRESS_COMMAND.test(text)) return 'progress';
  if (text === RESUME_OR_DROP[0]) return 'resume';
  const intent = intentByPhrases(text);
  if (intent === 'start-report' || intent === 'resume') return intent;
  if (whereToFill(text)) return 'start-report';
  if (startsThenAnswers(text)) return 'start-report';
  // Outside a form, progress means the county's reporting: the words must speak of it (进度, 周报, 填到哪).
  if (intent === 'progress' && /进度|周报|填到|没填|还差|还剩|填了|填过|已填|填的|写了|没回答|问题|完了/.test(text)) return 'progress';
  // (明天接着填: 接着 with a later time is the report put off, not resumed now.)
  if (putOff(text)) return 'later';
  return requestOf(text, isCounty) ?? namedFirst(text, isCounty);
}

/**
 * 李县报数据, 和正县项目进展咋样了, 张家山的执行情况发我看看: a county named first (perhaps mistyped), then a
 * request; read without the name, its figures asked as the named county's own. A bare word before 的 may be
 * any matter's (资金的执行情况), so it only ever asks for figures, never starts a report.
 */
function namedFirst(text: string, isCounty?: IsCounty): 'start-report' | 'resume' | 'progress' | 'none' {
  const led = countyLed(text.replace(/[。.!！~～]+$/, ''), isCounty);
  if (!led) return 'none';
  const plain = led.bare ? 'none' : commandIntent(led.rest);
  if (plain !== 'none' && plain !== 'later') return plain;
  return ownFiguresAsked(`本县${led.rest}`.replace(/[，,。.!！?？~～、…]+/g, '')) ? 'progress' : 'none';
}

/**
 * 本周的表在哪里填？/ 周报从哪里提交 / 哪里能填本周的表: where to fill in this week's report, asked outside a form;
 * the report is filled here, so the question is answered by starting it. (上周的周报在哪看 looks up another week's;
 * 周报要交给谁 asks whom, not where: neither starts.)
 */
function whereToFill(text: string): boolean {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  if (s.length > 24 || !REPORT.test(s) || NOT_A_REQUEST.test(s) || DONE_OR_NOT_NOW.test(s)) return false;
  return /(?:在|从|去|到)?哪(?:儿|里|块)?(?:可以|能|去)?(?:填报|填写|填|上报|报送|提交|交|录入|录)(?!了|过|好|完)|(?:入口|链接)在哪/.test(s);
}

/**
 * 开始填报，这周支出6.5万 / 我来报周报：本周培训两场: the report asked for in a clause of its own, then a first figure
 * said at once. The report is started; the figure is not stored from here (each question is asked in turn).
 */
function startsThenAnswers(text: string): boolean {
  const [first, ...rest] = text
    .normalize('NFKC')
    .split(/[，,。；;:：\s]+/)
    .filter(Boolean);
  if (!first || !rest.length || text.length > 40 || /[?？吗]|怎么|为什么|能不能|可不可以/.test(text)) return false;
  if (!(START_COMMAND.test(first) || intentByPhrases(first) === 'start-report')) return false;
  // (The rest must be a figure of the report's own: an amount or a count said of this week or the county.)
  return rest.every((c) => /[\d零〇一二两三四五六七八九十百千万]/.test(c) && !NOT_A_REQUEST.test(c) && !DONE_OR_NOT_NOW.test(c));
}

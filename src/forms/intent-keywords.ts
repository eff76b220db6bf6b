import type { Intent } from './intents.ts';

/**
 * The words that carry each intent when a message says it in other words than the table's phrases in
 * intents.ts (不报了 全部取消, 先保存 下午再弄, 刚才那个填错了), and the pinyin keyboard's near misses of the control
 * words; split from intents.ts, which tries these after its phrases.
 */

/**
 * What 上一个 or 刚才那个 may name that is no question of the form (上一个项目, 刚才那个村): an answer about
 * it is an answer, not a step back. (站点数, 户数 are the form's own figures.)
 */
const ITEM = '(?:项目|村|站点(?!个?数)|站(?!点)|县|乡|镇|户(?!数)|企业|合作社|平台|公司|供应商|网店|月|周|年|期|礼拜|星期|季度|批|阶段|地方|事)';

/**
 * Said in other words than the table's phrases (不报了 全部取消, 先保存 下午再弄, 继续上次的周报):
 * the words that carry each intent. Tried only for a short message with no figure in it that
 * is not a question about the rules, and only when exactly one intent's words are there.
 */
/** What 取消 or 放弃 may govern and still be about the form: the report, this time, a particle, another cancel word. */
// (全部作废重新来: dropped, to start over.)
// (撤回本周报告: the week's report named formally.)
const OWN_OBJECT =
  '(?:掉|了|吧|啊|算了|重新来|重新填|重新开始|重来|全部|本次|这次|整个|整份|这份|填报|填写|周报|报表|表|这个表|所有|一切|不报|不填|取消|放弃|作废|撤销|撤回|退出|(?:本周|这周|本次)?(?:的)?报告|cancel)';
const KEYWORDS: readonly { readonly intent: Intent; readonly words: RegExp }[] = [
  // 取消, 放弃 of the form, not of something else (希望州里协调取消重复检查).
  // (不再填报: said formally, with no 了.)
  {
    intent: 'cancel',
    words: new RegExp(
      `(?:取消|作废|放弃|撤销|撤回|退出)(?=${OWN_OBJECT}|$)|不报了|不填了|不再(?:继续)?(?:填报|填写|上报|报送)|莫填了|别(?:再)?(?:填|报|写)了|不弄了|不写了|不交了|`.concat(
        /不要了|全部清空|清空|删了|懒得(?:填|报|弄|写)|不想(?:填|报|弄|写)|别弄了|不要(?:填|报)了|(?:停止|终止|结束|中止)(?:本次|这次)?(?:填报|填写)|(?:停止|终止|结束|中止)(?:(?:本次|这次)(?:上报|报送)|(?:上报|报送)(?=了?吧?$))|不干了|(?:这份|这张|整份|整张|本次|这次)的?(?:表|报表|周报|报告)?(?:都|全)?删(?:掉|了|除)|删(?:掉|除)(?:这份|这张|整份|整张|本次|这次)|cancel/
          .source,
      ),
    ),
  },
  // (稍等，会计在翻票据: a wait said first, then why.)
  {
    intent: 'pause',
    words:
      /^(?:等下|等等|等一等)(?![午周个月])|暂停(?!的|营业|服务|使用|运营|运行|营运|经营|开放|施工|建设|供货|发货|收购|采购|销售|办理|发放|招标|培训|合作|对接)|停一下|先停|等会|等一下|等哈|一会儿?再|待会|稍后|晚点|(?:回头|等下|一会儿?|回来)(?:再|接着|继续)|(?:回头|等下|一会儿?|待会儿?|晚点|过会儿?)回来(?:再|接着|继续)?(?:填|报|弄|写|补|说)|下午再|晚上再|明天(?:再|补|接着)|改天|先保存|先存着|先存(?:一下|下)|先放着|开个?会|有事|歇(?:会|一下|一会)|休息(?:一?下|会)|吃(?:个|完|了)?饭|问(?:一下|问|了)?[^再]{0,4}(?:再|了再|之后再)(?:填|报|说|弄|补)|等[^再]{1,4}(?:给数|给我数|报上来|发过来|统计出来)|等[^再，,]{1,8}(?:出来|到位|下来|核实|核对|确认|审核|统计|汇总)(?:完|好|了|后|以后|之后)*再(?:继续|接着)?(?:填|报|说|弄|补)|有人找|忙完|下乡|出去一趟|稍等|等我|先别(?:填|报|弄|写|交)了|等[^，,。再]{1,10}再(?:说|填|报|弄|补)|过一?会|放一放|先放|搁着|明早|下班后|分钟后|小时后|先到这|pause/,
  },
  {
    intent: 'back',
    words: new RegExp(`上一(?:题|个问题|项(?!目)|步|个(?!${ITEM}))|返回|退回|回到上|回上一|改上一|(?:前一个|前面那个|刚才那个)(?!${ITEM})|上个数|back`),
  },
  // (这个没有统计 不填: a closing 不填, not 不填了, leaves this question empty; a required one says it cannot be.)
  // (跳过的那一项: what was skipped before, named.)
  {
    intent: 'skip',
    words:
      /跳过(?!的)|调过|略过|skip|pass|不适用|这(?:项|题|个)不填|下一(?:题|项|个)|空着|留空|(?:先|就|暂时?)?不(?:填|写)(?:这一?(?:题|项|个))?(?:以后再说|以后再补)?$|(?:先|暂时?)不(?:填报|填写|上报|提供)$/,
  },
  {
    intent: 'progress',
    words:
      /填到哪|到哪(?:儿|里|一步)?了|还剩|还差|还有(?:多少|几|好多)|填了(?:多少|几项|几个)|完成了?(?:多少|几项|百分之(?:多少|几)|几成)|第几(?:项|题|个问题|道题)|几项(?:没|未)填|快完了没|要填多少|填多久|多少个问题/,
  },
  {
    intent: 'resume',
    words:
      /^(?:好了|好|要得|得行|行|中|嗯)?(?:继续|接着|接上)(?:上次|上回|刚才|的|往下|填|报|周报|写|来|吧|没填完的?)*$|上次没填完|填了一半|没填完的|会开完了|回来了|(?:暂停|停下|中断)的.{0,4}(?:接着|继续|接上|恢复)/,
  },
];

/** Typos of the control words themselves (取销, 暂亭): a pinyin keyboard's near miss. */
// (取笑 said alone, or with 吧 or 了, is 取消 mistyped; in a sentence it is its own word, and a cancel is confirmed anyway.)
const CONTROL_TYPOS: readonly (readonly [RegExp, string])[] = [
  [/取销|取晓|^取笑(?=吧|了|填报|周报|$)/g, '取消'],
  [/暂亭|站停|暂挺/g, '暂停'],
  [/调过|跳国/g, '跳过'],
  [/继绪|继序|继叙|既续|计续/g, '继续'],
  [/上一布|上一部(?=吧|了|$)/g, '上一步'],
];

/** 继绪填报, 取销: a control word as a pinyin keyboard's near miss typed it, read as the word. */
export const withoutControlTypos = (s: string): string => CONTROL_TYPOS.reduce((t, [typo, word]) => t.replace(typo, word), s);
/** What an answer about the programme's work talks of. */
const PROGRAMME_MATTER =
  /站点|物流|招标|培训|资金|经费|项目|协调|验收|建设|运营|州里|州上|市里|省里|省上|县上|村|企业|合作社|平台|批复|困难|仓储|快递|品牌|电商|农产品|贫困户|供应商|合同|审计|施工|采购|考核|排名|评比|督查|检查|通报/;
const NOT_A_CONTROL = /[\d零〇一二两三四五六七八九十百千万]+(?:万|元|个|场|人|户|次|项|家|村)|哪些|什么|怎么算|是否|规定|要求|多少钱|资金|比例|\?|？|吗$/;

export function byKeywords(text: string): Intent | undefined {
  let s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s，,。.!！~～、…]+/g, '');
  s = withoutControlTypos(s);
  // 刚才那个填错了，应该是6个 / 前面那个多打了个0: a wrong earlier answer, whatever figure follows.
  if (s.length <= 25 && ERRED.test(s) && new RegExp(`(?:刚才|前面|上面|前一|上一|上个)(?!(?:那|的)?个?${ITEM})`).test(s)) return 'back';
  // 总额输错了，回去改: an answer said to be wrong, and going back asked for.
  if (s.length <= 25 && ERRED.test(s) && /(?:回去|返回|退回|往回|倒回)(?:改|修改|重填|一下|吧|$)/.test(s)) return 'back';
  // 买流量的那笔后来取消了: something else cancelled, told as what happened.
  if (/(?:后来|早就|已经|被|那笔|这笔)[^，,。]{0,3}(?:取消|撤销|作废|撤回)了/.test(s) && !/填|报|表|这次/.test(s)) return undefined;
  // 刚才那个是对的: the earlier answer confirmed, nothing to go back to.
  if (new RegExp(`(?:${EARLIER})[^，,。]{0,6}(?:是(?<!不)对的|(?<!不)对的|没错|没问题|对着呢|不用改|不改)`).test(s) && !/错了|不对|应该是|改成|改为/.test(s))
    return undefined;
  if (s.length <= 30 && FIXES_EARLIER.test(s)) return 'back';
  // 刚才暂停了，现在继续: the pause told as past, going on asked now.
  if (/(?:刚才|刚刚|之前|上次|前面)[^继接，,]{0,4}(?:暂停|停下|中断)了[^不别没]{0,6}(?:继续|接着|接上)(?:填|报|吧)?$/.test(s)) return 'resume';
  // 暂停一下，贫困户数据还没统计出来: the pause asked in a clause of its own, then why (a matter of the work).
  if (/^(?:先)?(?:暂停|停)(?:一下|下)(?:吧)?[，,。；;]/.test(text.normalize('NFKC').trim()) && !/取消|放弃|跳过|返回|上一/.test(s)) return 'pause';
  // 这个选填吧？那就不填了: an optional question left empty, not the report given up.
  if (s.length <= 25 && /选填|非必填|不是必填|可以不填|可填可不填|不用必须填/.test(s) && /不填|不写|跳过|空着|略过|算了/.test(s)) return 'skip';
  // 能回到上一题吗: a control asked for politely is the control.
  s = s.replace(/^(?:不好意思|麻烦(?:您|你)?|请问)?(?:能不能|可不可以|能否|能|可以)(?=.{1,8}吗$)(.+)吗$/, '$1');
  // (可以跳过吗？手上没数据: the same, asked with 不 and a reason after it.)
  s = s.replace(/^(?:能|可以)(跳过|略过|暂停|返回|退回|继续)(?:这一?(?:题|项|个))?(?:不|吗|么|不能|不可以)[?？]/, '$1');
  // 希望州里开个会协调物流, 培训取消了, 部分站点跳过了验收: a control's word inside a sentence about the
  // programme's work is that sentence's, an answer; unless the sentence also speaks of the form (这项不填了).
  // (莫啥要协调的，跳过: a closing 跳过 speaks of the form.)
  // (跳过的那项培训数据明天补: 跳过的 names what was skipped before; it skips nothing now.)
  // 上周说的问题先放一放, 两个村的站点先放着: a matter of the work set aside, told as an answer, sets no form aside.
  const aside = text.split(/[，,。；;!！\s]+/).map((c) => SET_ASIDE.exec(c)?.[1] ?? '');
  if (aside.some((who) => /问题|事|站点|项目|工作|建设|招标|培训|资金|协调|物流/.test(who) && !/填|报|表|这一?[项题个]/.test(who))) return undefined;
  if (PROGRAMME_MATTER.test(s) && !/填|报|写|题|项(?!目)|表|问|答|下一个|上一个|^跳过(?!的)|跳过(?:吧|了吧)?$|略过$/.test(s)) return undefined;
  // 希望暂停本月的评比, 建议缓一缓验收, 请求暂停通报: a wish put to the prefecture (an issue to coordinate), not a
  // step of the form, unless it names the form (希望跳过这一项).
  // (通报, 简报, 表彰: other business, though 报 and 表 are in them.)
  if (WISH.test(s) && !/填|(?<![通简情公快])报(?!告会)|写|题|项(?!目)|(?<!代|发)表(?!彰|扬|态)|问|答/.test(s.replace(WISH, ''))) return undefined;
  if (
    s.length > 25 ||
    NOT_A_CONTROL.test(
      s.replace(/没有?什么|还有(?:多少|几)|还剩(?:多少|几)|第几|几项|怎么填|要填多少个?问题|多少个问题|完成多少|填了多少|[上下这那前]一(?:个|项|题|步)/g, ''),
    )
  )
    return undefined;
  const found = KEYWORDS.filter((k) => k.words.test(s)).map((k) => k.intent);
  const has = (i: Intent) => found.includes(i);
  // 晚点接着填, 今天先不弄了，明天接着来: a pause that says it will go on.
  // (这次先不报了，取消吧: 取消 said in so many words, with no later time, gives the report up.)
  const givenUp = has('cancel') && !has('pause') && !has('resume') && /取消|放弃|作废|撤销/.test(s);
  // (零售额没统计，先不填了，下一个: 先不填 with the next question asked for gives up this one only.)
  if (!givenUp && (has('pause') || (has('cancel') && !has('skip') && (has('resume') || /今天先|先不/.test(s)))))
    return has('back') || has('skip') ? undefined : 'pause';
  // 这个不填了，下一个: giving up this question, not the report.
  if (has('cancel') && has('skip')) return 'skip';
  // 刚才那个填错了: going back to fix the last answer.
  if (has('back') && !has('cancel')) return 'back';
  return found.length === 1 ? found[0] : undefined;
}

/** A wish or proposal put to others, said first: 希望, 建议, 请求, 恳请, 呼吁, 申请. */
const WISH = /^(?:我们|县里|县上|我县)?(?:希望|建议|请求|恳请|呼吁|申请|盼望|期望)/;

/** What is set aside (上周说的问题 in 上周说的问题先放一放), said before the words that set it aside. */
const SET_ASIDE = /^(.+?)(?:先|暂时|就)?(?:放一放|放放|放着|搁着|搁一搁|缓一缓)/;

/** An answer said to be mistyped: 填错了, 输错了, 多打了 (选错了, 点错了: a yes or no picked wrongly). */
const ERRED = /(?:填|打|写|输|录|弄|搞|选|点|勾|答|按)错了|多打了|少打了|多写了|少写了/;

/** The question before this one, named: 上一题, 前面那个, 上面那个, 刚才的 (not 上一个月, 上周). */
// (刚才培训那个数: the earlier question named by its matter, between 刚才 and 那个数.)
const EARLIER = `(?:刚才|刚刚|前面|上面)[\u4e00-\u9fff]{1,4}?的?那个(?:数|题|项)|上一(?:题|项(?!目)|步|个)(?!${ITEM})|前一(?:题|项|个)(?!${ITEM})|上个(?:题|问题|数)|(?:前面|上面|刚才|刚刚)(?:那|的那?)(?:个|题|项|数)(?!${ITEM})|(?:前面|上面|刚才|刚刚)的(?=是|应该|应为|不对|错|写|填|打)`;

/** 刚才那个填错了: an earlier answer was wrong, whatever figure the message also gives. */
export const FIXES_EARLIER = new RegExp(
  [
    // (刚填的那个选错了: the answer just given, named by its filling.)
    `(?:刚才|前面|上面|前一个|上一|上个|刚(?:才|刚)?填的)(?!(?:那|的)?个?${ITEM})[^，,。]{0,8}(?:填错了|打错了|输错了|录错了|多打了|少打了|写错了|选错了|点错了|勾错了|答错了)`,
    // 不对，上一题的站点数是58个 / 刚才那个写成了58，应该是85: a figure for the question before, not this one.
    `^.{0,6}(?:${EARLIER})[^，,。]{0,8}(?:不对|错了|写成|填成|打成|应该是|应为|改成|改为|改一下|要改|更正|[是为]\\s*[\\d零〇一二两三四五六七八九十])`,
    // 站点数填错了，我要改 / 培训人数写错了: an earlier answer named by its figure's own name (a count or a sum) said
    // to be wrong; the question now asked is not answered yet, so it can only be one given before.
    `^[\u4e00-\u9fff]{0,4}?(?:人数|户数|个数|场次|次数|村数|点数|金额|总额|支出)(?:那个|那项|那一?题|那里)?(?:填错了|打错了|输错了|录错了|写错了|多打了|少打了)`,
    // 改一下上一题，场次是3 / 修改前面那个: the mending asked first, the earlier question named after it.
    `^.{0,4}(?:改|修改|更正|改正|纠正|重填)(?:一下|下)?(?:${EARLIER})`,
  ].join('|'),
);

import { CONFIRM_TAIL, type Answer } from './answer.ts';
import { fail } from '../core/errors.ts';
import { readYesNo } from './parsers.ts';
import { deniedEach } from './yesno-denied-each.ts';
import { OTHER_FUNDS } from './yesno.ts';
import { agreementOnly } from './yesno-agreed.ts';
import { everydayYesNo } from './yesno-speech.ts';
import { denies, namesUse, spendingTotal, UNDONE, usedBesideDenial, usedInClause } from './yesno-uses.ts';
import type { FieldSpec } from './template.ts';
import { permittedYes } from './yesno-permitted.ts';

/**
 * A yes or no as the live form reads it (本周是否有资金用于…): the answer, or a question back when the
 * words are unsure, hedged, taken back, contradict themselves or leave part of what was asked unsaid.
 */

// 应该没有吧, 可能有吧, 有又没有: a yes or no said with doubt is asked back.
// (有来着, 没有…: said from memory, or trailing off; 有也不多, 有也很少: "if any, little", a yes conceded, not said.)
const HEDGED =
  /^[^，,]{0,4}有的?也(?:不多|没多少|很少|就一点|不大|有限)|来着|(?:\.{2,}|。{2,}|…|⋯)[。.!！~～]*$|应该|可能|好像|大概|也许|估计|说不准|不确定|看怎么算|算不算|有又没有|没有又有|说有也有|没发现|未发现|吧[。.!！~～]*$|^[^，,]{0,4}吧[，,]/;
// 买了2万流量, 工作经费用了5000: money spent, with its figure (买了2台电脑 counts things, not money).
const SPENT_FIGURE =
  /(?:用了|买了|付了|花了|交了|缴了|缴纳了?|支付了?|支出了?|购买了?)[^，,。\d]{0,8}(?:\d|[两三四五六七八九十]|一[万千百十])[\d.零〇一二两三四五六七八九十百千万]*(?![\d.零〇一二两三四五六七八九十百千万]|[台个场人次家户辆件套本张部批名期])|\d[^，,。]{0,6}(?:用于|用在|买|付)/;
// 不太清楚, 我不晓得得问财务, 可能有可能没有: no answer yet, leaning neither way.
// 待核实, 我确认一下, 有没有我得查查账, 平台运营费算不算…: to be checked first, or a question about what counts.
// (有还是没有来着, 是还是不是, 忘了有没有: both answers named as alternatives, or the answer forgotten;
// 如果会议室租金也算的话就有: a yes that hangs on whether something counts.)
const UNSURE =
  /(?:有|是|没有|没|不是)[，,\s]*(?:还是|或者|或是)[，,\s]*(?:有|是|没有|没|不是)(?=[?？。.!！，,\s…]|来着|呢|啊|吧|吗|$)|(?:有没有|是不是)来着|忘(?:了|记了?)(?!说|讲|填|报|写)|想不起来?|记不得|不记得|不太清楚|不清楚|不是很确定|不太肯定|不是很肯定|不敢确定|不敢肯定|说不清|讲不清|不是很清楚|不太确定|不晓得|不知道|记不清|说不准|说不好|不好说|拿不准|不确定|得问|要问|问一下|问问|可能有可能没有|说有也有|待核实|待确认|需要核实|核实一下|确认一下|查一下|查查|查账|(?:算不算|属不属于|包不包括|包括不包括).*(?:的话|就有|就是)|(?:算|属于|包括|计入)(?:进去|在内|进来)?的话[，,]?(?:就|那就|那)?(?:有|是|算有)/;

// 有也是按规定的, 就算有也是小数: a yes supposed for the sake of the argument, neither said nor denied.
// (有也不多，就几千块推广费: 有也不多 leans to a little, and is asked back as a yes through HEDGED.)
const SUPPOSED =
  /^(?:就算|即使|即便|哪怕|假如|如果|要是)?有的?话?也(?!不多|没多少|很少|就一点|不大)|(?:就算|即使|即便|哪怕|假如|如果|要是)有|^(?:如|若)有|^有的话/;

const COMPLIANT = /合规|按规定|按照规定|符合规定|规范使用|专款专用|没有违规|没违规|不违规|未违规/;
// (服务中心装修了，不算楼堂馆所吧: a use reported, and whether it counts put as a guess.)
const COUNTS_ASKED = /算吗|算不算|算是吗|属于吗|属不属于|包括吗|包不包括|算违规吗|也算|(?:应该)?不(?:算|属于)[^，,。]{0,8}吧/;
// 下个月再整改, 准备退回: an undoing still to come leaves this week's use as it was (已整改 has undone it).
const TO_BE_UNDONE =
  /(?:下周|下个?星期|下个?月|近期|以后|之后|后续|将|准备|计划|打算|要|会|马上|尽快|立即|抓紧|限期|正在|即将|待)(?:进行|开展|落实)?(?:退回|退还|收回|追回|撤回|纠正|整改)/g;
const undone = (note: string): boolean => UNDONE.test(note.replace(TO_BE_UNDONE, ''));

// 这个是什么意思, 这项是指啥: a question about what the item means (its 是 is no yes).
const MEANING_ASKED =
  /(?:是|指的是|是指|指)?(?:什么|啥)(?:意思|东西)|(?:是|指的是)?指(?:什么|啥|哪些|哪个)|什么叫|啥叫|怎么理解|(?:是|算)(?:什么|啥|哪个|哪些)(?=[?？吗呢啊]*$)/;
// 具体金额待核实, 多少钱还要问财务: what is still to be checked is the figure, not the answer.
const FIGURE_UNSURE =
  /[，,\s]*(?:具体)?(?:金额|数额|钱数|数字|多少钱|花了多少)[^，,。]{0,3}?(?:待核实|待确认|需要核实|还要核实|得问|要问|还要问|问一下|查一下|不清楚|不确定|记不清)[^，,。]*/g;

// 上周的, 上个月买的: another period than the week the item asks about (上周也有: this week's, and that one's too).
const OTHER_PERIOD = /上周|上个?星期|上礼拜|上个?月|上次|之前|以前|去年|前几周|前两周|上半年|上期/;

const INTERJECTION = /^(?:嗯+|哦+|噢+|额+|呃+|啊+|唔+|en+|emm+|m+)$/i;

/** Reads a typed yes or no for a field: value (with any details as `note`), question, or why it cannot be read. */
export function readYesNoAnswer(field: FieldSpec, raw: string): Answer {
  const r = readYesNo(raw);
  const clarify = '这一项需要明确回答。请核实后回复“是”或“否”；如需先问清楚，可以回复“暂停”，稍后发送“继续填报”接着填。';
  // 这个为啥要问, 问这个干嘛: a question about the question is answered, and the question put again.
  if (/(?:为啥|为什么|为何|干嘛|干啥|干什么|什么意思|啥意思)/.test(raw) && /问|填|报|这(?:个|项|题)/.test(raw) && !r.ok) {
    const uses = field.asksAbout?.length ? `（${field.asksAbout.map((u) => u[0]).join('、')}）` : '';
    return { ok: false, error: `本项核查中央财政资金是否用于规定不得列支的用途${uses}，每周都需填报。请回复“是”或“否”。` };
  }
  // (有，什么意思: an answer beside the question is asked back with that answer.)
  const meaning = MEANING_ASKED.exec(raw);
  const beside = meaning ? raw.replace(meaning[0], '').replace(/[?？吗呢啊。.!！\s，,]+$/, '') : '';
  const besideMeaning = meaning ? (beside.trim() ? readYesNo(beside) : fail('')) : undefined;
  if (besideMeaning && !besideMeaning.ok) {
    const uses = field.asksAbout?.length ? `（${field.asksAbout.map((u) => u[0]).join('、')}）` : '';
    return { ok: false, error: `本项核查中央财政资金是否用于规定不得列支的用途${uses}，每周都需填报。请回复“是”或“否”。` };
  }
  if (besideMeaning?.ok)
    return {
      ok: true,
      value: besideMeaning.value.value,
      confirm: `您的回复中有一个问题。您的回答是“${besideMeaning.value.value ? '是' : '否'}”吗？${CONFIRM_TAIL}`,
    };
  if (SUPPOSED.test(raw.trim())) return { ok: true, value: null, confirm: clarify };
  // Not knowing, or knowing both ways at once, is asked back to be checked; leaning one way is asked with that answer.
  if (
    UNSURE.test(raw.replace(FIGURE_UNSURE, '')) &&
    !(r.ok && HEDGED.test(raw) && !/可能有可能没有|说有也有|又没有|又有|还是|或者|或是|忘|想不起|记不得|不记得/.test(raw))
  )
    return { ok: true, value: null, confirm: clarify };
  // 买流量算吗？我们投了些抖音推广 / 买了点推广，这个算不算: a question about what counts, with a use reported beside
  // it, is answered with what the item asks about, then asked. (A bare 流量费算不算 is a question, answered as one.)
  if (!r.ok && COUNTS_ASKED.test(raw) && /投了|买了|用了|花了|付了|支付了|购买了|装修了|租了|交了|建了/.test(raw) && field.asksAbout?.length) {
    return { ok: true, value: null, confirm: `本项所问的用途是：${field.asksAbout.map((u) => u[0]).join('、')}。请核实后回复“是”或“否”。` };
  }
  // 是不是, 有没有？, 算不算啊: the question's own A-not-A words hold both answers and are neither; an answer
  // beside them (有没有？没有) is asked back with it. (没有没有, 不是不是: a no said twice.)
  const both = /(?<!不)是不是|(?<!没)有没有|(?<!不)算不算|属不属于|包不包括|(?<!不)对不对|是否|有无|用没用|花没花|买没买/.exec(raw);
  if (both) {
    const rest = raw.replace(both[0], '').replace(/[?？吗呢啊呀。.!！\s，,]+/g, '');
    // (流量费算不算？有一点: the answer in its own sentence after the question.)
    const after = raw
      .split(/[?？]+/)
      .at(-1)!
      .replace(/[。.!！\s，,]+/g, '');
    const beside = rest ? readYesNo(rest) : undefined;
    const answer = beside?.ok || !after || after.includes(both[0]) ? beside : readYesNo(after);
    if (answer?.ok)
      return { ok: true, value: answer.value.value, confirm: `您的回复中有一个问题。您的回答是“${answer.value.value ? '是' : '否'}”吗？${CONFIRM_TAIL}` };
    if (!beside?.ok) return { ok: false, error: '您的回复是一个问句。请回复“是”或“否”（也可以回复“有”或“没有”）。' };
    return { ok: true, value: beside.value.value, confirm: `您的回复中有一个问题。您的回答是“${beside.value.value ? '是' : '否'}”吗？${CONFIRM_TAIL}` };
  }
  // 事, 事的有: 是 as dictation or a pinyin keyboard wrote it (shì), at the start of an answer to a yes-or-no
  // question (not 事情, 事实, 没事); likely, but a guess, so asked with the reading spelled out.
  const shi = /^(?:(?:嗯+|那个|就是)[\s，,]*)*事(?=的|滴|啊|有|[，,。.!！\s]|$)/.exec(raw.trim());
  const asShi = !r.ok && shi ? readYesNo(raw.trim().replace(/事/, '是')) : undefined;
  if (asShi?.ok)
    return {
      ok: true,
      value: asShi.value.value,
      confirm: `${raw.trim() === '事' ? '' : `“${raw.trim()}”中的`}“事”按“是”理解。您的回答是“${asShi.value.value ? '是' : '否'}”吗？${CONFIRM_TAIL}`,
    };
  // 应该不算吧, 不属于: the use judged not to be one of those asked about; a no, asked.
  if (!r.ok && /^(?:应该|可能|好像|大概|估计|我觉得|我们认为)?(?:不算|不属于(?:这些|上述|这类)?)(?:吧|的|啊|哈)*[。.!！~～]*$/.test(raw.trim())) {
    const uses = field.asksAbout?.length ? `（${field.asksAbout.map((u) => u[0]).join('、')}）` : '';
    return { ok: true, value: false, confirm: `您认为不属于本项所问的用途${uses}，按“否”理解。您的回答是“否”吗？${CONFIRM_TAIL}` };
  }
  // 可能吧 / 应该吧: doubt with no answer in it.
  if (!r.ok && /^(?:可能|应该|大概|也许|估计|好像)(?:是|吧|的|啊)*[。.!！~～]*$/.test(raw.trim())) return { ok: true, value: null, confirm: clarify };
  // 都是按规定用的, 都合规: no use outside the rules, said without a yes or no; asked as a no.
  if (!r.ok && COMPLIANT.test(raw) && !/[?？吗]|有没有|是不是|算不算/.test(raw) && !SPENT_FIGURE.test(raw.normalize('NFKC')))
    return { ok: true, value: false, confirm: `您说明资金按规定使用，按“否”理解。您的回答是“否”吗？${CONFIRM_TAIL}` };
  const total = !r.ok ? spendingTotal(field, raw) : undefined;
  if (total) return total;
  // 买了2万流量 / 工作经费用了1万: what happened, with a figure, is a yes — asked, with the words kept as its details.
  if (!r.ok && SPENT_FIGURE.test(raw.normalize('NFKC')) && !denies(raw)) {
    return { ok: true, value: true, confirm: `您的回答是“是”吗？${CONFIRM_TAIL}`, note: raw.trim() };
  }
  // 买流量了, 流量买了八千: a use asked about, said done, is a yes — asked, the words kept as its details.
  if (
    !r.ok &&
    !denies(raw) &&
    !/[?？吗]/.test(raw) &&
    !UNDONE.test(raw) &&
    /(?:买|用|花|付|租|购|交|缴|支付|装修)[^，,。；;]{0,6}了/.test(raw) &&
    namesUse(field, raw)
  ) {
    return { ok: true, value: true, confirm: `您提到“${raw.trim()}”，按“是”理解。您的回答是“是”吗？${CONFIRM_TAIL}`, note: raw.trim() };
  }
  // 网络交易平台有一笔，5万元 / 流量费有2万: a use asked about, said to be there, is a yes — asked, the words kept as its details.
  if (!r.ok && !/没|未|无|不|[?？吗]/.test(raw) && (field.topics ?? []).some((t) => new RegExp(`${t}[^，,。；;]{0,4}有`).test(raw))) {
    return { ok: true, value: true, confirm: `您提到“${raw.trim()}”，按“是”理解。您的回答是“是”吗？${CONFIRM_TAIL}`, note: raw.trim() };
  }
  const clauseUse = !r.ok ? usedInClause(field, raw) : undefined;
  if (clauseUse) return { ok: true, value: true, confirm: `您提到“${clauseUse}”，按“是”理解。您的回答是“是”吗？${CONFIRM_TAIL}`, note: raw.trim() };
  // 全部用在服务站点了, 都用于产品上行: all the money on one use, none of those asked about, is a no — asked.
  const allOn = /^(?:资金|钱|经费|中央资金|本周资金)?(?:全部|全都|都|全|均)(?:用在|用于|花在|投在|投到|用到|投入)(?:了)?([^，,。；;？?]+)$/.exec(
    raw.trim().replace(/[。.!！~～]+$/, ''),
  );
  if (!r.ok && allOn && !denies(allOn[1]!) && !(field.topics ?? []).some((t) => allOn[1]!.includes(t)))
    return {
      ok: true,
      value: false,
      confirm: `您说明资金都用于${allOn[1]!.replace(/了$/, '')}，按“否”理解。您的回答是“否”吗？${CONFIRM_TAIL}`,
      note: raw.trim(),
    };
  // 0元, 0: nothing spent on them, said as a figure — asked as a no.
  if (!r.ok && /^(?:0|零)(?:\.0+)?(?:元|万元|万|块)?$/.test(raw.normalize('NFKC').trim()))
    return { ok: true, value: false, confirm: `您填写的是“${raw.trim()}”，按“否”理解。您的回答是“否”吗？${CONFIRM_TAIL}` };
  // 没有吧？ / 有？: an answer said as a question is asked back with that answer (有没有规定？ asks about the rules).
  const asked = /^(.+?)(?:吧|吗)?[?？]+$/.exec(raw.trim());
  const answered = !r.ok && asked && !/有没有|是不是|是否|算|什么|啥|哪|怎么|能不能|可不可以|可以|要不要/.test(asked[1]!) ? readYesNo(asked[1]!) : undefined;
  if (answered?.ok) return { ok: true, value: answered.value.value, confirm: `您的回答是“${answered.value.value ? '是' : '否'}”吗？${CONFIRM_TAIL}` };
  // 嗯, 哦: an acknowledgement of the question, not an answer to it; about money used where the rules forbid,
  // a bare interjection is asked back rather than taken for a yes.
  if (
    !r.ok &&
    INTERJECTION.test(
      raw
        .normalize('NFKC')
        .trim()
        .replace(/[。.!！~～，,…]+$/, ''),
    )
  ) {
    return { ok: true, value: null, confirm: `仅回复“${raw.trim()}”无法确定您的回答，请明确回复“是”或“否”。` };
  }
  // 那绝对不会, 一样都没沾, 搞了一点: everyday words for the answer, asked back with it spelt out.
  const everyday = !r.ok ? everydayYesNo(raw) : undefined;
  if (everyday !== undefined)
    return { ok: true, value: everyday, confirm: `按“${everyday ? '是' : '否'}”理解。您的回答是“${everyday ? '是' : '否'}”吗？${CONFIRM_TAIL}` };
  // (中, 要得: agreement, no answer to the question; yesno-agreed.ts.)
  const agreed = !r.ok ? agreementOnly(raw) : undefined;
  if (agreed) return agreed;
  // (没有没有 绝对没有: a space typed where a comma would be, between two clauses of one answer.)
  const spaced = !r.ok && /\S[ \u3000]+\S/.test(raw.trim()) ? readYesNoAnswer(field, raw.trim().replace(/[ \u3000]+/g, '，')) : undefined;
  if (spaced?.ok) return spaced;
  // (楼堂馆所没建，流量也没买: each use denied by name, with no plain 否: yesno-denied-each.ts.)
  if (!r.ok) return deniedEach(field, raw) ?? r;
  const note = r.value.note ? { note: r.value.note } : {};
  // 用了点自筹资金租办公室，中央资金没有: the answer about the central funds, asked with the other money named.
  if (r.value.otherFunds) {
    const answer = r.value.value ? '是' : '否';
    return {
      ok: true,
      value: r.value.value,
      confirm: `您提到“${r.value.note}”。本项只问中央财政资金，按“${answer}”理解。您的回答是“${answer}”吗？${CONFIRM_TAIL}`,
      ...note,
    };
  }
  const permitted = r.value.value === true ? permittedYes(field, r.value.note) : undefined;
  if (permitted) return { ok: true, value: null, confirm: permitted, ...note };
  // 有，自筹资金 / 有的，县级配套的钱: a yes whose details name other money than the central funds asked about.
  if (r.value.value === true && r.value.note && OTHER_FUNDS.test(r.value.note) && !/中央/.test(r.value.note))
    return {
      ok: true,
      value: null,
      confirm: `您回答“是”，又提到“${r.value.note}”。本项只问中央财政资金，这笔是中央财政资金吗？请核实后回复“是”或“否”。`,
      ...note,
    };
  // 没有用于楼堂馆所，但是买了些流量 / 除了工作经费2万，其它没有: a use reported after a no is a yes, asked;
  // one that names none of the uses asked about (除了站点建设，其他没有) is asked to be checked.
  if (r.value.reversed && r.value.note) {
    const named = !field.topics?.length || field.topics.some((t) => r.value.note!.includes(t)) || SPENT_FIGURE.test(r.value.note.normalize('NFKC'));
    if (named) return { ok: true, value: true, confirm: `您提到“${r.value.note}”，按“是”理解。您的回答是“是”吗？${CONFIRM_TAIL}`, ...note };
    return { ok: true, value: null, confirm: `您提到“${r.value.note}”。这笔资金是否属于本项所问的用途？请核实后回复“是”或“否”。`, ...note };
  }
  // 没有用于楼堂馆所 / 平台没有，楼堂馆所也没有: a no that names some of the uses asked about says nothing of
  // the others, which are asked in turn; one that names every use is a plain no. (The details after a no,
  // 没有，都用于站点建设经费, explain it and deny nothing.)
  const besideNo = r.value.value === false ? usedBesideDenial(field, raw) : undefined;
  if (besideNo) return besideNo;
  const uses = field.asksAbout ?? [];
  // (The note is kept in half-width punctuation: 没有。上周有一笔流量费，已退回 is matched so.)
  const denial = r.value.note && !r.value.partial ? raw.normalize('NFKC').replace(r.value.note, '') : raw;
  const denied = r.value.value === false ? uses.filter((words) => words.some((w) => denial.includes(w))) : [];
  if (denied.length && denied.length < uses.length) {
    const rest = uses.filter((u) => !denied.includes(u)).map((u) => u[0]!);
    const others = rest.length > 1 ? `${rest.slice(0, -1).join('、')}或${rest.at(-1)}` : rest[0];
    return {
      ok: true,
      value: null,
      confirm: `您说明了没有用于${denied.map((u) => u[0]).join('、')}。本周是否有资金用于${others}？请回复“是”或“否”。`,
      ...note,
    };
  }
  if (r.value.partial && denied.length < uses.length)
    return { ok: true, value: false, confirm: `${denied.length ? '您逐项说明了没有的用途。' : ''}您的回答是“否”吗？${CONFIRM_TAIL}`, ...note };
  // 没有，买了2万流量 / 买了流量，没有报备: a no whose own details report the very use asked about contradicts itself.
  // (没有，只交了平台年费 / 没有，楼堂馆所除外: a use paid, or left out of the no, is named too.)
  const usesNamed = (t: string) =>
    /买了|用了|花了|付了|支付|购买|用于|用在|交了|缴了|缴纳|出了|列支|开支|发了|除外|另算|以外/.test(t) && (field.topics ?? []).some((w) => t.includes(w));
  if (r.value.value === false && r.value.note && (SPENT_FIGURE.test(r.value.note.normalize('NFKC')) || usesNamed(r.value.note))) {
    return { ok: true, value: null, confirm: `您回答“否”，但又提到“${r.value.note}”。这笔资金是否属于本项所问的用途？请核实后回复“是”或“否”。`, ...note };
  }
  // 有，但已经退回了 / 有，后来追回了: a yes taken back in the same message. Whether money used and then
  // returned counts is for the official to say; neither answer is taken unasked.
  if (r.value.value === true && r.value.note && undone(r.value.note)) {
    return { ok: true, value: null, confirm: `您回答“是”，又提到“${r.value.note.replace(/^(?:但是|但|不过|可是)/, '')}”。请核实后回复“是”或“否”。`, ...note };
  }
  // 是，没有 / 没有，有 / 对的，没有这类支出 / 没有，有一笔: an answer, then details that read as the other answer,
  // with no word taking either back (是 may agree with a no; 有一笔 after a no reports a use): asked.
  const bare = r.value.note?.replace(/[，,。.!！~～\s吧啊呀的]+$/, '');
  const noteSays = bare && !r.value.reversed && !r.value.otherFunds ? readYesNo(bare) : undefined;
  const flips = noteSays?.ok && noteSays.value.value !== r.value.value && !noteSays.value.reversed;
  if (bare && (flips || (r.value.value === false && /^(?:但是?|不过|可是)?(?:有|是有|确实有)(?:一|两|几)?(?:笔|些|点)/.test(bare))))
    return { ok: true, value: null, confirm: `您的回复中既有“是”又有“否”（“${bare}”）。${clarify}`, ...note };
  // (有过，但不是这周的: a yes said not to be this week's.)
  const notThisWeek = /(?:不是|并非|不在)(?:本周|这周|这星期|这礼拜|本星期)|(?:本周|这周|这星期|这礼拜|本星期)(?:没有|没|无|不是)/;
  if (r.value.value === true && r.value.note && notThisWeek.test(r.value.note))
    return {
      ok: true,
      value: null,
      confirm: `您回答“是”，又提到“${r.value.note.replace(/^(?:但是|但|不过|可是)/, '')}”。本项只问本周，请核实后回复“是”或“否”。`,
      ...note,
    };
  // 有，不过是上周的 / 有，上个月买的流量: a yes said of another period; the item asks about this week only.
  if (r.value.value === true && r.value.note && OTHER_PERIOD.test(r.value.note) && !/本周|这周|这星期|这礼拜|本星期|也/.test(r.value.note)) {
    return {
      ok: true,
      value: null,
      confirm: `您回答“是”，又提到“${r.value.note.replace(/^(?:但是|但|不过|可是)/, '')}”。本项只问本周，请核实本周是否有资金用于上述用途，并回复“是”或“否”。`,
      ...note,
    };
  }
  if (HEDGED.test(raw)) return { ok: true, value: r.value.value, confirm: `您的回答是“${r.value.value ? '是' : '否'}”吗？${CONFIRM_TAIL}`, ...note };
  return { ok: true, value: r.value.value, ...note };
}

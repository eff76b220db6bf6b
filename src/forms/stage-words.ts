import type { FieldSpec } from './template.ts';

/**
 * Words beside a single figure that say it is not (yet) what the field holds, found by writing adversarial
 * replies and seeing which were stored unasked: money applied for, budgeted, approved, held back or not yet
 * settled (申请了30万, 预算30万, 3万培训费还没结, 30万原封未动); money another purse paid (培训3万由县里出,
 * 整合资金10万, 3万，不是中央资金); spending still to come (将支出30万, 月底付30万); a part named at a field
 * that holds the whole (其中专场1场 at the sessions); what is left (剩20个没覆盖); and a count of villages at a
 * field of stations or of villages covered (全县80个贫困村). Each gives the lead of the question asked back with
 * the reading spelt out; none is stored unasked. Called by sense-words.ts.
 */
export function stageDoubt(field: FieldSpec, s: string, value?: number): string | undefined {
  const spending = field.kind === 'amount' && /支出|用于/.test(field.label);
  if (spending && value !== 0 && UNSPENT.test(s)) return '这是已经支出的资金吗？本项填写已支出的数。';
  // 0938, 3万05: a figure written with a leading zero is an area code, an id, or a slip.
  if (value !== 0 && /(?<![\d.,，])0\d/.test(s)) return `“${s}”中的数字以0开头，请核对。`;
  if (spending && value !== 0 && OTHER_PURSE.test(s)) return '这是中央财政资金吗？本项只填写中央财政资金的支出。';
  if (!field.plan && value !== 0 && TO_COME.test(s)) return '这是已经发生的数还是以后的安排？周报填写已经发生的数。';
  // 缺席5人, 80人请假, 老师5人 at 人次: who stayed away, or who taught, not who was trained.
  if (field.kind === 'count' && /人次/.test(field.label) && value !== 0 && AWAY_OR_TEACHING.test(s.replace(LEFT_OUT, '')))
    return '这是缺席（请假）或授课老师的人数，还是参加培训的人次？';
  // 50人不是贫困户 at the poor households' part: the others (非贫困户 is read in sense-words.ts; 都不是贫困户 is none).
  if (/贫困|建档立卡/.test(field.label) && value !== 0 && /不是(?:建档立卡)?贫困/.test(s)) return '这是贫困户的数，还是贫困户以外的数？';
  // 还要招两个, 后面还有两个 at the planned tenders: what is still to tender, not the plan's whole.
  if (field.plan && value !== 0 && STILL_TO_TENDER.test(s)) return '这是剩余未招标的数，还是计划招标的总数？本项填写计划总数。';
  const label = field.label.replace(/[（(][^（）()]*[)）]$/, '');
  const part = field.partOf ? undefined : PART.exec(s);
  if (part && value !== 0 && ![...part[1]!].every((c) => label.includes(c))) return `这是其中一部分的数，还是本项的总数？本项填写${label}的总数。`;
  if (value !== 0 && LEFT.test(s))
    return field.plan ? '这是剩余未招标的数，还是计划招标的总数？本项填写计划总数。' : '这是剩余的数还是已完成的数？本项填写已完成的数。';
  // 全县共有1000户贫困户 at the households helped: the poor households there are, not those helped.
  if (field.cumulative && /带动/.test(field.label) && value !== 0 && /全县|全乡|全镇|共有/.test(s) && !/带动|受益|增收|参与/.test(s))
    return '这是全县贫困户的总数，还是已经带动的户数？本项填写已带动的户数。';
  // 全县80个贫困村 at the villages covered, 120个行政村 at the stations: the villages there are, not those served.
  if (field.cumulative && field.kind === 'count' && value !== 0 && /站点|覆盖/.test(field.label) && VILLAGES.test(s) && !SERVED.test(s))
    return /覆盖/.test(field.label)
      ? '这是全县贫困村的总数，还是已经覆盖的贫困村数？本项填写已覆盖的数。'
      : '这是村的数，还是建成站点的数？本项填写站点的个数。';
  return undefined;
}

// (还没花, 没有支出 alone are none, read before; these stand beside a figure that is not zero.)
// (还欠2万, 质保金未付, 中标价10万: owed, withheld, or the price agreed.)
const UNSPENT =
  /欠|质保金|(?:未|没有?|还没有?|尚未)(?:付|支付|拨付|付款|兑付)|中标价|中标金额|合同价|造价|总投资|投资额|申请|预算|暂缓|缓付|缓拨|(?:未|没|还没|尚未|待)有?结(?:算|清|账)?|已批未|批而未|(?:原封|一分|一分钱|分文)(?:都|也)?(?:没|未|不)动|(?:未|没|没有)(?:动用|使用|动)|已签|签约|签署|开工/;
const OTHER_PURSE =
  /整合资金|扶贫资金|其[他它]资金|(?:县|县里|县上|乡里|乡镇|村里|企业|公司|商家|合作社)(?:自己)?(?:出|掏|垫)(?:的|了|钱)|由(?:县|乡|村|企业|公司|商家)|(?:不是|并非|不属于|非)中央/;
const TO_COME =
  /(?:可|能|可望|有望|预期|预计可)(?:带动|覆盖|建成|完成|培训|惠及)|将(?:带动|覆盖|惠及|支出|支付|付|拨|用于|花|举办|开展|建)|(?<!上个?)月底(?:前)?(?:再|才|要)?(?:付|支付|支出|结算|举办|办|建)|(?:国庆|节|年)后(?:再|才)?(?:付|支付|办)/;
// 其中专场1场, 其中深度贫困村10个: a part, where the field asks the whole (其中农产品30万 at 农产品网络零售额 is its own).
const PART = /(?:^|[，,])(?:其中|当中|这里面|内含|包括|包含)(?:的)?([^\d零〇一二两三四五六七八九十百千万，,]{1,8})/;
// 剩20个没覆盖, 剩3个: what is left (还剩, 剩余 and 剩下 are read in context.ts and sense-words.ts).
const LEFT = /(?<![还余])剩(?![余下])/;
// (共二十个村 alone is read as the villages the field counts.)
// (不含老师, 老师不算: the teachers left out of the figure.)
const LEFT_OUT = /(?:不含|不包括|不算|除去|除了|去掉|扣除)(?:授课)?(?:老师|讲师|教师|工作人员)|(?:老师|讲师|教师|工作人员)(?:不算|除外|没算|未计)/g;
const AWAY_OR_TEACHING = /缺席|缺勤|请假|没来|未到|没到|老师|讲师|教师|授课|工作人员/;
const STILL_TO_TENDER = /还有|还要|再招|后面|后续|下一步|下周|年底前|另外|剩/;
const VILLAGES =
  /(?:全县|全乡|全镇|(?:总|一)?共有)(?:共有?)?[\d零〇一二两三四五六七八九十百千]+个?(?:贫困村|行政村|村)|(?:行政村|贫困村)(?:共|总共|一共)有[\d零〇一二两三四五六七八九十百千]|^[\d零〇一二两三四五六七八九十百千]+个?行政村$/;
const SERVED = /覆盖|建|站|点|有了|都有|设/;

const WEEKDAY = /(?<!上个?|下个?)(?:周|星期|礼拜)([一二三四五六日天])(?![十百千万亿\d])/;
/** 本周五付了3万, 周六办了一场 (said on a Thursday): a day of this week still to come, at a field of what has happened. */
export function laterThisWeek(typed: string, now: Date): string | undefined {
  const m = WEEKDAY.exec(typed);
  if (!m) return undefined;
  const said = '一二三四五六'.indexOf(m[1]!) + 1 || 7;
  const today = new Date(now.toLocaleString('en-US', { timeZone: 'Asia/Shanghai' })).getDay() || 7;
  return said > today ? `${m[0]}还没到。这是已经发生的数还是以后的安排？周报填写已经发生的数。` : undefined;
}

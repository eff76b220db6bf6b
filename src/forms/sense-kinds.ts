import type { FieldSpec } from './template.ts';

/**
 * Words beside a figure that name another kind of thing than the field's, found by writing replies an
 * official might type and seeing which were stored unasked: a figure of last year (去年同期7万), an event
 * that is not training (3场直播, 开会3次) or people who watched rather than trained (线上观看2000人,
 * 直播间粉丝), person-days (90人天), a tendering step short of the award (开标3个, 重新招标2个), a payment whose
 * spending is in doubt (首付, 预付, 垫付, 报销, 报账, 定金), and sales that take in the shops (含线下, 线上线下共).
 * Each gives the lead of the question asked back with the reading spelt out; none is stored unasked.
 * Called by sense-words.ts.
 */
export function kindDoubt(field: FieldSpec, s: string, value?: number): string | undefined {
  // 去年7万, 去年同期8万, 前年5个: a figure of another year (按去年的口径 only says how it is counted).
  if (LAST_YEAR.test(s.replace(BY_LAST_YEARS_RULE, ''))) return `这是往年（如去年同期）的数吗？本项填写${field.cumulative ? '截至目前的累计数' : '本周的数'}。`;
  const training = field.kind === 'count' && /培训|人次/.test(field.label);
  // 线上观看2000人, 开会的人50个 at 人次: who watched, or sat in a meeting, not who was trained.
  if (training && /人次/.test(field.label) && value !== 0 && VIEWERS.test(s)) return '这是观看或开会的人数，还是参加培训的人次？本项填写参加培训的人次。';
  // 3场直播, 开会3次, 2场推介会 at the training fields, with no word of training: another kind of event.
  if (training && value !== 0 && EVENT.test(s) && !TRAINING_WORDS.test(s)) return '这是培训吗？本项只填写电商培训（直播、会议等其他活动不算）。';
  // 90人天, 120人日: people times days, not 人次.
  if (field.kind === 'count' && /人次/.test(field.label) && PERSON_DAYS.test(s)) return '“人天”是人数乘以天数。本项填写培训人次，这是人次吗？';
  // 开标3个, 重新招标2个, 发布招标公告3个 at the tenders done: a step before the award, or a retry after a failure.
  if (field.kind === 'count' && /招标/.test(field.label) && !field.plan && value !== 0 && TENDER_STEP.test(s))
    return '开标、重新招标、发布公告都还不算完成招标。这是已经完成招标（已定标）的项目数吗？';
  // 首付5万, 预付款3万, 垫付2万, 报销1万, 报账4万 at spending: paid ahead, by someone else, or booked later.
  const paid = field.kind === 'amount' && /支出|用于/.test(field.label) && value !== 0 ? PAYMENT.exec(s) : null;
  if (paid) return `“${paid[0]}”的这笔款项，是本周实际支出的中央财政资金吗？本项填写本周已支出的数。`;
  // 5万（含线下）, 线上线下共5万, 线下3万 at online sales: shop sales are not online retail (不含线下 says so).
  if (field.kind === 'amount' && /网络零售额/.test(field.label) && value !== 0 && withOffline(s))
    return '这个数含线下（实体店、批发等）的销售吗？本项只填写网络零售额。';
  return undefined;
}

const LAST_YEAR = /去年|上一?年|前年|往年|同期/;
const BY_LAST_YEARS_RULE = /(?:按|按照|参照|沿用)(?:去年|上一?年|往年)的?(?:口径|标准|办法|方法|规定|做法)/g;
const VIEWERS = /观看|收看|围观|在线人数|直播间|粉丝|点击|浏览|访问量|访客|点赞|开会的?人/;
const EVENT =
  /直播|会议(?!室)|开会|开了?[\d一二两三四五六七八九十几]+(?:次|场|个)?会|座谈|推介|展销|展会|发布会|宣讲|(?:动员|推进|调度|协调|部署|专题|现场|表彰|总结|启动|见面|对接|洽谈|订货)会|研讨|论坛|比赛|大赛|观摩|考察|路演|活动/;
const TRAINING_WORDS = /培训|培训班|课|讲座|授课|学员|实训|教学/;
const PERSON_DAYS = /人[·.]?[天日](?!常)|工日/;
const TENDER_STEP = /开标|重新招标|再次招标|二次招标|重新挂网|招标公告|发布(?:了)?公告|发标|启动(?:了)?招标|开始招标|投标|评标/;
const PAYMENT = /首付|预付|垫付|垫资|垫了|报销|报账|定金|订金|预支|预拨/;
const OFFLINE = /线下|实体店?|门店|店面|批发|超市|集市|农贸/;

/** Whether a clause counts shop sales in: 含线下, 线上线下, 线下3万, but not 不含线下 or 线下不算. */
function withOffline(s: string): boolean {
  return s.split(/[，,。；;：:（）()、\s]+/).some((c) => OFFLINE.test(c) && !/不|没|未|除|去掉|扣除|另/.test(c));
}

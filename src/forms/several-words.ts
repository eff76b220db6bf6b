/**
 * The words the several-figures reader (several.ts) tells figures apart by: a correction, a total, a
 * plan or the rest, a part that failed or is left out, so much per item.
 */
// 哦不对，是6万 / 12个，不对，13个 / 3场，哦，是4场: the figure after the marker replaces the one before.
// (36万，不是，63万 or 36万，不，63万: a bare 不是 or 不 between two commas takes the figure before back; 40万，不是，是45万 and
// 30万不是，应该是35万 say the figure meant after it.)
export const CORRECTION =
  /(?<=[，,\s\d万元个场人户次])不是?(?=[，,\s]+(?:是|应该是|应为)?[\d零〇一二两三四五六七八九十])|(?:[哦噢呃额啊][，,\s]*)?(?:不对|错了|说错了|打错了|写错了|搞错了|(?:更正|纠正)(?:一下)?|(?:多|少)(?:打|写|输)了(?:一|1)?个?[0零〇]|(?:后来)?调整(?:成|为|到)|后来改(?:成|为)|变成了?)|[哦噢呃][，,\s]*(?=是|应该是)|[哦噢呃额啊][，,\s]*不(?:是)?(?=[，,\s])|应该是|改成|改为|实际上?|其实/g;
export const TOTAL = /累计|总共|一共|共计|合计|总计|共|总|截至|截止|到目前|至今|全部|加(?:在|到)?一?起/;
// 全县贫困村有120个, 全县一共有120个贫困村: the whole the figure is a share of, not what was achieved (覆盖了87个).
export const BASE = /^全(?:县|乡|镇|市|州)(?:一共|总共|共计?|总计)?(?:有)?[^，,]{0,4}(?:贫困村|贫困户|建档立卡|行政村|村|户)/;
export const ACHIEVED = /覆盖|带动|建成|完成|培训|招标|卖|支出|花/;
// 原来30个，本周新建5个: at a running total, what there was and what is new add up.
export const BEFORE_NOW = /原来|原有|之前|以前|上周|已有|前期/;
// The matters of the programme: an item naming none of them (场地费, 花椒8万) continues the list it follows.
export const MATTERS = /培训|站点|服务站|服务点|村级站|乡镇站|服务中心|公服|上行|物流|仓储|包装|品牌|贫困|流量|平台|楼堂馆所|工作经费|招标|网店|销售|零售/;
// 取消了1场, 比上周多20户, 同比增长15%: figures that are not parts of the answer.
export const NOT_A_PART = /取消|退|比|增长|减少|同比|环比|多了|少了/;
export const FAILED = /流标|废标|终止|取消|撤销|未完成|没完成|未成功|没成功|没招上|没办成|延期|推迟/;
export const PER = /每(?:个|场|次|人|户|家|期|村|站|名)?/;
// 先报3万, 就填5个: the words saying which figure goes in the report.
export const REPORT = /^(?:那|那就|就|先|暂时?|我|我们|这周|本周|这次)*(?:报|填|上报|填报|写|按)(?:上|了|个)?$/;
// 嗯, 整, 对, 就是: what a figure said again carries with it, naming nothing.
export const RESTATED = /^(?:嗯+|对|是|就是|也就是|即|整|吧|了|的|元整|[，,。\s])*$/;

// 没算, 未计入, 不在内, 另算: a figure said to be left out of the count.
const EXCLUDED = /(?:没|不|未)有?(?:算|计|统计|计入|算入|包括|包含|含)(?:进去|进来|在内|上|入)?$|不在内$|除外$|另算$/;
// 还有2万没结算, 5万未支付: a figure not paid yet, so not spent this week (我们还没付 alone says none).
const UNPAID = /(?:没|未|尚未|还没)有?(?:结算|支付|付款|付|拨付|报账|到账)(?:完|出去)?$/;
// 一共是30万 / 30万: a whole said bare or only as a total, naming no matter or time.
export const WHOLE_ONLY = /^(?:一|总)?共(?:计)?(?:是|有)?$|^(?:合计|总计)(?:是|有)?$|^$/;

/** Whether a clause's figure is said to be left out of the count, or not paid yet (a clause with no figure leaves nothing out). */
export const leftOut = (label: string, text: string): boolean => EXCLUDED.test(label) || (UNPAID.test(label) && /[\d一二两三四五六七八九十百千万]/.test(text));

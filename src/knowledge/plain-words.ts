import { FORMAL_WORDS } from './formal-words.ts';
import { NEWCOMER_WORDS } from './newcomer-words.ts';

/**
 * Everyday words for the notice's terms, as officials say them when they do not use the notice's own word
 * (挣钱 for 增收, 钱的去向 for 资金使用方向, 东一块西一块 against 集中公开). Word families, merged into SYNONYMS
 * (synonyms.ts), so they are applied to the notice and the question alike; longer variants are replaced first.
 */
export const PLAIN_WORDS: Readonly<Record<string, readonly string[]>> = {
  // 请外面的公司来培训, 外包公司: a firm outside the county's own offices is the notice's 企业 (支持电子商务企业、各类培训机构、协会…开展…培训).
  企业: ['外面的公司', '外边的公司', '外头的公司', '社会上的公司', '外包公司', '外面的企业', '外边的企业'],
  // 主要照顾谁: whom the work is for first is the notice's 服务重点 (not 聚焦, the place it is focused on).
  服务重点: ['主要照顾谁', '重点照顾谁', '主要照顾哪些人', '重点照顾哪些人', '照顾哪些人', '照顾哪些群体', '照顾谁', '主要帮谁', '重点帮谁', '主要扶持谁', '重点扶持谁'],
  // 有没有长远要求: what must last is the notice's 可持续发展 (能力).
  可持续发展: ['长远要求', '长远发展', '长远打算', '长效', '长远', '长久'],
  // 谁来主监管, 主抓监管: the body that oversees first is the notice's 主要监管单位.
  主要监管: ['主监管', '主抓监管', '牵头监管', '监管为主'],
  // 只给他们自己用，不对外: kept to the firm that built it, against the notice's 开放共享.
  开放共享: ['只给他们自己用', '只给他们用', '只给自己用', '只供自己用', '只自己用', '光自己用', '不对外', '不给外人用', '不让别人用', '不让别家用'],
  // 出台哪几个规定性文件: the rules a county draws up are the notice's 项目管理规定和资金管理规定.
  管理规定: ['规定性文件', '规范性文件', '管理性文件'],
  // 闲置的老粮站厂房, 老厂房: idle premises are the notice's 闲置厂房.
  闲置厂房: ['闲置的老厂房', '闲置的厂房', '闲置的旧厂房', '老厂房', '旧厂房', '废弃厂房', '闲置的仓库', '闲置的房子', '闲置的老粮站', '老粮站'],
  // 实操课: a hands-on course is the notice's 实操技能培训.
  实操技能培训: ['实操课', '实操培训', '实训课', '实操班', '手把手教'],
  // 食宿讲课费: the costs of a course are its 培训费.
  培训费: ['食宿费', '讲课费', '师资费', '课时费', '食宿讲课费', '培训食宿'],
  // 贴牌子: putting up a sign is the notice's 标识.
  标识: ['贴牌子', '贴个牌子', '贴标', '贴标签', '贴个标'],
  // 省市县三级怎么分工管理: how the levels divide the work is the notice's 管理体制 (省上统筹、市州监管、县负全责).
  管理体制: [
    ...['分工管理', '分工负责', '三级分工', '各级分工', '上下分工', '层级分工'],
    // 省州县三级咋分工, 省市县三级到底咋分工: the question word (and an adverb) between the levels and 分工.
    ...['三级', '各级', '上下', '省州县', '省市县', '省市州县'].flatMap((l) => ['', '到底', '究竟', '具体', '都'].flatMap((a) => ['咋', '怎么', '如何', '是怎么', '是咋'].map((w) => `${l}${a}${w}分工`))),
  ],
  // 州里替县上把项目定了: a level deciding the projects for the counties, against the notice's 各示范县自主统筹资金和项目.
  自主统筹: ['替县上定', '替县里定', '替县上决定', '替县里决定', '代县上定', '代县里定', '帮县上定', '帮县里定', '替县里拍板', '替县上拍板'],
  // 县上能不能自己定目标: the notice's 细化制定合理可行的工作目标 (各市县应结合当地实际情况…).
  制定工作目标: ['自己定目标', '自定目标', '目标自己定', '自己订目标', '自己制定目标', '自行确定目标', '自己定指标', '指标自己定'],
  // 归谁监管: who oversees (由谁监管).
  由谁监管: ['归谁监管', '归哪个部门监管', '归哪个单位监管'],
  // 果蔬, 糌粑: the county's own produce is the notice's 农产品 (as 牦牛肉, 青稞 are).
  农产品: ['果蔬', '瓜果', '水果', '蔬菜', '苹果', '糌粑', '藏香猪', '土鸡蛋'],
  补贴标准: ['补助标准', '奖补标准', '补贴的标准', '补助的标准'],
  // 就业挣钱: the notice's 就业增收; 多挣钱, 增加收入: its 增收 (农民增收). Not 挣钱 alone, which may be a firm's profit.
  就业增收: ['就业挣钱', '就业赚钱', '就业增加收入'],
  增收: ['增加收入', '收入增加', '多挣钱', '多赚钱', '增收致富'],
  // 目标定细一点: the notice's 细化 (细化制定…工作目标, 细化工作目标与任务).
  细化: ['定细一点', '定细一些', '定得细一点', '定得细一些', '定细些', '定得细些', '定得更细'],
  // 按自己情况: the notice's 结合当地实际 (情况).
  结合当地实际: ['按自己的情况', '按自己情况', '根据自己的情况', '根据自己情况', '看自己情况', '按本地情况', '根据本地情况', '按当地情况', '根据当地情况', '按实际情况', '看实际情况'],
  // 负责统一采购: the 配送中心's 统采分销 (not 统一采购 alone, which may ask about public procurement).
  统采分销: ['统一采购统一配送', '统一采购分销', '统一采购和分销', '负责统一采购', '承担统一采购', '管统一采购', '统一进货分销', '统一进货'],
  // 票据要存着, 存好备查: papers kept are the notice's 保存 (妥善保存…原始票据).
  保存: ['存着', '存好', '存起来', '留存', '留着备查', '存底'],
  // 钱的去向: where money goes is the notice's 使用方向.
  使用方向: ['去向', '钱往哪花', '钱用在哪', '钱用到哪', '资金用在哪'],
  // 东一块西一块的发: published piecemeal, against the notice's 集中公开.
  集中公开: ['东一块西一块', '东一下西一下', '东一点西一点', '零零散散', '零零碎碎', '分散公开'],
  // 政府指定一家来干, 直接指定一家: one firm named outright, against the notice's 充分竞争 and 市场化 (not 指定一家还是竞争, a choice).
  市场化: ['政府指定一家', '政府指定', '直接指定一家', '直接指定', '只找一家', '就找一家'],
  // 代缴水电费话费: paying bills on villagers' behalf is the notice's 代收代缴.
  代收代缴: ['代缴水电费', '代交水电费', '代交电话费', '代缴电话费', '代交电费', '代缴电费', '代交水费', '代缴水费', '代缴话费', '代交话费'],
  // 板子打谁: who is blamed is who is the 责任主体.
  责任主体: ['板子打谁', '打谁的板子', '打谁板子', '追谁的责', '谁担责', '谁背锅', '问责谁', '追究谁'],
  // 上网公开: put on line is the notice's 公开 (not 挂在网上, which may be goods put up for sale).
  公开: ['上网公开', '挂网公开', '对外公开'],
  // 内部掌握: kept inside the office is the other side of the notice's 公开 (全面、及时、准确、集中公开…资金安排).
  不公开: ['内部掌握', '内部知道就行', '内部知道', '内部留存', '内部传阅', '只在内部', '不对外公开'],
  // 全省有名的网货牌子: the notice's 网络知名品牌.
  网络知名品牌: ['有名的网货牌子', '网货牌子', '网货品牌', '网络品牌', '网上品牌', '网红牌子', '网红品牌', '网上有名的牌子', '网上的名牌'],
  相互交流: ['互相学', '相互学', '互学'],
  // 几家快递合一个点: several firms sharing one site is the notice's 多站合一.
  // 合在一块用: two networks' sites sharing one place, likewise.
  多站合一: ['合在一块用', '合在一起用', '合到一块用', '合到一起用', '放在一起用', '合并使用', '一点多用', '合一个点', '合成一个点', '合建一个点', '合用一个点', '共用一个点', '共建一个点', '合到一个点', '合并成一个点', '共用一个站点', '合用一个站点', '合建一个站点', '合成一个站'],
  // 算数不: whether a thing counts is asked as 算不算.
  算不算: ['算不算数', '算数不', '算数吗', '算数么', '作数不', '作不作数', '作数吗'],
  // 用地优惠政策: a favourable policy is what the notice calls a 鼓励扶持政策 (三（二）1's 财政、金融、土地、收费等政策).
  扶持政策: ['优惠政策', '优惠措施', '扶持措施', '支持政策', '帮扶政策'],
  // 项目内容随手换: changing at will is the notice's 调整 (不得随意调整变更).
  // 中途改一改: a change made along the way, likewise.
  调整: ['随便换', '随手换', '随意换', '随便改', '随手改', '随意改', '随便变', '乱改', '乱换', '换来换去', '改来改去', '改一改', '改一下', '改改', '中途改', '半道改', '半路改'],
  // 数据往外给, 外泄: handing a firm's data out is what the notice's 信息安全 guards against (依法保护项目承办单位信息安全).
  信息安全: ['往外给', '往外传', '外传', '外泄', '泄露', '泄漏', '给外人', '给别人看'],
  // 优先培训, 多培训: training stepped up for a group is the notice's 培训力度 (加大对…贫困户的培训力度).
  培训力度: ['优先培训', '多培训', '侧重培训', '优先参加培训', '优先参训'],
  // 政府和市场关系: the principle that sets them (政府引导、市场发力).
  政府引导: ['政府和市场关系', '政府跟市场关系', '政府与市场关系', '政府和市场之间的关系'],
  // 网上卖货: selling online, which the notice words as 网络销售 (促进措施, 企业) and as 网络零售 (额, the target's figure): one word.
  网络销售: ['网络零售', '网上卖货', '网上卖东西', '网上零售', '网上的销售', '网上销售'],
  // 网零: officials' short word for the target's figure itself (网络零售额).
  网络零售额: ['网上零售额', '网上销售额', '网络销售额', '网销额', '网零额', '网零'],
  // 盯这么紧: watched closely is the notice's 监管 (督促监管, 主要监管单位).
  监管: ['盯这么紧', '盯得这么紧', '盯得紧', '盯这么严', '盯得严'],
  // 帮贫困户代卖: selling for the poor households is the notice's 代销贫困户 (…种养殖特色农牧产品), not the service points' 代买代卖.
  代销贫困户: ['帮贫困户代卖', '替贫困户代卖', '给贫困户代卖', '帮贫困户卖', '替贫困户卖', '代卖贫困户', '帮贫困户代销', '替贫困户代销', '代贫困户卖'],
  // 看着定: settled as each place sees fit is the notice's 合理确定 (合理确定工作重点).
  合理确定: ['看着定', '看情况定', '酌情定', '酌情确定'],
  // 涨多快: how fast a figure grows is the notice's 增速.
  增速: ['增长要多快', '增长得多快', '增长多快', '涨得多快', '涨多快', '长多快', '增加多快'],
  长期闲置: ['趴账上', '躺在账上', '躺账上', '钱一直不用', '钱一直没用', '资金一直不用', '资金一直没用', '钱一直不花', '资金一直不花'],
};

/** Families merged: the variants of a canonical word both lists hold are joined. */
export function withPlainWords(base: Readonly<Record<string, readonly string[]>>): Readonly<Record<string, readonly string[]>> {
  const merged: Record<string, readonly string[]> = { ...base };
  for (const [canonical, variants] of [...Object.entries(PLAIN_WORDS), ...Object.entries(FORMAL_WORDS), ...Object.entries(NEWCOMER_WORDS)]) merged[canonical] = [...new Set([...(merged[canonical] ?? []), ...variants])];
  return merged;
}

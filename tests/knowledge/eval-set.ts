/**
 * The Q&A evaluation set: questions as county officials type them on phones (short, typos, abbreviations).
 * Answerable ones list the facts a correct answer must contain and the clause(s) that may serve it;
 * unanswerable ones list trap figures or words the answer must not state.
 */
export interface EvalCase {
  readonly q: string;
  readonly answerable: boolean;
  /** Every one must appear in the answer or its quotes. */
  readonly facts?: readonly string[];
  /** The clause that must serve the answer (any of these). */
  readonly clause?: readonly string[];
  /** None may appear anywhere in what the bot says. */
  readonly traps?: readonly string[];
  /** ISO time for "now" (default 2018-09-20 10:00 Shanghai). */
  readonly now?: string;
}

const A = (q: string, facts: readonly string[], clause: readonly string[], now?: string): EvalCase => ({ q, answerable: true, facts, clause, now });
const U = (q: string, traps: readonly string[] = []): EvalCase => ({ q, answerable: false, traps });

const FILING = ['letter-2', 'plan-4-2'];
const FORBIDDEN = ['letter-4', 'plan-4-5'];
const PUBLICITY = ['letter-3', 'plan-4-4'];

export const EVAL_SET: readonly EvalCase[] = [
  // The annex table and what follows from it.
  A('卓尼县补贴多少钱', ['1500万元'], ['annex-1']),
  A('桌尼的钱有多少', ['卓尼县', '1500万元', '桌尼'], ['annex-1']),
  A('迭部县分了多少资金', ['1500万元'], ['annex-1']),
  A('碌曲能拿多少', ['碌曲县', '1500万元'], ['annex-1']),
  A('舟曲县在不在名单里', ['是', '舟曲县'], ['annex-1']),
  A('临潭县是示范县吗', ['不是', '临潭县'], ['annex-1']),
  A('全省一共多少钱', ['30000万元'], ['annex-1']),
  A('20个县总共补多少', ['30000万元'], ['annex-1']),
  A('示范县总共几个', ['20个'], ['annex-1']),
  A('全省有多少个示范县？', ['20个'], ['annex-1']),
  A('甘南州有哪几个示范县', ['卓尼县', '迭部县', '舟曲县', '碌曲县'], ['letter']),
  A('我们州几个县入选了', ['4个'], ['letter']),
  A('甘南4个县一共多少钱', ['6000万元'], ['letter']),
  A('迭部是示范县不', ['是', '迭部县'], ['annex-1']),
  A('积石山县钱多少', ['1500万元'], ['annex-1']),
  A('示范县名单有哪些', ['崆峒区', '碌曲县', '张家川县'], ['annex-1']),
  A('每个示范县多少钱', ['1500万元'], ['annex-1']),
  A('叠部县补助资金', ['迭部县', '1500万元'], ['annex-1']),
  A('临夏市是不是示范县', ['是', '临夏市'], ['annex-1']),
  A('两当县给了多少补贴', ['1500万元'], ['annex-1']),
  // Ratios and the amounts they imply.
  A('上行资金比例多少', ['50%'], ['plan-3-1-3']),
  A('上行至少要花多少钱', ['750万元'], ['plan-3-1-3']),
  A('农产品上行占比不低于多少', ['50%'], ['plan-3-1-3']),
  A('卓尼县上行最少投多少', ['750万元'], ['plan-3-1-3']),
  A('公服中心最多能用多少', ['225万元'], ['plan-3-2-2']),
  A('公共服务中心资金比例上限', ['15%'], ['plan-3-2-2']),
  A('服务中心建设不能超过百分之几', ['15%'], ['plan-3-2-2']),
  A('公服中心能花多少？', ['15%', '225万元'], ['plan-3-2-2']),
  A('电商服务点覆盖率要达到多少', ['50%左右'], ['plan-1']),
  A('贫困村站点覆盖目标是多少', ['50%'], ['plan-1']),
  // Deadlines, with the clock at 2018-09-20 unless stated.
  A('实施方案啥时候报', ['9月30日', '10天'], FILING),
  A('方案报备截止时间', ['9月30日'], FILING),
  A('实施方案还有几天截止', ['还有10天'], FILING),
  A('招表啥时候截止', ['12月'], ['letter-2']),
  A('招标最晚什么时候完成', ['12月'], ['letter-2']),
  A('9月30号前要干啥', ['实施方案', '备案'], FILING),
  A('实施方案报给谁', ['省商务厅', '州商务局'], FILING),
  A('方案要报哪些部门备案', ['省商务厅', '省财政厅', '省扶贫办'], FILING),
  A('有哪些时间节点', ['9月30日', '12月'], FILING),
  A('实施方案还来得及报吗', ['已于2018年9月30日截止'], FILING, '2018-10-08T09:00:00+08:00'),
  A('招标还有多少天截止', ['还有', '天'], ['letter-2'], '2018-11-01T09:00:00+08:00'),
  A('12月底前要完成啥', ['招标'], ['letter-2']),
  A('报备要交哪些材料', ['实施方案', '项目管理规定', '资金管理规定'], FILING),
  // Forbidden uses.
  A('中央资金不能用在哪些地方', ['网络交易平台', '楼堂馆所', '工作经费', '购买流量'], FORBIDDEN),
  A('能用示范资金盖办公楼吗', ['不可以', '楼堂馆所'], FORBIDDEN),
  A('钱能拿去买流量不', ['不可以', '购买流量'], FORBIDDEN),
  A('可以建网络交易平台吗', ['不可以', '网络交易平台'], FORBIDDEN),
  A('项目资金能当工作经费用吗', ['不可以', '工作经费'], FORBIDDEN),
  A('电商进农村的钱能盖楼不', ['不可以', '楼堂馆所'], FORBIDDEN),
  // Principles, work content, training.
  A('基本原则是啥', ['上下联动', '聚焦精准', '因地制宜', '政府引导'], ['plan-2']),
  A('省市县各管什么', ['省上统筹、市州监管、县负全责'], ['plan-2-1']),
  A('支持方式有哪些', ['以奖代补', '贷款贴息'], ['plan-3']),
  A('示范县可以用贷款贴息吗', ['贷款贴息'], ['plan-3']),
  A('培训对象有哪些', ['基层党政干部', '返乡农民工'], ['plan-3-3']),
  A('培训要留记录吗', ['培训记录'], ['plan-3-3']),
  A('培训费有啥规定', ['培训费管理办法'], ['plan-3-3']),
  A('陪训主要培训啥内容', ['包装'], ['plan-3-3']),
  A('培训要符合啥规定', ['培训费管理办法'], ['plan-3-3']),
  A('物流体系建设有啥要求', ['最后一公里'], ['plan-3-1-2']),
  A('县级配送中心干啥用', ['分拣'], ['plan-3-1-2']),
  A('品牌认证支持哪些', ['地标保护', '有机'], ['plan-3-1-1']),
  A('公服中心建设坚持什么原则', ['实用、节约'], ['plan-3-2-2']),
  A('公共服务体系要拓展哪些功能', ['代收代缴'], ['plan-3-2-2']),
  A('要对贫困户摸底吗', ['摸底调查'], ['plan-3-2-3']),
  // Disclosure, signage, complaints.
  A('专栏设在哪', ['门户网站'], PUBLICITY),
  A('要公示哪些信息', ['资金安排'], PUBLICITY),
  A('信息公开要上报哪个网站', ['甘肃商务网'], PUBLICITY),
  A('项目上要挂什么牌子', ['电子商务进农村综合示范项目'], ['plan-4-3']),
  A('标识写什么字', ['电子商务进农村综合示范项目'], ['plan-4-3']),
  A('举报渠道要提供几级', ['三级'], ['plan-4-3']),
  A('群众投诉渠道怎么设', ['举报监督渠道'], ['plan-4-3']),
  A('信息报送要对接哪个系统', ['农村电子商务信息系统'], ['plan-4-4']),
  A('项目承办单位信息要保密吗', ['信息安全'], ['plan-4-4']),
  // Supervision, evaluation, sanctions, responsibilities.
  A('谁来搞绩效评价', ['第三方机构'], ['plan-6']),
  A('考核不合格会怎么样', ['取消示范县资格'], ['plan-6']),
  A('会不会收回资金', ['收回已拨付专项资金'], ['plan-6']),
  A('长期闲置的资金咋处理', ['统筹安排'], ['plan-6']),
  A('谁是第一责任主体', ['省商务厅'], ['plan-5']),
  A('县政府负什么责', ['直接责任主体'], ['plan-5', 'letter-1']),
  A('州商务局干啥的', ['主要监管单位'], ['letter-1', 'plan-5']),
  A('票据要保存吗', ['原始票据'], ['plan-5']),
  A('要建台账吗', ['台账'], ['plan-5']),
  A('实施方案能随便调整吗', ['不得随意调整变更'], ['plan-4-2']),
  A('方案要变更怎么办', ['省商务厅审核备案'], ['plan-4-2']),
  A('能不能建电商产业园', ['电商产业园区'], ['plan-4-5']),
  A('协调机制的组长由谁担任', ['主要领导任组长'], ['plan-4-1']),
  A('总结宣传有啥要求', ['典型经验'], ['plan-4-6']),
  A('支持项目要开放共享吗', ['开放共享'], FORBIDDEN),

  // Not in the notice: per-unit subsidies, matching, the evaluator's name, payment, other years or provinces, contacts…
  U('每个村级站点补贴多少钱', ['万元']),
  U('站点建设补助标准是多少', ['万元']),
  U('地方要配套多少钱', ['%']),
  U('县财政配套比例是多少', ['50%', '15%']),
  U('第三方评估机构是哪家', ['公司']),
  U('绩效评价的第三方公司叫啥'),
  U('资金分几批拨付', ['批次为']),
  U('钱什么时候到账', ['月']),
  U('中央资金啥时候下达'),
  U('2019年的示范县有哪些', ['卓尼县']),
  U('陕西的示范县补多少', ['1500']),
  U('去年的项目资金有多少', ['1500', '30000']),
  U('培训一个人补多少钱', ['元']),
  U('培训要培训多少人', ['人次']),
  U('举报电话是多少', ['12345']),
  U('甘肃商务网网址是啥', ['http', 'www']),
  U('附件2考核怎么打分', ['满分', '分值为']),
  U('项目验收什么时候搞', ['9月30日', '12月']),
  U('工作人员工资能发多少', ['万元']),
  U('快递补贴每单补多少', ['元']),
  U('贷款贴息比例是多少', ['50%', '15%']),
  U('以奖代补的奖励标准', ['万元']),
  U('物流配送中心面积要多大', ['平方米']),
  U('电商服务站要配几台电脑', ['台电脑']),
  U('州里多久检查一次', ['每月', '每季度']),
  U('网络零售额要增长百分之多少', ['50%', '15%']),
  U('公示要公示多少天', ['7天', '30天']),
  U('电商培训每期多少天', ['天']),
  U('合作社能拿多少补贴', ['万元']),
  U('能不能用资金买车'),
];

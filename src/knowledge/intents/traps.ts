import { refuse } from '../phrasing.ts';
import { QUANTITY_SLOT } from '../question.ts';
import { intent } from './types.ts';

/**
 * Questions the notice leaves open that a careless reading would answer from the nearest
 * clause: the annex not in the notice, the evaluator's name, contacts, penalties, matching
 * funds, payment schedules, per-unit subsidies, salaries. Each is refused, naming what is open
 * (and quoting the nearest clause where there is one).
 */

interface Trap {
  readonly id: string;
  readonly test: (q: string) => boolean;
  readonly what: string;
  /** The clause role whose text is nearest, if any. */
  readonly near?: 'evaluation' | 'workContent';
}

/** 第三方是谁组织的, 谁委托第三方: who brings the evaluator in, which the notice says (省商务厅会同…依托第三方机构), not its name. */
const ORGANISER = /(?:是)?谁(?:来)?(?:组织|牵头|委托|请|找|聘请?)的?|(?:组织|牵头|委托)(?:的)?(?:是|单位是?)谁|哪个部门(?:组织|牵头|委托)/;

const EVALUATOR_NAMED = (q: string) =>
  // 第三方评价谁组织 asks who organises it, which the notice names (省商务厅会同…依托第三方机构), not the institution.
  !((ORGANISER.test(q) || /谁(?:来)?(?:组织|牵头|委托|主持|安排)/.test(q)) && !/哪家|哪一家|公司|名字|名称|叫啥|叫什么/.test(q)) &&
  // 第三方物流 (快递, 配送) is a kind of firm the notice names (三（一）2), not the evaluator.
  ((/第三方(?!物流|快递|配送|仓储|运输)/.test(q) || /(评价|评估|考核|验收)(机构|公司|单位)/.test(q)) &&
    /哪家|哪个|哪一家|什么公司|什么单位|什么机构|公司|名字|名称|叫啥|叫什么|是谁|谁家|哪些机构|怎么选|如何选|选定|确定|谁/.test(q)) ||
  // 会同哪些单位做评价 asks the bodies the clause names (省商务厅会同省财政厅、省扶贫办), not the institution.
  /(?<!会同)(哪家|哪个|什么|哪些)(机构|公司|单位).{0,4}(评价|评估|考核|验收)|谁来(搞|做|开展|进行)?(绩效)?(评价|评估|考核|验收)|(评价|评估|考核|验收)(是)?(由)?谁来?(做|搞)/.test(q);

const TRAPS: readonly Trap[] = [
  {
    id: 'refusal:annex-2',
    // 附件2是什么文件, 附件2呢, 附件2 是个啥 ask which document it is (documents.ts), not what it holds.
    // 附件2附在文件里了吗, 一起转来没有: whether it is attached is the annex list's (documents.ts), which says its text is not here.
    test: (q) => (/附件2|附件二/.test(q) && !/有没有附|附没附|附在|附了|附上|一起转|一并转|转来|转过来|随文|是(?:什么|啥|哪个)文件|叫(?:什么|啥)|名称|全称|标题|是不是附件|是附件[2二](?:吗|不|么|没)|^(?:那)?附件[2二](?:呢)?[，,]?(?:(?:是|叫)个?(?:啥|什么|哪个)(?:东西|文件)?)?[?？]?$/.test(q)) || /扣.{1,4}分|打分|评分|分值|权重|得分|多少分|扣分|加分|扣几分|指标体系|考核细则|考核办法(?![^，。？?]{0,3}(?:全称|全名|名称|标题|名字)).{0,6}(内容|怎么|细则|具体|指标)|(?:占|得|拿|算|给)几分|\d+\s*分(?=[才就算以及合达为是吗]|$)|(?:合格|及格)(?:线|分数)|分数线|(指标|考核).{0,4}(具体数|目标值|多少)/.test(q),
    what: '绩效考核的具体指标和评分办法（附件2《绩效目标考核办法》不在本通知正文中）',
    near: 'evaluation',
  },
  { id: 'refusal:evaluator', test: EVALUATOR_NAMED, what: '由哪一家第三方机构开展绩效评价和验收，只写明“依托第三方机构”', near: 'evaluation' },
  {
    id: 'refusal:contact',
    test: (q) => /(电话|号码|手机|网址|链接|邮箱|联系人|联系方式|地址|二维码|热线|微信号|qq).{0,4}(是|多少|哪|什么|啥|给|告诉|有没有|发)|(多少|什么|哪个|啥).{0,3}(电话|号码|网址|邮箱|地址)|^(电话|网址|联系方式|联系人)/.test(q) ||
      // 举报电话?: a contact named bare is asked for (the synonyms would read it as 举报); not 要不要公布举报电话.
      /^[^吗么呢啥谁哪几怎咋要不没有]{0,6}(电话|热线|联系方式|联系人|邮箱|网址)[?？]?$/.test(q),
    what: '具体的联系方式或网址',
  },
  {
    id: 'refusal:penalty',
    test: (q) => /处罚|处分|罚款|问责|追责|惩罚|责任追究|纪律处分|追究.{0,4}责任|罚(?:不罚|吗|么|钱|没|多少)|[挨受被]罚|会不会罚/.test(q) && !/(考核|评价|绩效).{0,6}不合格/.test(q),
    // Not 处罚或处分: the refusal repeats no sanction the notice never names.
    what: '违反有关要求时的具体惩戒办法',
  },
  {
    id: 'refusal:matching',
    test: (q) =>
      // 加强综合服务功能配套 (三（一）1's heading), 配套的哪些制度: 配套 of functions, facilities or rules is what goes with a thing, not matching money.
      /配套(?!政策|功能|设施|服务|出|制定|的?(?:哪些|啥|什么|哪几项)?(?:制度|政策|设施|服务|措施|规定|文件|体系|办法))(?:(?<!加强[\u4e00-\u9fa5]{0,6}配套|(?:功能|服务|设施)配套)|(?=资金|的?钱|经费|比例|多少))|自筹|地方财政.{0,4}(出|拿|投)|县级财政.{0,6}(比例|多少)|省级财政.{0,6}(比例|多少|配)|县财政.{0,4}(出|拿|投)/.test(q) ||
      // 州里给多少: money, not 州里这文发给哪几个县.
      (/(州级|州里|州上|市级|市里|县级|县里|省级|省里)(财政)?.{0,3}(给|配|出|拿|补).{0,8}(多少|几)/.test(q) && /钱|资金|经费|万|补/.test(q)),
    // Not 地方配套资金的比例: that would presume a matching requirement the notice never sets.
    what: '地方是否需要配套以及配套的比例或金额',
    near: 'workContent',
  },
  {
    id: 'refusal:payment',
    test: (q) =>
      /(拨付|拨款|下达|到账|到位|打款|下拨|拨).{0,6}(时间|什么时候|啥时候|何时|几批|几次|进度|比例|多少|节奏|方式|一半|半数|[一二三四五六七八九几]成)|(?:咋|怎么|如何)(?:拨|下拨|拨付)|分几批|分批|几批|(?<![开办搞举])几期(?![\u4e00-\u9fa5]{0,4}(?:培训|班|讲座))|分期|到账|预付|进度款|尾款|首付|(什么时候|啥时候|何时).{0,6}(拨|到账|下达|到位|给资金|下来)/.test(q),
    what: '资金拨付的时间、批次或比例', // (开几期培训 counts training sessions, not instalments)
  },
  {
    id: 'refusal:per-unit',
    test: (q) =>
      (/(每个|每一个|每|单个|一个).{0,2}(服务点|村|户|人|乡镇|乡|镇|中心|企业|合作社|学员|贫困户|站|网点|点|场|期|班|单|家|店|门店|体验店)/.test(q) && QUANTITY_SLOT.test(q) && /补贴|补助|资金|钱|标准|奖励|经费|费用|给多少|拿多少|分多少|补多少/.test(q) && !/每个?示范县|每个?县/.test(q)) ||
      // 服务点统一补3万: an amount per unit told, likewise.
      /(?:服务点|站点|网点|村|户|企业|合作社|学员)(?:统一|都|一律|各)?(?:补|给|发|奖)(?:贴|助|励)?\d+(?:\.\d+)?(?:万|千|元)/.test(q),
    // Not 每户 or 每人: the refusal names the units without saying a figure per unit exists.
    what: '按服务点、村、户或人计算的补贴标准或金额',
  },
  {
    id: 'refusal:named-company',
    // 哪些企业可以参与物流 asks a kind of company, which the notice names; 承办企业定了哪些 asks names (培训由谁来办，公司可以承担吗 does not).
    test: (q) =>
      /企业|公司|承办|中标|供应商|运营商|服务商|快递/.test(q) &&
      (/哪家|哪一家|哪个企业|哪个公司|叫什么|叫啥|名字|名称|(?:企业|公司|承办|中标|商|方|单位)(?:的|单位)?(?:是|为)谁|定了|选了|选定|确定了/.test(q) || (/哪些企业|哪些公司/.test(q) && /承办|中标|指定|合作/.test(q))) &&
      !/责任|监管|主体/.test(q),
    what: '具体由哪家企业承办或中标',
  },
  {
    id: 'refusal:issue-date',
    test: (q) => /(印发|发布|发文|签发|下发|成文|落款)(的)?(日期|时间)|(哪天|哪一天|什么时候|啥时候|啥时|何时|几号|几月几[号日])(印发|发布|发的|下发|签发)/.test(q) || (/(时候|哪天|几号)(签的|签字)/.test(q) && /签发人|通知|文件|号文/.test(q)),
    what: '本通知的成文时间（扫描件中没有落款日期）',
  },
  {
    id: 'refusal:other-funds',
    test: (q) => /同时申请|重复申请|叠加|(省级|市级|县级|其他|别的).{0,4}(专项资金|专项|资金|项目).{0,4}(申请|拿|享受)|还能.{0,4}申请.{0,6}(资金|专项|项目)/.test(q),
    what: '示范县能否同时申请其他专项资金或项目',
  },
  {
    // 服务点覆盖率现在到多少了: how far a county has got is its own data, never the notice's (which gives targets).
    id: 'refusal:progress',
    test: (q) => /(现在|目前|眼下|已经|实际).{0,6}(到|达到|完成|建了|有)了?多少|(到|达到|完成)多少了/.test(q),
    what: '各地目前的实际进度或完成情况（通知只规定了目标和要求）',
  },
  {
    // 签发人是什么职务: the notice names people only as signers, never their posts.
    id: 'refusal:person-title',
        // 签发人是哪个局的领导: the signer's own office too (哪个单位签发的 asks the letter's issuers, which it names).
    test: (q) =>
      (/职务|职位|职级|级别|职称|分管|什么官/.test(q) && /签发|签字|同志/.test(q)) ||
      (/(?:哪个|哪家|什么|啥)(?:局|厅|单位|部门)的(?:领导|干部|负责人|人)?|(?:什么|啥)(?:领导|干部)/.test(q) && /签发人|同志/.test(q)),
    what: '有关人员的职务或分工',
  },
  {
    // 下达资金的指标文件文号: documents the notice does not contain or cite.
    id: 'refusal:other-document',
    test: (q) => /(?:指标|下达|拨款|拨付|批复|立项|预算)[^，,。？?]{0,8}(?:文件|文|通知)/.test(q) && /文号|编号|几号|多少号|叫什么|叫啥|名称|全称|标题/.test(q),
    what: '您所问的这份文件及其文号（通知正文未引用）',
  },
  {
    // 覆盖率如何计算, 上行50%的口径: the notice sets the figures, not how they are counted.
    id: 'refusal:definition',
    // 零售额用谁的数据: whose figures count is how it is counted too; 按村数算还是按人口算: the notice counts no figure by people
    // or households (按比例算, 按中央的钱算 are its own terms).
    test: (q) =>
      /口径|如何计算|怎么计算|怎么算|计算方法|计算公式|统计方法|分母|按(?:人口|人数|人头|户数|户籍)|(?:谁|哪个部门|哪家|哪级|什么|啥)的(?:数据|信息|数)|数据来源|(?:数据|信息)(?:从哪|哪来)|统计数据/.test(q) &&
      /比例|覆盖率|%|百分|上行|公服中心|增速|零售额/.test(q),
    what: '比例或指标的计算口径（哪些项目或支出计入）',
  },
  {
    // 碌曲县要建多少个服务点: the notice sets a coverage share, never a number of sites (贫困村有80个 told: the share gives it, ratios.ts).
    id: 'refusal:site-count',
    test: (q) => /(?:建|设|铺|布|设置|建设)(?:多少|几)个/.test(q) && /服务点|网点|公服中心|中心|村/.test(q) && !/村\p{Script=Han}{0,3}\d+个/u.test(q),
    what: '需建设的服务点等的具体数量（通知只规定了覆盖率目标）',
  },
  {
    // 计划表里各县建设内容怎么分: the table lists each county's money only, not what it is spent on.
    id: 'refusal:table-columns',
    test: (q) => /计划表|附件1|附件一/.test(q) && /建设内容|分项|明细|细目|项目名称|具体项目|用途|构成/.test(q) && !/资金|钱|补贴|万|多少|几个/.test(q),
    what: '各示范县建设内容的分项或明细（附件1只列出各示范县的补贴资金）',
  },
  {
    // 计划表要报给谁, 附件1要不要我们填: the annex lists each county's money as the plan sets it; no one is asked to fill in or file it.
    id: 'refusal:table-filing',
    test: (q) => /计划表|附件1|附件一/.test(q) && /(?:填|报|交|上报|报送|提交|送)(?:给|到)?(?:谁|哪|什么时候|啥时候|几号|几月)|(?:什么时候|啥时候|几号|几月|何时)(?:要|得)?(?:填|报|交|上报|报送|提交)|(?:要|得|需要|怎么|咋|如何|谁来?)(?:我们|县里|示范县)?(?:填|填报|上报|报送|提交|交)(?!易)/.test(q),
    what: '附件1建设计划表由谁填报或报送（附件1列明各示范县的补贴资金，通知没有要求示范县填报）',
  },
  {
    // 省商务厅哪个处管: a department's internal divisions are never named (什么处置依据, 什么处理规定: 处 of a verb is none).
    id: 'refusal:division',
    test: (q) => /(?:哪个(?:处|科|股)|什么(?:处|科))(?!置|理|罚|分|境|于|在)|哪个?(?:处室|科室)|[处科股]长|电商处|电子商务处/.test(q),
    what: '具体负责的内设处室或科室',
  },
  {
    // 收回的资金退到哪, 调剂给哪些县: what becomes of money taken back is not said.
    id: 'refusal:recovered-funds',
    // 收回的钱再分给谁: to whom it is handed on is its destination too.
    test: (q) => /(?:收回|追回|退回|缴回)[^。？?]{0,16}(?:退到|调剂|给哪|归谁|去向|怎么用|如何使用|用途|用在|哪去|哪里|账户|分给|给谁|再分|分配|重新安排)/.test(q),
    what: '收回资金的去向或使用安排',
    near: 'evaluation',
  },
  {
    // 不合格以后还能再申报吗: what follows a lost qualification is not said.
    id: 'refusal:reapply',
    test: (q) => /(?:再|重新|再次)(?:申报|申请|参评|入选|报名)/.test(q),
    what: '能否再次申报或参评',
  },
  {
    // 能不能搞邀请招标: the notice sets the tendering deadline, not the procurement method.
    id: 'refusal:procurement-method',
    // 公开招标信息 is publishing tender information, not the open-tender method; 走政府采购网还是交易中心 asks the venue.
    test: (q) => /邀请招标|公开招标(?![等的]?(?:信息|相关|情况|公告|结果|内容))|竞争性谈判|竞争性磋商|单一来源|询价|直接委托|招标方式|采购方式|政府采购网|采购平台|招标平台|公共资源交易|交易中心/.test(q),
    what: '招标采购的具体方式或平台',
  },
  {
    // 培训机构咋选: how providers are chosen is not said.
    id: 'refusal:selection',
    test: (q) => /(?:咋|怎么|如何)(?:选|挑|遴选|确定)|遴选/.test(q) && /机构|企业|公司|单位|承办|供应商|服务商/.test(q),
    what: '承办单位或机构的选定方式',
  },
  {
    // 县长签不签责任书: a written pledge the notice never requires (it assigns responsibility in 五、责任分工).
    id: 'refusal:pledge',
    test: (q) => /责任书|责任状|承诺书|军令状|保证书/.test(q),
    what: '是否另需书面文书（通知只规定了各级的责任分工）',
  },
  {
    // 每户一年增收要达到多少: the notice sets no income figure per household or person.
    id: 'refusal:income-target',
    test: (q) => /(?:每户|户均|每人|人均|每个贫困户|一户)[^，,。？?]{0,8}(?:增收|收入)[^，,。？?]{0,8}(?:多少|几|标准)/.test(q),
    what: '按户或按人计算的增收数额',
  },
  {
    // 满意度咋调查，抽多少人: the notice lists 公众满意度 among the indicators, never how it is surveyed.
    id: 'refusal:survey-method',
    // 绩效评价怎么评 alone is answered by what is checked and evaluated (六); a survey's form is not.
    test: (q) =>
      (/满意度/.test(q) && /问卷|调查|抽样|样本|测评方法|(?:怎么|咋|如何)(?:测|调查|打分|评)|抽(?:多少|几)/.test(q)) ||
      (/绩效|考核|评价|验收/.test(q) && /问卷|抽样|样本/.test(q)),
    what: '公众满意度等指标的具体测评或调查方法（通知只写明评价公众满意度等各项指标）',
    near: 'evaluation',
  },
  {
    // 能不能直接补给贫困户: the notice names 以奖代补、贷款贴息 as ways of support, never a payment to a household or person.
    id: 'refusal:direct-payment',
    test: (q) => /直接(?:补贴|补助|补给|发给|发钱|给钱|奖励)|(?:补|发|给)(?:到|给)(?:户|个人|农户|贫困户)/.test(q) && /贫困户|农户|个人|每户|老百姓|群众|村民/.test(q),
    what: '能否将资金直接补贴给贫困户或个人（通知只写明示范县可以采取以奖代补、贷款贴息等支持方式）',
  },
  {
    // 纸质版交几份，要不要盖章: how papers are submitted is not said.
    id: 'refusal:paper-form',
    test: (q) => /几份|多少份|一式|纸质|盖(?:\p{Script=Han}{0,6})章|公章/u.test(q),
    what: '报送材料的份数、形式或用印要求',
  },
  {
    // 财建256号的支出范围是哪几条: the cited documents' own articles are not in the notice.
    id: 'refusal:cited-articles',
    test: (q) => /财建|财预|财办建|财政部|管理办法|暂行办法/.test(q) && !/州|183/.test(q) && /第[几\d一二三四五六七八九十]+条|哪几条|哪些条款|具体条款|条款内容/.test(q),
    what: '所引文件的具体条款内容（通知只引用了文件名称和文号）',
  },
  {
    // 工作经费不能用项目资金，那从哪出: where a spending the central funds may not pay for is paid from instead is not said.
    id: 'refusal:other-source',
    test: (q) => /工作经费|办公经费|工资|流量|交易平台|楼堂馆所/.test(q) && /从哪|哪里出|哪儿出|哪来|谁出|谁掏|谁付|谁承担|(?:什么|啥|哪笔)(?:钱|资金|经费)(?:出|付|支)|(?:从|在)哪.{0,4}列支/.test(q),
    what: '这类支出应从哪里列支（通知只规定中央财政资金不得用于网络交易平台、楼堂馆所建设、工作经费和购买流量等支出）',
  },
  {
    // 县里方案要县长签字吗: whose signature a county's own papers need is not said (the notice names only its own 签发人).
    id: 'refusal:signature',
    test: (q) => /签字|签名|签批|签章/.test(q) && !/签发人|签法人|谁签|签的/.test(q) && /要|需|得|必须|须|用不用|吗|不|还是/.test(q),
    what: '有关材料是否需要负责人签字（通知只写明本通知的签发人）',
  },
  // 示范县是哪年哪批定的: the notice lists this year's counties, never the batch or year each was chosen in.
  { id: 'refusal:batch', test: (q) => /哪一?批|第几批|批次/.test(q) && !/拨|资金|钱/.test(q), what: '各示范县确定的年份或批次' },
  { id: 'refusal:salary', test: (q) => /工资|薪酬|劳务费|人员经费|编制|讲课费|课时费/.test(q) && QUANTITY_SLOT.test(q), what: '人员工资或劳务费用的标准' },
];

export const traps = intent({
  id: 'refusal:trap',
  recognise: (question) => TRAPS.find((t) => t.test(question.q) || t.test(question.raw)),
  answer: (trap, question, kb) => refuse(kb, question.q, trap.what, trap.id, trap.near ? kb.data.clauseRoles[trap.near] : undefined),
});

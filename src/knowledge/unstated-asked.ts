import { canonicalise } from './text.ts';

/**
 * The patterns unstated.ts checks a question and its best clause with: what is asked
 * (a body, a post, a signature, a period, a handover …) and what a clause must say to answer it.
 */

/** A clause's own words, without the titles of the documents it cites (《…培训费管理办法》 sets no fee of its own). */
export const ownWords = (body: string): string => body.replace(/《[^》]*》/g, '');


/**
 * 方案省里批了没有, 资金拨了吗, 已经拿过: whether an act has already happened in a county. The notice sets what is
 * to be done and by when; it cannot say what has been done since (not 提了没, which asks what the notice says).
 * 批下来了没, 拨下去了吗: the same with the direction the act went.
 */
const HAPPENED =
  /(?:批|审批|批复|审核|备案|拨|拨付|下拨|下达|到位|到账|出台|印发|下发|验收|收到)(?:下来|下去|上去)?(?:了|过)(?:没有?|吗|没)$|(?:已经|早就?|之前)\p{Script=Han}{0,2}(?:拿|领|得|申请|批|拨|享受)过|有没有收到|收没收到|收到没有?$/u;

/** Whether the question asks if an act has already happened (HAPPENED), its closing punctuation aside. */
export const askedIfHappened = (asking: string): boolean => HAPPENED.test(asking.replace(/[\p{P}\p{S}\s]+$/u, ''));

/** 扣钱, 赔偿, 罚款, 处分: a penalty or compensation, which only a clause that sanctions (取消资格, 收回资金) speaks of. */
export const PENALTY = /扣(?:钱|款|资金|多少)|赔偿|赔付|罚款|罚多少|处罚|处分|问责|追责/;
export const SANCTIONS = /取消|收回|追究|处罚|处分|问责|赔/;

/** 州纪委会不会参与, 移交县档案馆: a body the notice never names, when the part that asks is about it (档案 reads 存档). */
export const BODY = /纪委|监委|纪检|审计|(?:档案|存档)馆|公安|法院|检察院|税务|人社|住建|自然资源|国土|银行/g;
/** …as the one that acts (会不会参与, 要不要移交给它), not a background (审计看中央资金按啥规定). */
/** …or as the one asked for (审计是哪个部门来审, 审计由谁来做, 审计谁搞). */
export const ACTS = /^\p{Script=Han}{0,3}?(?:会不会|要不要|参不参与|参与|参加|来不来|介入|监督|检查|牵头|协调)|^$|^是?由?(?:哪个|哪家|哪一级|什么|啥)(?:部门|单位|机构)|^是?由?谁/u;
/** 哪个副县长牵头: a named post (the notice names bodies, never an official's post). */
/** 组长得是县长吗, 必须由书记牵头吗: a post required for a role, likewise (the notice says 主要领导, no post). */
export const POST = /(?:哪个|哪位|哪一位|什么|啥)(副?(?:县长|州长|市长|书记|局长|主任))|(?:得|必须|须|非得|一定要?|只能)(?:由|让)?是?(副?(?:县长|州长|市长|书记|局长))/;
/** Whether the notice names the post (示范县长期闲置 is 示范县 + 长期, no 县长). */
export const namesPost = (allText: string, post: string): boolean => new RegExp(`${post}(?!期)`).test(allText);


/**
 * 合作社能直接申报项目资金吗, 申报条件是啥: who may apply for the money, or on what conditions, which the notice never sets
 * (its 申报 is the counties' 项目申报方案 and 申报程序, its 申请 a product's 认证).
 */
export const APPLIES = /(?:能|可以|能不能|可不可以|能否|怎么|咋|如何)(?:直接|单独|自己)?(?:申报|申请)(?:项目)?(?:资金|补贴|补助|专项)|(?:申报|申请)的?(?:条件|门槛|资格)/;
export const SETS_APPLYING = /(?:申报|申请)(?:条件|门槛|资格|主体)|可(?:以)?(?:申报|申请)(?:项目)?(?:资金|补贴|补助)/;


/** 有统一文件不, 有没有专门的办法: a document of its own on the subject, when the clause cites none. */
export const OWN_DOCUMENT = /(?:统一|专门|配套|单独)的?(文件|办法|细则|规范|指南)/;

/**
 * 州上有没有自己的考核办法, 县级实施细则: a document of a level's own (州级, 州里自己的), which a clause answers only where
 * a sentence naming a document of that kind names that level too (甘肃省…考核办法 is the province's, 示范县…工作方案 the county's).
 */
const LEVEL_DOCUMENT = /([省州市县])(?:级|里自己|上自己|自己|本级)的?\p{Script=Han}{0,8}?(办法|细则|制度|规定)/u;
export function levelDocumentElsewhere(asking: string, body: string): boolean {
  const m = LEVEL_DOCUMENT.exec(asking);
  return !!m && !body.split(/[。；]/).some((s) => s.includes(m[2]!) && s.includes(m[1]!));
}

/** 执行哪个地方标准: a standard of a level by its name, which a clause quoting none (标准化 is no standard's name) does not give. */
export const NAMED_STANDARD = /(?:哪个|哪项|哪一个|哪种|哪类|什么|啥)(?:地方|国家|行业|省级)标准|(?:地方|国家|行业)标准(?:是|有)/;

/** 上行资金里冷链能占一半: the share of an item within a subject, when the clause does not name the item. */
export const SHARE_OF = /(?:里|中|当中|里面|之中)的?(?!资金|钱|经费)(\p{Script=Han}{2,6}?)(?:能|可以|要|应|得|最多|至少)?占/u;

/** 要不要独立法人, 是不是事业单位: a body's legal form, which only a clause that names one states. */
export const LEGAL_FORM = /独立法人|法人(?:资格|单位|实体|登记)|事业单位|独立核算/;

/** 已经脱贫的户还算不算: a subject that has left its category, which the clause does not speak of (it names 贫困户, not 已脱贫户). */
export const LEFT = /(?:已经|已)(脱贫|退出|摘帽|出列|销号|注销|倒闭|停业|搬迁|迁出)/;

/** 州里要不要留一块, 省里截留多少: a share of the money kept back by a level, which a clause that keeps none back does not state. */
export const RETAINED = /截留|提留|扣留|留(?:一块|一部分|一点|点|些|成)/;

/** 钱分到哪些乡镇: how a county's money is divided among places or projects, which only a clause that divides money states. */
export const DIVIDED = /(?:分到|分给|分配到|分配给|落到|拨到|下到)(?:哪些|哪几个?|哪个|各个?)(?:乡镇|乡|镇|村|项目|企业)/;

/** 谁来核定, 谁认定: who decides a matter, when the clause never uses the deciding verb. */
/** 名单谁来定, 按啥标准认定: likewise who settles a matter, or by what standard it is settled. */
export const DECIDES =
  /谁(?:来|去|负责)?(核定|认定|审定|评定|核实|核查|确认|判定|裁定|核算|确定|选定|定)|(?:按|依据|根据|凭)(?:啥|什么|哪个|哪些|哪种)(?:标准|条件|办法|依据)?(认定|识别|确定|评定|界定|划定)/;

/** 要不要请监理, 得聘请律师吗: a party that must be hired, when the clause does not name it. */
export const HIRED = /(?:要不要|需不需要|需要|用不用|得|必须)(?:请|聘请|聘|雇|委托)(\p{Script=Han}{2,4}?)(?:吗|不|没有?|来|$)/u;

/**
 * 专业团队是县上聘的还是省上派的, 讲师谁派: who hires or sends a party, when the clause names no hiring or sending
 * (依托第三方机构 is the province's engaging of one).
 */
export const SENT_BY = /谁(?:来|去|负责)?(?:聘|派|请|委托|选派|找)|(?:聘|派|请|找)的还是|还是\p{Script=Han}{0,3}(?:聘|派)的?$/u;

/** 龙头企业有没有名单: a roster of parties (firms, cooperatives, households), which the notice never gives (its list is of counties). */
export const ROSTER = /(?:企业|合作社|单位|机构|公司|服务商|网店|农户|贫困户|站点|服务点)\p{Script=Han}{0,2}?(?:有没有|有无|的)?(?:名单|名录)/u;

/**
 * 省里的钱上行占几成, 用县财政自己的钱建行不行: money of a level or a purse the clause does not speak of
 * (its shares and limits are the central money's).
 */
export const OTHER_MONEY = /([省州市县]级(?:财政)?|地方|自筹|配套)(?:资金|配套|的钱)|([省州市县](?:里|上)?财政|本级财政|自有)(?:自己|自有)?的?(?:资金|钱)/;

/** 快递补贴能不能算进上行的50%里: whether an item counts toward a share, when the clause does not name the item. */
export const COUNTED = /^(\p{Script=Han}{2,8}?)(?:能不能|能否|可不可以|可以|能|算不算|是否)?(?:算进|算入|计入|算到|算在|纳入|归入)[^，,。？?]{0,8}(?:比例|%)/u;

/** 超了的部分能不能用县里的钱补: the money beyond a cap, or another purse that tops it up, which no clause sets. */
export const TOPPED_UP = /超(?:了|出|过)[^，,。？?]{0,8}部分|(?:县里|地方|自己|自筹|自有|本级)的?(?:钱|资金|财政)(?:来)?(?:补|垫|顶|兜|贴)/;

/** 培训是线上搞还是线下搞: a choice about a subject, which a clause naming both ways only of other subjects (产品线上线下融合) does not answer. */
const CHOICE = /(\p{Script=Han}{2,4})是(\p{Script=Han}{2,6}?)还是(\p{Script=Han}{2,6})/u;

/** Whether the clause names both ways in one sentence but never names the subject asked (a word of the notice), not even in its headings. */
export function choiceElsewhere(asking: string, body: string, allText: string): boolean {
  const m = CHOICE.exec(asking);
  if (!m) return false;
  const [topic, a, b] = [m[1]!.slice(-2), m[2]!.slice(0, 2), m[3]!.slice(0, 2)];
  const both = body.split(/[。；]/).filter((s) => a !== b && s.includes(a) && s.includes(b));
  // The question is read in canonical words (农产品销售 → 上行): the clause is too.
  return both.length > 0 && allText.includes(topic) && !body.includes(topic) && !canonicalise(body).includes(topic);
}

/**
 * 技术团队由县上聘还是省上派 (县里 is read 示范县): which level acts, when the clause names no level's body at all (县域 is a place, not a body);
 * a clause naming one (省商务厅会同…开展验收) is the one to answer.
 */
export const LEVEL_CHOICE = /(?:[省州市县](?:里|上|级)|示范县)\p{Script=Han}{0,3}还是(?:[省州市县](?:里|上|级)|示范县)/u;
export const NAMES_LEVEL = /省(?:商务厅|财政厅|扶贫办|级|上)|市州|州(?:商务局|财政局|扶贫)|示范县|县(?:人民政府|级)|各地/;


/** 验收报告谁签字, 要盖谁的章: a signature or a seal, which the notice never speaks of (签发人 heads the letter only). */
export const SIGNED = /签字|签名|签章|盖章|盖谁的章/;

/** 指定的快递企业有哪些, 定点单位: a designated party, which the notice never designates (it encourages kinds of firms). */
export const DESIGNATED = /指定|定点/;

/** 举报电话?, 联系人是谁: a contact detail, which the notice never gives (it names channels and bodies, no numbers or persons to call). */
export const CONTACT = /电话|热线|手机|邮箱|传真|联系人|联系方式|微信号|QQ/;

/** 中期评估吗, 季度报告: a stage or period of the work the notice never names (it sets 9月30日, 12月底 and a final evaluation). */
export const PERIOD = /中期|期中|年中|季度|半年|月度|期末/;

/** 招标在哪招, 培训在哪办: the place an act is done, which a clause naming no place (网站, 位置, 园区…) with it does not give. */
export const PLACE_DONE = /(\p{Script=Han}{2})在哪(?:里|儿)?(?:个地方)?(?:招|办|搞|举办|举行|培训|组织|进行|开标|评标)/u;
export const NAMES_PLACE = /网站|专栏|位置|县域|园区|厂房|场所|地点|现场/;

/** 那乡镇级呢 on its own: a level with nothing asked of it (in a conversation the engine first lends it the previous question). */
export const BARE_LEVEL = /^(?:那么?|还有)?[省市州县乡镇村]{1,2}一?级(?:的)?呢?$/;

/**
 * 领现金补助, 报名单给州里, 县级初验还是州级验, 站点门头咋统一: a kind of thing the notice never speaks of (cash handed
 * to people, a roster sent up, a stage of acceptance, a shop sign), though the clause near it speaks of the subject
 * (补助项目, 责任人, 验收, 标识); 给网店免税吗: a tax relief, which the notice never names (its 扶持政策 sets none). Each is checked against the whole notice, so a notice that names it answers.
 * 不合格能申诉吗, 开没开解读会: an appeal, or a meeting held on the notice, likewise (it sanctions, and it is only sent).
 */
export const NEVER_NAMED = /申诉|复议|申辩|(?:解读|宣讲|视频|座谈|推进|动员)会|现金|发钱|花名册|免税|减税|减免税|退税|税收|税费|税率|(?:报|交|送)\p{Script=Han}{0,4}?名单|名单\p{Script=Han}{0,2}?(?:报|交|送)|初验|终验|复验|预验收|中期验收|阶段验收|门头|招牌|牌匾|店招/u;

/** 检查会提前通知吗, 是不是暗访: how an inspection is made known, which the notice never says (it says 以现场检查为主). */
export const ANNOUNCED = /提前(?:通知|告知|打招呼|说)|打招呼|暗访|突击/;

/** 是政府采购还是自己找: how a party is procured, which the notice never says (it names no 采购); 省里委托还是县里自己找 asks which level (LEVEL_CHOICE). */
export const PROCURED = /政府采购|采购|自(?:己|行)(?:找|聘|请|选)/;

/**
 * 广告费可以从示范资金里列支吗, 评估的钱从专项里出吗: whether an item may be paid from the money, when the clause does not
 * name the item; the modal may be left out when a cost (的钱, 费用) is named.
 */
export const PAID_FOR = /^(\p{Script=Han}{2,8}?)(?:(的钱|的资金|经费|费用|费)(?:能不能|能否|可不可以|可以|能|让不让)?|(?:能不能|能否|可不可以|可以|能|让不让))(?:从|用|在|走)[^，,。？?]{0,8}(?:资金|钱|经费|专项)(?:里|中|上)?(?:出|列支|支出|开支|报销|报)/u;

/** 整个项目最晚啥时候干完: the date the whole project is finished, which a clause dating only filing and tendering does not give. */
export const FINISHED = /(?:整个|整体|全部|所有)?项目\p{Script=Han}{0,8}(?:干完|做完|建完|弄完|完工|竣工|收尾|结项|结束|建成)|(?:整个|整体|全部|所有)项目\p{Script=Han}{0,8}完成/u;
export const WHEN = /啥时候|什么时候|何时|最晚|最迟|截止|哪天|几月|哪个月|期限|时限/;
export const DATED_END = /(?:\d+月|年底|月底|年内)[^。；]*(?:完工|竣工|建成|结项|全部完成|完成(?:项目)?(?:建设|实施))|(?:完工|竣工|建成|结项)[^。；]*(?:\d+月|年底|月底)/;

/** 合作社能直接向县里申请补贴不: a party applying for the money, which only a clause speaking of applying for money states (申请…认证 is not). */
export const APPLIES_FOR_MONEY = /申请\p{Script=Han}{0,4}?(?:补贴|补助|资金|扶持|奖励|钱)|(?:补贴|补助|资金|扶持)\p{Script=Han}{0,3}?申请/u;
export const MONEY_APPLIED = (s: string) => /申请/.test(s) && /补贴|补助|资金|扶持|奖励/.test(s);

/**
 * 州上领导小组组长是谁: the head or members of a level's leading group, which a clause answers only where a sentence
 * naming the group (领导小组, 组长) names that level in the same phrase (the notice sets up the 示范县's group only).
 */
const LEVEL_GROUP = /([省州市])(?:里|上|级|委|政府)?(?:的|那个|这个)?\p{Script=Han}{0,4}?(?:领导小组|协调机制|工作专班)\p{Script=Han}{0,3}?(?:组长|副组长|成员|谁)/u;
export function levelGroupElsewhere(asking: string, body: string): boolean {
  const m = LEVEL_GROUP.exec(asking);
  // In the same phrase (各示范县要充分发挥领导小组的…), not a later one of the sentence (…符合国家和省厅的要求).
  return !!m && !body.split(/[。；，]/).some((s) => /领导小组|组长/.test(s) && s.replace(/市州/g, '').includes(m[1]!));
}

/** 奖补办法得报州上批准吗, 要经省上审批不: an approval the act needs, which a clause that sets none (审核, 备案, 批准; not 一批) does not state. */
export const APPROVAL = /(?:报|经|由|让|找)\p{Script=Han}{0,4}?(?:审批|批准|批复|审核|审定|同意|批)/u;

/**
 * 有机认证找哪个部门, 由什么单位发: the body that does a thing, when the clause's sentences on the thing (sharing a pair of
 * its characters) name no body at all (支持特色农产品申请…认证 says what is supported, not who grants it).
 */
const WHICH_BODY = /(?:由|归|找|是|到|去)?(?:哪个|哪些|哪家|哪一级|什么|啥)(?:部门|单位|机关)/;
const NAMES_BODY = /厅|局|办(?!法)|部门|单位|政府|机构|示范县|市州|协会|企业|公司|第三方|中心/;
export function bodyUnnamed(asking: string, body: string): boolean {
  const m = WHICH_BODY.exec(asking);
  const thing = m ? asking.slice(0, m.index).replace(/[^\p{Script=Han}]/gu, '') : '';
  const pairs = [...thing].slice(0, -1).map((c, i) => c + thing[i + 1]);
  const about = body.split(/[。；]/).filter((s) => pairs.some((p) => s.includes(p)));
  return about.length > 0 && !about.some((s) => NAMES_BODY.test(s));
}

/** 评价结果在哪公示: where a thing is published, when no sentence of the clause publishing anything speaks of the thing. */
export const PUBLISHED_WHERE = /(\p{Script=Han}{2,6}?)在哪(?:里|儿)?(?:个地方)?(?:公示|公开|公布|发布|通报)/u;
/** 按1比几带动, 配套几比几: a ratio, which a clause stating none (no 1:3, no 1比1, no share) does not give. */
export const RATIO = /[1一]\s*(?:比|:|：)\s*(?:几|多少)|几比几/;
/** 几站合一, 具体是几个部门: an exact count of what the clause calls only 多… (多站合一), which it does not give. */
export const EXACT_COUNT = /几个?(\p{Script=Han})\p{Script=Han}?合一|(?:具体|到底|究竟)\p{Script=Han}{0,2}?几个?(\p{Script=Han})/u;
/** 示范期结束后站点移交给谁, 建成后谁来运维: a handover or upkeep after the work, which the notice never speaks of (it ends at 验收). */
/** 盖好的仓库产权归哪家, 站点以后归谁: who owns what was built, likewise never said. */
export const HANDED_OVER = /移交|交接|转交|接管|管护|运维|产权|所有权|归属|(?:结束|到期|期满|以后|之后|建成|建好|盖好)\p{Script=Han}{0,4}?(?:归谁|归哪|谁来?管|谁负责|谁运营)|归(?:谁|哪个?单位|哪家)所有/u;

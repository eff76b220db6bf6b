/** The words of questions about the documents themselves (文号, issuers, addressees, titles, annexes): documents.ts reads them. */

export const ASKS_NUMBER = /文号|发文字号|发文号|文件编号|编号|几号文|多少号/;
export const ASKS_ISSUER = /是.{1,8}(发|印发|下发)的[，,]?(吗|吧|不|么|没|对不对?|对吗|对吧|是吗)?[?？。]*$|(哪|几)几?(家|个部门|个单位|个局).{0,4}(联合)?(发|印发|下发|出)|(哪|几|什么|啥)(个|些|家)?(部门|单位|机关|局).{0,4}(发(?!改|展)|印发|下发|出(?!台)|联合)|谁(发|印发|下发|出)的|发文(单位|机关|部门)|联合发文|落款|版头|(发|下发|印发)(的)?(文|通知)的?(是|有)?(哪|谁)/;
/** 签法人 is 签发人 typed by sound: the speller keeps it, since 法人 is a word. */
export const ASKS_SIGNER = /签发|签法人|谁签|签字/;
// 哪几个局收这个文: who receives it is who it is sent to.
// 信息报送到哪个专栏 asks where the counties report, not whom the letter was sent to.
// 只发给县商务局吗 (这文只发县里吗, 给 left out), 转给商务局的吧，还有谁, 这个文给迭部发过没: who else, or whether a county, was sent it.
export const ASKS_ADDRESSEE = /(?:哪|谁|几)(?:几个|些|个|家)?(?:局|部门|单位)?(?:来)?(?:收|接收|收到)(?:了)?(?:这个?|这份|本)(?:文|通知|文件)|(?:也|都)?(?:收到|接到)了?(?:这个?|这份|本)(?:文|通知|文件)(?:吧|吗|没|不|了吗)|主送|收文(?:单位|机关|部门)|(?:(?<![报呈递])发|(?<![报呈递])送|下发|印发|转发)(?:给|到)了?.{0,6}(?:谁|哪)|下发给|(?:发|送)给(?:我们|咱们|我县|本县|示范县|县里)|(?:文|通知|文件)\p{Script=Han}{0,3}?(?:发|送|下发|印发)给.{1,10}还是|(?:光|只|就|仅)是?(?:发|送|转|下发|印发|转发)给\p{Script=Han}{0,6}?(?:局|办|县)|(?:文|通知|文件)\p{Script=Han}{0,2}?(?:光|只|就|仅)是?(?:发|送|下发|印发|转发)(?:到|了)?\p{Script=Han}{0,6}?(?:局|办|县里?)(?:了)?(?:吗|吧|不|嘛|么|啊)|(?:发|送|转|下发|印发|转发)给\p{Script=Han}{1,10}?(?:的)?(?:吧|吗)?[，,](?:还有|还发了?|另外还?有|别的还有)(?:谁|哪|别的|其他)|(?:文|通知|文件|发|号)\p{Script=Han}{0,4}?给\p{Script=Han}{1,6}?(?:发|转|送|下发|印发)(?:了|过|到)?(?:没|吗|没有|了吗|不)/u;
export const ASKS_COPY = /抄送|抄给|抄了谁/;
export const ASKS_BASIS = /依据|根据|按照|参照|基于|凭啥|以什么为准|以啥为准|按(哪|啥|什么)个?(办法|文件|规定)/;
/** 这钱归哪个专项: the fund is the one whose management rules the money follows. */
export const ASKS_FUNDS_RULES = /(资金|中央资金).{0,8}(遵守|按照|依据|执行|管理办法|按哪)|(管理办法|专项资金管理)|(?:属于|出自|归|列入|走的是?)(?:哪个|哪项|哪一个|哪一项|哪类|什么|啥)专项/;
export const ASKS_TITLE = /全名|全称|名称|标题|叫个?啥|叫个?什么|啥名|名字/;
/** The forwarded plan by name: 转发的是哪个文件, 省方案全名是啥, 文中的《方案》指哪个 (not 方案要求建的平台叫什么). */
export const ASKS_PLAN_TITLE = /《?方案》?(?:是?指的?|说的)是?(?:哪|(?:什么|啥)(?:文件|方案))|方案》是?(?:哪|什么|啥)|转发.{0,10}(?:哪|什么|啥)一?[个份]?(?:文件|实施方案|通知|文|东西)|转的是?(?:省里的?)?(?:哪|什么|啥)|(?:实施方案|文件|通知)[的，,]?(?:全名|全称|名称|标题|叫啥|叫什么|名字)/;
/** 州里这个文是干啥的: what the prefecture's letter is for is the plan it forwards (read as typed: 干什么的 is canonicalised away). */
export const ASKS_LETTER_FOR = /(?:州里|州上)的?(?:这个?|这份)?(?:文|文件|通知)是?(?:干啥|干什么|做什么|干嘛)的/;
/** 国家2018年电商示范工作通知的文号: the national notice of the programme's year, which the plan cites. */
export const NAMES_NATIONAL = /国家|财政部|商务部|国务院|部委|部里|示范(?:工作|项目)?的?(?:那个|那份)?通知/;
/** 州里让我们参考还是贯彻落实, 看看就行还是要落实 (转发 said or not), 文件末尾要我们如何执行 (nothing else named), 县扶贫办也要执行吗 (an addressee), 为啥要转发, 是州里自己定的还是转发的 (unless 转的哪个 asks the title too): what the letter says of what it forwards. */
export const ASKS_FORWARDED_HOW =
  /(?:转发|转给|转来|转过来|转下来).{0,45}(?:参考|贯彻|落实|执行|照办|怎么处理|如何处理|怎么办)|(?:参照|参考|看看|看一?下|了解一?下|知道一?下)(?:执行|就行|就好|就够了?|就可以|而已)?.{0,6}还是.{0,6}(?:贯彻|落实|执行|照办|遵照)|(?:贯彻|落实|执行|照办|遵照)(?:执行)?.{0,6}还是.{0,4}(?:参照|参考)|(?:为啥|为什么|为何|干嘛|啥目的).{0,12}(?:转发|转给|转下来)|(?:自己|自行)(?:定|制定|出|写)的?.{0,8}还是.{0,6}转(?!.*哪)|^[县我咱们]{0,3}(?:商务局|财政局|扶贫办)(?:也|都)?(?:要|需要|得|必须)(?:执行|落实|贯彻落实|贯彻|照办)(?:吗|不|么|没)?[?？]?$|^(?:这个?|那个?)?(?:通知|州里|州上|州文|文件|\d+号文件?)(?:最后|末尾|开头|里|上)?(?:是)?(?:让|要|要求|叫)(?:我们|咱们|示范县|各县|你们)?(?:怎么|如何|咋)(?:落实|执行|贯彻落实|贯彻|办)(?:的)?[?？]?$/;
/** Words that say which document, not what it says about a subject. */
export const DOCUMENT_WORDS = /^(?:文|文件|文号|管理办法|规定|办法|依据|中央|资金|中央资金|财政|财政部|部门|实施方案|通知|全称|名称|标题|名字|使用|遵守|执行)$/;
export const ASKS_ANNEXES = /附件/;

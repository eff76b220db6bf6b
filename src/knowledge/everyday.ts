import { trackedProgress, urgedWork } from './tracked-progress.ts';

/**
 * Everyday ways of asking that the notice's own words answer once rewritten (applied before synonyms, engine.ts):
 * 牌子挂哪儿都可以吗 (may it be put anywhere?) asks where it is put; 比例有没有个底线 asks the share's lower limit (下限).
 * Only verbs of putting a thing somewhere (贴, 挂, 放…): 培训去哪都行吗 asks no place the notice sets.
 * 委托培训机构来办: whom the work is handed to is who does it (让培训机构办), which a clause naming the doers answers.
 * 最后要确保啥: 最后 of the end the work must reach is no last part of a document (最后一条).
 * 替县上把项目定了: a level deciding a thing for the counties is said as 替县上定项目 (the 把 object put after the verb).
 * 全覆盖帮扶, 全覆盖培训: 全覆盖 before what is done to people says it is done to all of them, not the coverage rate (覆盖率) of sites.
 * 想搞文旅电商，符合方向不: whether a thing one means to do is in line asks whether it may be done (可以吗), not the 资金使用方向
 * that must 符合国家要求 (unless the money is what is spent).
 * 哪两块, 哪三项: which ones, the count told as the asker remembers it, asks what 哪几块 asks.
 * 报到哪去, 送到哪儿: where a thing is sent (报哪), not 报到 (reporting for duty), which the segmenter would read.
 * 招完标, 备好案: a split verb (招标, 备案) is joined again, so the milestone it names is found (招标完, 备案好).
 * 光交一个实施方案够不够，还要配啥: whether one thing alone will do, and what else, asks 除了 it 还要 what.
 * 中央资金是个啥定位, 起啥作用: the money's part in the work is what the notice says it does (引导带动社会资本), not a body's role.
 * 头一块, 第二大块: a part asked by its place in everyday words is the 第一块, 第二块 of the outline.
 * 多少平, 几百平: a floor area said with 平 alone is 平方米 (not 平台, 平均).
 * 那这个也算吗 小额信贷: a pointing question with the thing named after it asks of that thing (小额信贷也算吗).
 * 市州这一级, 省那一层, 市州主要干啥: a level said with a pointing word, or 市州 bare, is the level (市州级, 省级), whose role is then asked.
 * 评价委托别人: the evaluation handed to others is the 第三方 the notice relies on.
 */
export function everydayAsked(text: string): string {
  // 评价是自己评还是委托别人: an evaluation handed to others is the notice's 依托第三方 (not training handed to a provider).
  const q = /评价|评估|验收|考核/.test(text) ? text.replace(/委托给?(?:别人|外人|外面|外边|外单位|别的单位)/g, '依托第三方') : text;
  return urgedWork(trackedProgress(q))
    .replace(/(?:随便|随意)?([贴挂放钉立装摆标印])(?:在|到)?哪(?:儿|里)?都(?:行|可以|成|能|中)(?:吗|不|么|呀|啊)?/gu, '$1在哪里')
    .replace(/(比例|占比|几成)(?:有没有个?|有没个?|有)?底线/g, '$1下限')
    .replace(/全覆盖(?:地|式|的)?(?=帮扶|帮|扶持|支持|培训|补贴|补助|奖补|对接)/g, '全部')
    .replace(
      /^((?:(?!资金|钱|经费|补贴|补助)[^，,；;？?])*?(?:搞|做|发展|建|开|办|弄|干)(?:(?!资金|钱|经费|补贴|补助)[^，,；;？?]){2,}?)[，,]?(?:这样?|那样?)?(?:符合|合乎|对路|对得上)(?:政策|方案|文件|上面|省里)?的?(?:方向|要求|规定|导向|精神|政策)?(?:吗|不|没|么|不符合)[？?]?$/u,
      '$1，可以吗',
    )
    .replace(/哪([两二三四五六七八九十])(?=个|块|项|条|样|类|方面|家|种|点|件|级)/g, '哪几')
    .replace(/([报送交传])到(?=哪)/g, '$1')
    .replace(/(招|备)(完|好|了|过|上)(标|案)/g, '$1$3$2')
    .replace(/^(?:光|只|就|仅)(?:交|报|做|写|弄|搞|有|定|制定)?一?(?:个|份)?(\p{Script=Han}{2,8}?)(?:够不够|够吗|够了吗|行不行|就够了吗|就行吗)[，,\s]*(?:还|另外还?)(?:要|得|需要)/u, '除了$1还要')
    .replace(/(中央(?:财政)?(?:资金|的钱))([^，,。？?]{0,8}?)(?:是个?|起(?:个|到)?|扮演)?(?:什么|啥)(?:样的?)?(?:定位|作用|角色)/u, '$1$2起什么引导带动作用')
    .replace(/头一(?=个?(?:大)?(?:点|条|项|部分|块|个方面))/g, '第一')
    .replace(/第([一二三四五六七八九十])个?大(?=块|项|部分|条|方面)/g, '第$1')
    .replace(/([省州市县])(?:这|那)一?(?:级|层|头)(?=主要|具体|都|是|干|做|管|负责)|(?<!的)(市州)(?=主要|具体)/g, (_m, one: string | undefined, both: string | undefined) => `${one ?? both}级`)
    .replace(/(多少|几十?|几百|[一二两三四五六七八九十百千\d]+)平(?![方米均台衡安稳常时])/gu, '$1平方米')
    .replace(
      /^(?:那么?|还有)?(?:这个|那个|这种|那种|这样的?|这)(也|还)?(算|算不算|属于|属不属于|行|行不行|可以|能算|能补|支持)(吗|不|么|没)?[，,\s]+((?:(?![怎咋啥哪谁吗几么]|什么|多少|方案|文件|通知)\p{Script=Han}){2,12}?)(?:呢|吗)?[？?]?$/u,
      '$4$1$2$3',
    )
    .replace(/委托给?(\p{Script=Han}{2,8}?)来?(办|搞|做|开展|组织|承办|实施)/gu, '让$1$2')
    .replace(/(?:最后|最终|到头来)(?=(?:要|得|需要)?(?:确保|保证|达到|实现|落脚|落到))/g, '')
    .replace(/([替代帮])(县上|县里|示范县|各县)把(\p{Script=Han}{1,6}?)(定|决定|拍板|选|确定)(?:了|下来|好)?/gu, '$1$2$4$3');
}

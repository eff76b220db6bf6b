/**
 * The programme's things as a newcomer names them, who has not read the notice and points at them
 * (那个表 for the annex's 计划表, 那个中心 for the 公服中心). Word families, merged into SYNONYMS with the
 * everyday and formal ones (plain-words.ts); longer variants are replaced first.
 * Only pointers the programme gives one reading: 这个表 (a form in hand) and 那个站 (a service point or a website) are not here.
 */
export const NEWCOMER_WORDS: Readonly<Record<string, readonly string[]>> = {
  // 那个表里列的是啥, 在那张表上没: the one table the notice holds is the annex's 建设计划表.
  计划表: ['那个表格', '那张表格', '那个表', '那张表', '那表上', '那表里', '附件那张表', '附件里的表', '后面那个表', '后面那张表', '附的那张表', '附的表'],
  // 那个中心最多花多少, 县里那个中心: the centre a county builds is the notice's 公服中心 (not the 配送中心, named as such).
  公服中心: ['那个中心', '这个中心', '那中心', '那个服务的中心', '县里那个中心', '县上那个中心'],
  // 讲理论还是实操: the short word for hands-on work is the notice's 实操技能 (加强…实操技能培训).
  实操技能: ['实操'],
  // 主要盯着哪些地方, 瞄准哪里: the places the work is aimed at are where it 聚焦 (聚焦贫困地区); 盯 alone may be oversight (盯得紧).
  聚焦: ['瞄准', '瞄着', '盯着哪些地方', '盯着哪些地区', '盯着哪里', '盯着哪儿', '盯哪些地方', '盯着什么地方', '盯着啥地方'],
  // 会议怎么定的也要公开: how a meeting settled a matter is the notice's 决策过程 (公开…资金安排、决策过程等信息).
  决策过程: ['会议怎么定的', '会上怎么定的', '开会怎么定的', '会议咋定的', '会上咋定的', '开会咋定的', '怎么拍板的', '咋拍板的', '拍板的过程', '拍板过程', '开会研究的过程', '会议研究过程'],
};

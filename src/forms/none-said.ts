/**
 * None, said in a sentence rather than as 0 or 没有: 本周一分钱都没花 (not one, after the week named), 至今没建好一个
 * (not a single one done yet), 上行方面目前还没有 (none, of the part being asked about). The quantity reader
 * tries these after its own words for none. Beside them, the opposite: some of them not done (很多站点还没结账) is no none.
 */

// Who and when, said before "not one" (这周, 目前, 我们): they change nothing; the quantity reader tests NOT_ONE on the
// whole message, this file once they are cut.
export const WHO_WHEN = /^(?:这周|本周|这星期|这礼拜|本星期|这一周|目前|暂时|现在|到现在|我们|咱们|县里|我县|本县)+/;
// (莫得, 木有, 没得, 么得, 冇: the same said in dialect or typed as it sounds.)
export const NEGATION = /(?:没有|没|无|未|尚未|还未|暂未|不曾|莫得|莫有|木有|没得|么得|冇)/;
// 一分钱没花, 一个都没有, 一场也没办, 一个都还没建成, 一个都莫得: not one.
// (一个未完成 is one not done: without 都 or 也 only 一分钱没花 says none.)
// (一个人也没有, 一家企业都没来: a noun may stand between.)
export const NOT_ONE = new RegExp(
  `^(?:一|1)(?:(?:分钱?|毛钱?|块钱?)(?:都|也)?|(?:个|场|次|人|户|项|家|村|期|名|位|笔)?[^\\d，,。都也十百千万亿元块]{0,4}?(?:都|也))(?:还|暂时|目前|尚|仍)?${NEGATION.source}`,
);
// 至今没建好一个, 一直没办过一场, 没有一个: a negated verb, then "a single one", and nothing after it.
const NOT_A_SINGLE = /^(?:还|都|尚|目前|暂时|仍|一直)*(?:没有?|未|尚未)[\u4e00-\u9fff]{0,3}?(?:过)?一(?:个|场|家|户|次|项|名|期|笔)$/;
// 上行方面目前还没有, 培训这部分没有: none, said of the part of the report being asked about.
const THIS_PART = /^[\u4e00-\u9fff]{1,6}?(?:这块|这一块|这部分|这一项|这方面|方面)(?:暂时|目前|还|都|也|本周|这周)*(?:没有|没|无)$/;

/** Whether a whole message (normalised, without closing punctuation) says there is none. */
export function saysNone(s: string): boolean {
  const bare = s.replace(WHO_WHEN, '');
  return (bare !== s && NOT_ONE.test(bare)) || NOT_A_SINGLE.test(bare) || THIS_PART.test(s);
}

// 不少站点都还没结款, 有些乡镇没报账, 其中几个站还没付款, 另外的村还没覆盖: a negation of some of them (a part,
// named before it), not of all. (没全部结清, 钱还没花完: not all of it, so some of it is done.)
export const PART_NOT_DONE = new RegExp(
  `(?:很多|好多|许多|不少|有些|有的|一些|部分|大部分|大多数?|多数|少数|个别|一半|好几|(?:其中|还有|有)几[个笔家处村站户项场]|其中|另外的?|其余的?|其他的?|剩下的?|剩余的?)[\\u4e00-\\u9fff]{0,6}?(?:都|也)?(?:还|暂时|目前|尚|仍)?${NEGATION.source}|${NEGATION.source}(?:全部|全都|完全|都)|${NEGATION.source}[^完，,]{1,3}完(?!成|毕)`,
);
export const PART_NOT_DONE_TEXT = '您说的是其中一部分的情况，本项需要填写具体数字。';

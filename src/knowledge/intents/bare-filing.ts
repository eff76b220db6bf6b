import type { MilestoneData } from '../../programme.ts';
import type { KnowledgeBase } from '../base.ts';

/**
 * 报送时间是几月几号, 上报截止哪天: a filing verb alone (报送, 上报, 报备), with only its time asked, names no other thing to
 * file: it is the one filing the notice dates (the plan's, 9月30日前报…审核备案). 信息报送几号 and 报送进度 name another.
 */
const BARE_FILING =
  /^(?:请问|问下|问一下)?(?:报送|上报|报备|呈报|递交|提交)(?:的)?(?:截止|最后|最晚)?(?:时间|日期|期限|节点)?(?:是|在|定在|到)?(?:几月几[号日]|几月份?|几[号日]|哪一?天|哪一?年|哪个月|什么时候|啥时候|何时|啥时|什么时间|截止|为止)+(?:截止|前|之前|以前)?(?:啊|呀|呢|吗)?[？?]?$/u;

/** The filing milestone (the one filed with bodies), when the question names no more than a bare filing verb and a time. */
export function bareFiling(kb: KnowledgeBase, raw: string): MilestoneData | undefined {
  const bare = raw.replace(/[\s，,。！!]/g, '');
  return BARE_FILING.test(bare) ? kb.data.milestones.find((m) => m.filedWith.length) : undefined;
}

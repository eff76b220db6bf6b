import { expect } from 'vitest';

/**
 * What an official types in everyday words, and what they must see, in any
 * channel: the report starts without its command word, figures are read and
 * echoed, a range is asked back, a correction is taken, pausing, resuming and
 * cancelling work in the words people use (稍等, 懒得填了).
 * Each line: what is said, and texts the replies must contain.
 */
export const EVERYDAY_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['我要报这周的周报', ['开始填写', '周报由我逐项提问', '本周新增支出的中央财政资金是多少万元？']],
  ['十二万五', ['已记录：本周新增支出的中央财政资金 12.5万元。', '（第2项，还剩约15项）其中用于农村产品上行']],
  ['四五十万', ['您填写的是一个范围（40万至50万元），请直接输入准确数字']],
  ['十万', ['已记录：其中用于农村产品上行 10万元。']],
  // The question before corrected with a figure goes back to it; the figure is not taken for this one.
  ['不对不对，上一题的应该是八万', ['其中用于农村产品上行']],
  ['八万', ['已记录：其中用于农村产品上行 8万元。', '其中用于县级电商公共服务中心的有多少万元？']],
  ['一会儿再填', ['已暂停', '已填写的2项已保存']],
  // Put off again while paused: the report stays paused and saved, not resumed by 接着.
  ['今天先到这，明天接着填', ['未完成的周报已保存', '继续填报']],
  ['接着填', ['我们继续填写', '其中用于县级电商公共服务中心的有多少万元？']],
  ['3万，哦不对，是2万', ['已记录：其中用于县级电商公共服务中心 2万元。', '其中用于乡村电商服务站点的有多少万元？']],
  ['稍等', ['已暂停', '已填写的3项已保存']],
  ['好了，继续', ['我们继续填写', '其中用于乡村电商服务站点的有多少万元？']],
  ['懒得填了', ['确定要取消']],
  ['不是', ['我们继续填写']],
  ['算了，不填了', ['确定要取消']],
  ['确定', ['已取消', '本次填写的内容未保存']],
  // The county's own figures asked for in everyday words, and a report picked up when none is open.
  ['我们县资金花了多少了，看一下', ['项目进度']],
  ['把刚才那个接上', ['您目前没有未完成的填报']],
  ['明天再填吧', ['方便时发送“填报”']],
];

/** Plays the script through `say` (one channel's way of sending a private message and reading the reply). */
export async function playEverydayWords(say: (text: string) => Promise<string>): Promise<void> {
  for (const [said, seen] of EVERYDAY_WORDS) {
    const reply = await say(said);
    for (const text of seen) expect(reply, `reply to ${said}`).toContain(text);
    expect(reply).not.toContain('通知中没有明确规定');
  }
}

import { tidy } from './typed.ts';

/** The words that steer a form instead of answering it, recognised at any step. */
export type Control = 'cancel' | 'skip' | 'back' | 'same' | 'keep' | 'pause' | 'resume' | 'confirm' | 'edit' | 'redo' | 'progress';

// 好, 行, 可以, and 成, 中, 要得 (the north-west's everyday "all right"): agreement, which confirms as 是 does.
const AGREED = ['好', '行', '成', '中', '要得', '可以'];

const WORDS: Readonly<Record<Control, readonly string[]>> = {
  cancel: ['取消', '取消填报', '放弃', '放弃填报', '不填了', '退出', '退出填报', '撤销'],
  skip: ['跳过', '略过', '不填', '跳过此项', '下一项', '下一个', '暂不填写'],
  back: ['上一步', '上一项', '上一题', '返回', '返回上一步', '回到上一步', '后退'],
  // (The words each question offers beside last period's figure: 上期填写：12个（回复“同上周”沿用）.)
  same: ['同上周', '同上期'],
  keep: ['不变', '保持不变', '保持', '不改', '不用改'],
  pause: ['暂停', '稍后', '稍后再填', '稍后填', '等会', '等一下', '待会', '先暂停', '晚点再填', '暂停填报'],
  resume: ['继续填报', '继续', '继续填写', '接着填', '恢复填报'],
  // (成, 中, 要得: the north-west's everyday "all right", as 好 and 行 elsewhere.)
  confirm: ['确认', '确定', '提交', '确认提交', '确认无误', '无误', '没问题', '好的', 'ok', '对', '是', '是的', '对的', '没错', '正确', ...AGREED],
  edit: ['修改', '更改', '改'],
  redo: ['重填', '重新填写', '填错了', '写错了'],
  progress: ['填到哪了', '还有几项'],
};

const LOOKUP = new Map<string, Control>();
for (const [control, words] of Object.entries(WORDS) as [Control, readonly string[]][]) {
  for (const w of words) if (!LOOKUP.has(w)) LOOKUP.set(w, control);
}

/** The control a whole message is, if it is one (punctuation around it ignored). */
export function controlOf(text: string): Control | undefined {
  const bare = tidy(text)
    .normalize('NFKC')
    .trim()
    .replace(/^[“"'「]+|[”"'」。.!！~～]+$/g, '')
    .toLowerCase();
  return LOOKUP.get(bare);
}

/** `修改 3`, `修改第3项`, `修改 培训人次`, `改3` → the target (a number or a name). */
export function editTarget(text: string): { index: number } | { name: string } | undefined {
  const m = /^(?:修改|更改|改)\s*(?:第\s*)?(.+?)\s*(?:项)?$/.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const target = m[1]!.trim();
  if (/^\d{1,3}$/.test(target)) return { index: Number(target) };
  return target ? { name: target } : undefined;
}

/** Whether free text reads like a question rather than an answer (used when it does not parse). */
export function looksLikeQuestion(text: string): boolean {
  return /[?？]$/.test(text) || /(吗|么|呢|什么|怎么|如何|多少|能否|可否|是否|哪些|哪里|为什么|为何|请问|可以|能不能|规定|要求|比例)/.test(text);
}

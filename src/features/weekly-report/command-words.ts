import { intentOf } from '../../forms/intents.ts';

// The county after a command word: spaced (填报 卓尼), or a name ending in 县/区/市 (填报卓尼县), so that
// "周报需要报哪些内容" is a question, not 周报 for a county called 需要报哪些内容.
const COUNTY_ARG = '(?:\\s+(\\S+)|(\\S{1,5}[县区市]))?$';
/** 填报 / 填报 卓尼县: start this week's report (group 1 or 2: a county, for staff). */
export const START_COMMAND = new RegExp(`^(?:填报|周报|填写周报|填周报|我要填报|填报周报)${COUNTY_ARG}`);
/** 我县进度 / 进度 卓尼县: a county's running figures (group 1 or 2: a county). */
export const PROGRESS_COMMAND = new RegExp(`^(?:我县进度|本县进度|进度|查看进度|项目进度)${COUNTY_ARG}`);
/** The county a command names, if any. */
export const countyArg = (match: RegExpExecArray | null): string | undefined => match?.[1] ?? match?.[2];
/** Words that resume or drop a paused form; heard by the form first, by a command when none is paused. */
export const RESUME_OR_DROP = ['继续填报', '取消填报', '放弃填报'];

/** What a message typed outside a form asks of the weekly report, by command word or everyday words. */
export function commandIntent(text: string): 'start-report' | 'resume' | 'progress' | 'none' {
  if (START_COMMAND.test(text)) return 'start-report';
  if (PROGRESS_COMMAND.test(text)) return 'progress';
  if (text === RESUME_OR_DROP[0]) return 'resume';
  const intent = intentOf(text);
  if (intent === 'start-report' || intent === 'resume') return intent;
  // Outside a form, progress means the county's reporting: the words must speak of it (进度, 周报, 填到哪).
  return intent === 'progress' && /进度|周报|填到|没填|还差|还剩|填了/.test(text) ? 'progress' : 'none';
}

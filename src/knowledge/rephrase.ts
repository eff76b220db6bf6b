import type { Clause } from './notice.ts';
import type { KnowledgeAnswer } from './engine.ts';

/** An OpenAI-compatible chat endpoint (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL, LLM_TIMEOUT_MS). */
export interface RephraseOptions {
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly model: string;
  readonly timeoutMs: number;
  /** The programme's name (programme.json), said in the system prompt: no programme is named in code. */
  readonly programmeName: string;
  readonly fetch?: typeof fetch;
}

/** Rewrites an answer in plainer words; never changes whether it was answered nor its citations. */
export type Rephraser = (answer: KnowledgeAnswer, clauses: readonly Clause[]) => Promise<KnowledgeAnswer>;

const MAX_LENGTH = 200;

const systemPrompt = (programmeName: string) => [
  `你是${programmeName}的政策问答助手。`,
  '请只依据用户消息中给出的通知条款原文，把“草拟答案”改写成一到两句通俗、礼貌、规范的简体中文答复。',
  '不得添加条款原文中没有的任何数字、日期、金额、比例、单位名称或要求；不得改变草拟答案的结论；不要引用条款编号，不要使用Markdown。',
  '只输出改写后的答复本身。',
].join('');

function figures(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}

/**
 * Builds the optional LLM rephraser. It sees only the clauses that served the answer, its output must keep
 * to their figures, and on any error, timeout or doubtful output the plain answer is returned unchanged.
 */
export function createRephraser(options: RephraseOptions, onError: (err: unknown) => void = () => {}): Rephraser {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return async (answer, clauses) => {
    if (!answer.answered || !clauses.length) return answer;
    const sources = clauses.map((c) => `【${c.source}${c.section ? ' ' + c.section : ''}】${c.body}`).join('\n');
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
        body: JSON.stringify({
          model: options.model,
          temperature: 0,
          messages: [
            { role: 'system', content: systemPrompt(options.programmeName) },
            { role: 'user', content: `通知条款原文：\n${sources}\n\n问题：${answer.question}\n草拟答案：${answer.answer}` },
          ],
        }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (!res.ok) throw new Error(`LLM endpoint answered HTTP ${res.status}`);
      const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
      const text = body.choices?.[0]?.message?.content;
      if (typeof text !== 'string') throw new Error('LLM reply has no choices[0].message.content');
      const out = text.trim();
      if (!out || out.length > MAX_LENGTH) throw new Error(`LLM reply is ${out ? 'too long' : 'empty'}`);
      // A figure that is in neither the draft nor the clauses was invented: keep the plain answer.
      const allowed = new Set([...figures(answer.answer), ...figures(sources), ...answer.citations.flatMap((c) => figures(c.quote))]);
      const invented = figures(out).filter((f) => !allowed.has(f));
      if (invented.length) throw new Error(`LLM reply states figures not in the notice: ${invented.join(', ')}`);
      return { ...answer, answer: out };
    } catch (err) {
      onError(err);
      return answer;
    }
  };
}

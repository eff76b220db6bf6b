import type { Config } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import { createRephraser, type Rephraser } from '../../knowledge/rephrase.ts';

/** The optional LLM rephraser, when LLM_BASE_URL is set. */
export function rephraserFrom(config: Config, programmeName: string, logger: Logger): Rephraser | undefined {
  if (!config.LLM_BASE_URL) return undefined;
  return createRephraser(
    { baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS, programmeName },
    (err) => logger.warn({ err }, 'LLM rephrasing failed; the plain answer is sent'),
  );
}

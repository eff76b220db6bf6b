import { describe, expect, it } from 'vitest';
import { INTENTS, intentOf } from '../../src/forms/intents.ts';

describe('the intent table', () => {
  for (const entry of INTENTS) {
    it.each(entry.examples)(`%j is ${entry.intent}`, (text) => {
      expect(intentOf(text)).toBe(entry.intent);
    });
    it.each(entry.notExamples)(`%j is not ${entry.intent}`, (text) => {
      expect(intentOf(text)).not.toBe(entry.intent);
    });
  }

  it('reads nothing into a policy question or a long sentence', () => {
    expect(intentOf('公服中心能花多少')).toBeUndefined();
    expect(intentOf('本周已完成招标，需市州协调物流配送中心选址用地，一会儿再填其他内容')).toBeUndefined();
  });
});

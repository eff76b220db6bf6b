import { afterAll, beforeAll, describe, it } from 'vitest';
import { playEverydayWords } from '../everyday-words.ts';
import { startWechatHarness, type ContactMock, type WechatHarness } from './harness.ts';

describe('everyday words in a private WeChat chat', () => {
  let h: WechatHarness;
  let official: ContactMock;
  beforeAll(async () => {
    h = await startWechatHarness({ now: '2018-09-20T10:00:00+08:00' });
    official = h.contact('扎西');
    await h.bind(official, { role: 'official', county: '迭部县', name: '扎西' });
  }, 30_000);
  afterAll(() => h?.close());

  it('starts, reads, asks back, pauses, resumes and cancels a report in plain words', async () => {
    await playEverydayWords(async (text) => (await h.sayPrivately(official, text)).join('\n\n'));
  });
});

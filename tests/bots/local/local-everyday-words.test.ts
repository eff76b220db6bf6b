import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestBot, type TestBot } from '../../support/bot.ts';
import { playEverydayWords } from '../everyday-words.ts';

describe('everyday words in the local web chat', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
  });
  afterAll(() => bot.close());

  it('starts, reads, asks back, pauses, resumes and cancels a report in plain words', async () => {
    await playEverydayWords((text) => bot.sayText('diebu-official', text));
  });
});

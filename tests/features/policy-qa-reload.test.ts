import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/programme-import/index.ts';
import { loadProgramme } from '../../src/programme.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

/**
 * 重新加载通知: a supplementary notice (fictional test data) imported into the running bot's
 * programme folder is answered from after the administrator's reload, without a restart; a
 * folder that fails the check is not loaded and the old notice keeps answering.
 */

const SUPPLEMENT = new URL('../fixtures/programme-import/supplement-fictional-test-data.txt', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'shifan-reload-'));
const folder = join(root, 'gansu-2018');
let bot: TestBot;

beforeAll(async () => {
  cpSync(join(import.meta.dirname, '../../storage/programmes/gansu-2018'), folder, { recursive: true });
  bot = await startTestBot({ now: '2018-10-20T10:00:00+08:00', programme: loadProgramme('gansu-2018', root) });
}, 60_000);
afterAll(() => bot.close());

describe('重新加载通知', () => {
  it('picks up a document imported into the running bot’s folder, and only after the reload', async () => {
    expect(await bot.sayText('zhuoni-official', '综合示范专栏设在哪里？')).toContain('依据：州商办发〔2018〕183号 三');
    await importDocument({ file: SUPPLEMENT, folder, as: 'supplement-1' });
    // Until the administrator reloads, the old notice answers.
    expect(await bot.sayText('zhuoni-official', '综合示范专栏设在哪里？')).not.toContain('州商函〔2018〕999号');
    const reloaded = await bot.sayText('admin', '重新加载通知');
    expect(reloaded).toBe(
      '已重新加载通知：共4份文件（州商办发〔2018〕183号、《甘肃省2018年电子商务进农村综合示范项目实施方案》、附件1、州商函〔2018〕999号），36个条款。新的问答即时生效。',
    );
    const text = await bot.sayText('zhuoni-official', '综合示范专栏设在哪里？');
    expect(text).toContain('根据州商函〔2018〕999号 一');
    expect(text).toContain('此前州商办发〔2018〕183号 三的规定与此不同');
  });

  it('is for the administrator only', async () => {
    expect(await bot.sayText('zhuoni-official', '重新加载通知')).not.toContain('已重新加载');
  });

  it('keeps answering from the old notice when the folder fails the check, and says what is wrong', async () => {
    const file = join(folder, 'programme.json');
    const good = readFileSync(file, 'utf8');
    const data = JSON.parse(good);
    data.clauseRoles.training = 'plan-3-9';
    writeFileSync(file, JSON.stringify(data));
    const refused = await bot.sayText('admin', '重新加载通知');
    expect(refused).toContain('通知未重新加载，问答继续使用原有内容。发现1处问题');
    expect(refused).toContain('programme.json 的 clauseRoles.training 引用的条款 plan-3-9 在通知中不存在');
    expect(await bot.sayText('zhuoni-official', '综合示范专栏设在哪里？')).toContain('根据州商函〔2018〕999号 一');
    writeFileSync(file, good);
  });

  it('answers questions asked while a reload runs (from the old or the new notice, never an error)', async () => {
    const [reload, ...answers] = await Promise.all([
      bot.sayText('admin', '重新加载通知'),
      ...['公共服务中心资金比例是多少？', '卓尼县补贴多少钱'].map((q) => bot.sayText('diebu-official', q)),
    ]);
    expect(reload).toContain('已重新加载通知');
    expect(answers[0]).toContain('不得高于15%');
    expect(answers[1]).toContain('1500万元');
  });
});

describe('NOTICE_WATCH', () => {
  it('rebuilds the Q&A by itself when a document is imported into the folder', async () => {
    const watchedRoot = mkdtempSync(join(tmpdir(), 'shifan-watch-'));
    const watched = join(watchedRoot, 'gansu-2018');
    cpSync(join(import.meta.dirname, '../../storage/programmes/gansu-2018'), watched, { recursive: true });
    const watching = await startTestBot({
      now: '2018-10-20T10:00:00+08:00',
      env: { NOTICE_WATCH: 'true' },
      programme: loadProgramme('gansu-2018', watchedRoot),
    });
    try {
      expect(await watching.sayText('zhuoni-official', '综合示范专栏设在哪里？')).not.toContain('州商函〔2018〕999号');
      await importDocument({ file: SUPPLEMENT, folder: watched, as: 'supplement-1' });
      let text = '';
      for (let i = 0; i < 40 && !text.includes('州商函〔2018〕999号'); i++) {
        await new Promise((r) => setTimeout(r, 250));
        text = await watching.sayText('zhuoni-official', '综合示范专栏设在哪里？');
      }
      expect(text).toContain('根据州商函〔2018〕999号 一');
    } finally {
      await watching.close();
    }
  }, 60_000);
});

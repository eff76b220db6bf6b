import { describe, expect, it } from 'vitest';
import { QuickReplyMemory } from '../../../bots/wechat/quick-replies.ts';
import { MAX_MESSAGE_CHARS, numberedChoices, renderForWechat, splitMessage } from '../../../bots/wechat/render.ts';
import { toChannelError } from '../../../bots/wechat/wechat-errors.ts';
import { reply } from '../../../src/core/reply.ts';

describe('rendering a Reply for WeChat', () => {
  it('turns buttons into numbered quick replies in place of the generic button line', () => {
    const r = reply({
      paragraphs: ['公共服务中心建设资金不超过中央财政资金的15%。'],
      buttons: [
        { label: '有用', value: '有用' },
        { label: '没用', value: '没用' },
      ],
      footer: '还可以继续提问。',
    });
    const { messages, choices } = renderForWechat(r);
    expect(messages).toEqual(['公共服务中心建设资金不超过中央财政资金的15%。\n\n回复 1 有用  2 没用\n\n还可以继续提问。']);
    expect(choices.map((c) => c.value)).toEqual(['有用', '没用']);
  });

  it('lists long or many choices one per line', () => {
    const text = numberedChoices([
      { label: '填报本周进度', value: '填报' },
      { label: '查看本县截止日期', value: '截止日期' },
      { label: '稍后提醒我', value: '稍后' },
    ]);
    expect(text).toBe('请回复序号：\n1. 填报本周进度\n2. 查看本县截止日期\n3. 稍后提醒我');
  });

  it('shows a lone choice as the word to type, so that a bare number stays a number', () => {
    // An optional amount: "1" means 1万元, not "skip".
    const r = reply({ paragraphs: ['（14/16）本周农产品网络零售额是多少万元？（选填，可回复“跳过”）'], buttons: [{ label: '跳过', value: '跳过' }] });
    expect(renderForWechat(r)).toEqual({ messages: ['（14/16）本周农产品网络零售额是多少万元？（选填，可回复“跳过”）\n\n回复“跳过”'], choices: [] });
    expect(numberedChoices([{ label: '确认提交', value: '确认' }])).toBe('回复“确认”：确认提交');
  });

  it('leaves a reply without buttons as its plain text', () => {
    const r = reply({
      title: '周汇总',
      chart: {
        title: '执行率',
        unit: '%',
        max: 100,
        series: [
          { label: '卓尼县', value: 50 },
          { label: '迭部县', value: 100 },
        ],
      },
    });
    expect(renderForWechat(r).messages).toEqual(['【周汇总】\n\n执行率\n卓尼县 ▇▇▇▇▇░░░░░ 50%\n迭部县 ▇▇▇▇▇▇▇▇▇▇ 100%']);
  });
});

describe('splitting long texts', () => {
  const paragraph = (n: number, len: number) => `第${n}段：` + '资金使用情况良好，'.repeat(Math.ceil(len / 9)).slice(0, len) + '。';

  it('keeps a short text as one message', () => {
    expect(splitMessage('你好')).toEqual(['你好']);
  });

  it('splits at paragraph boundaries, each part under the limit and numbered', () => {
    const paragraphs = [1, 2, 3, 4, 5].map((n) => paragraph(n, 600));
    const parts = splitMessage(paragraphs.join('\n\n'));
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(parts[0]).toBe(`${paragraphs[0]}\n\n${paragraphs[1]}\n（1/3）`);
    expect(parts[2]).toBe(`${paragraphs[4]}\n（3/3）`);
    // Nothing is lost or cut in the middle of a paragraph.
    expect(parts.map((p) => p.replace(/\n（\d\/3）$/, '')).join('\n\n')).toBe(paragraphs.join('\n\n'));
  });

  it('splits one very long paragraph after sentences, and a sentence without stops by length', () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `第${i + 1}项工作已完成，进度符合要求。`);
    const parts = splitMessage(sentences.join(''), 200);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(200);
      expect(p.replace(/\n（\d+\/\d+）$/, '')).toMatch(/。$/);
    }
    expect(parts.map((p) => p.replace(/\n（\d+\/\d+）$/, '')).join('')).toBe(sentences.join(''));
    const noStops = 'a'.repeat(500);
    const cut = splitMessage(noStops, 200);
    expect(cut.map((p) => p.replace(/\n（\d+\/\d+）$/, '')).join('')).toBe(noStops);
    for (const p of cut) expect(p.length).toBeLessThanOrEqual(200);
  });
});

describe('numbered quick replies', () => {
  const at = new Date('2018-09-20T02:00:00Z');
  const later = (ms: number) => new Date(at.getTime() + ms);
  const choices = [
    { label: '有用', value: '有用' },
    { label: '没用', value: '没用' },
  ];

  it('maps a bare number from the same person in the same chat to the choice, once', () => {
    const memory = new QuickReplyMemory();
    memory.remember('room-1', 'alice', choices, at);
    expect(memory.take('room-1', 'bob', '2', at)).toBeUndefined();
    expect(memory.take('room-2', 'alice', '2', at)).toBeUndefined();
    expect(memory.take('room-1', 'alice', ' ２ ', later(1000))).toBe('没用');
    expect(memory.take('room-1', 'alice', '2', later(2000))).toBeUndefined();
  });

  it('ignores numbers out of range and other text, which also end the mapping', () => {
    const memory = new QuickReplyMemory();
    memory.remember('c', 'u', choices, at);
    expect(memory.take('c', 'u', '3', at)).toBeUndefined();
    memory.remember('c', 'u', choices, at);
    expect(memory.take('c', 'u', '45万', at)).toBeUndefined();
    expect(memory.take('c', 'u', '1', at)).toBeUndefined();
  });

  it('expires after ten minutes, and a reply without buttons forgets the earlier choices', () => {
    const memory = new QuickReplyMemory();
    memory.remember('c', 'u', choices, at);
    expect(memory.take('c', 'u', '1', later(10 * 60_000 + 1))).toBeUndefined();
    memory.remember('c', 'u', choices, at);
    memory.remember('c', 'u', [], later(1000));
    expect(memory.take('c', 'u', '1', later(2000))).toBeUndefined();
  });
});

describe('puppet errors', () => {
  it('maps logged-out, network and other failures onto the channel error family', () => {
    const loggedOut = toChannelError(new Error('not logged in'));
    expect([loggedOut.kind, loggedOut.retryable]).toEqual(['authentication', true]);
    const network = toChannelError(Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }));
    expect([network.kind, network.retryable, network.platform]).toEqual(['network', true, 'wechat']);
    const server = toChannelError(new Error('messageSendText failed'));
    expect([server.kind, server.retryable]).toEqual(['server', true]);
  });
});

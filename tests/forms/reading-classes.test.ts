import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';

/**
 * Classes of answers the reader used to re-prompt (found by development sets 6 and 7), now read
 * or asked back with the right reading. The variants are our own.
 */
const read = (kind: 'amount' | 'count', field: string, text: string) => formParse({ kind, text, field, now: '2018-09-20' });
const stored = (kind: 'amount' | 'count', field: string, text: string, value: number) =>
  expect(read(kind, field, text), text).toMatchObject({ ok: true, value, confirm: false });
const offered = (kind: 'amount' | 'count', field: string, text: string, value: number | null, words?: string) => {
  const out = read(kind, field, text);
  expect(out, text).toMatchObject({ ok: true, value, confirm: true });
  if (words && 'question' in out) expect(out.question).toContain(words);
};

describe('one figure said with words around it', () => {
  it('reads past the field’s own label pasted before the figure', () => {
    stored('amount', 'spent_training', '其中用于电商培训（万元）：3.5', 3.5);
    stored('amount', 'spent_total', '本周新增支出的中央财政资金（万元）\t45.6', 45.6);
    stored('count', 'training_sessions', '本周培训场次 4', 4);
  });

  it('reads a figure said again in other units once, and asks when the two differ', () => {
    stored('amount', 'spent_total', '8万元（80000元）', 8);
    stored('count', 'trainees', '120人（120人次）', 120);
    offered('amount', 'spent_total', '8万元（90000元）', 8, '您的回复中有多个数字');
  });

  it('takes a full stop between the digits of a lone figure as its decimal point', () => {
    stored('amount', 'spent_total', '3。5万', 3.5);
    stored('amount', 'spent_service_centre', '12。5万', 12.5);
  });

  it('asks about every letter standing for a digit, however many', () => {
    offered('count', 'households_benefited', '2OO', 200, '含有字母');
    offered('count', 'households_benefited', '1OOO户', 1000, '含有字母');
  });

  it('asks for a figure when the answer is "all of them"', () => {
    for (const [field, text] of [['trainees_poor', '全部都是贫困户'], ['tenders_done', '都完成了'], ['poor_villages_covered', '全覆盖']]) {
      offered('count', field!, text!, null, '不是具体数字');
    }
  });

  it('refuses a count at an amount field, saying so', () => {
    expect(read('amount', 'spent_total', '5个站点')).toMatchObject({ ok: false, error: expect.stringMatching(/^“5个站点”是数量，本项填写金额（万元）。/) });
  });

  it('reads a weekday before a figure as a day, and 百十 as about a hundred', () => {
    offered('count', 'training_sessions', '周一一场 周三两场', 3, '合计：周一一场 + 周三两场');
    offered('count', 'trainees', '百十来个人', 100, '是约数');
  });

  it('reads a denial about the field’s own matter as 0, and "nothing else" after a figure as nothing added', () => {
    stored('amount', 'spent_upstream', '没有用在上行上', 0);
    stored('amount', 'spent_training', '1万 别的都没有', 1);
    stored('amount', 'spent_training', '一万，其他的都没有', 1);
  });
});

describe('pinyin numerals, typed when the keyboard sent the syllables', () => {
  it.each([
    ['amount', 'spent_total', 'shi wan', 10, '十万'],
    ['amount', 'online_sales', 'sanshiwan', 30, '三十万'],
    ['amount', 'spent_training', 'liang qian kuai', 0.2, '两千块'],
    ['count', 'tenders_planned', 'ba ge', 8, '八个'],
  ] as const)('%s %s %s is read, and always asked', (kind, field, text, value, chinese) => {
    offered(kind, field, text, value, `“${text}”是拼音，按“${chinese}”理解。`);
  });

  it.each(['ok', 'no', 'abc', 'wan'])('%s names no numeral: not read', (text) => {
    expect(read('amount', 'spent_total', text)).toMatchObject({ ok: false });
  });
});

describe('a figure taken back', () => {
  it.each([
    ['amount', 'spent_total', '80 不好意思多打了个0 是8', 8],
    ['count', 'tenders_planned', '原计划12个，后来调整为10个', 10],
    ['count', 'trainees', '60 少打了个0 600', 600],
  ] as const)('%s %s: %s → %d', (kind, field, text, value) => stored(kind, field, text, value));
});

describe('several figures, one meaning', () => {
  it('offers the achieved figure, not the whole it is a share of', () => {
    offered('count', 'households_benefited', '全县贫困户2000户，带动了800户', 800);
    offered('count', 'poor_villages_covered', '全县贫困村有95个，覆盖了60个', 60);
  });

  it('offers what is built, not what is being built', () => {
    offered('count', 'service_points_total', '建成50个，在建8个', 50);
  });

  it('adds up a list whose first item names the field, unless another item names another matter', () => {
    offered('amount', 'spent_service_centre', '中心装修10万、家具采购2万', 12, '合计：中心装修10万 + 家具采购2万');
    offered('amount', 'spent_service_centre', '中心装修10万、培训2万', 10, '按“中心装修10万”理解');
  });

  it('reads figures with no unit that add up past what is plausible as 元', () => {
    offered('amount', 'spent_training', '讲课费6000，资料费1000，场地费3000', 1, '本项的单位是万元，按“元”理解');
  });

  it('offers the total when the parts add up to it, and asks for one figure when they do not', () => {
    offered('amount', 'spent_total', '上行10万，培训2万，合计12万', 12, '按“合计12万”理解');
    offered('amount', 'spent_total', '上行10万，培训2万，合计15万', null);
  });

  it('offers so many times so much each, and asks for the whole when only the each is given', () => {
    offered('amount', 'spent_service_points', '5个站各2万', 10, '按 5个站 × 2万 计算');
    offered('count', 'trainees', '3个班每班40人', 120);
    offered('amount', 'spent_service_points', '每个站2万', null, '是每一项的数，本项填写合计数');
    offered('count', 'trainees', '每场50人', null, '是每一项的数');
  });
});

describe('yes or no said in everyday words', () => {
  const yesno = (text: string) => formParse({ kind: 'yesno', text, field: 'forbidden_use', now: '2018-09-20' });

  it.each([
    ['嗯 有的 就是买了点流量', true],
    ['暂时没有', false],
    ['暂无', false],
    ['资金都用在站点上了，没有违规', false],
  ])('%s → %s, stored', (text, value) => {
    expect(yesno(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it.each(['待确认', '推广费算不算？算的话就有', '我得查查账再说', '有没有我得查查账'])('%s is to be checked first: asked, nothing offered', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: null, confirm: true, question: expect.stringContaining('请核实后回复“是”或“否”') });
  });

  it.each([
    ['好像有一点，我确认一下', true, '您的回答是“是”吗？'],
    ['目前没发现', false, '您的回答是“否”吗？'],
  ] as const)('%s leans one way with a doubt or a limit: asked with that answer', (text, value, question) => {
    expect(yesno(text)).toMatchObject({ ok: true, value, confirm: true, question: expect.stringContaining(question) });
  });

  it.each([
    ['沒有', false],
    ['否😅', false],
    ['資金還沒動', false],
    ['钱都还没花', false],
    ['上周有，这周没有', false],
    ['上周没有，这周有', true],
    ['卓尼县本周无此类支出', false],
    ['我县未发生此类情况', false],
  ] as const)('%s (traditional characters, an emoji, money untouched, another week first, the county first) is read', (text, value) => {
    expect(yesno(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it('平台没有，流量也没有 denies two of the four uses one by one: the other two are asked', () => {
    expect(yesno('平台没有，流量也没有')).toMatchObject({ ok: true, value: null, confirm: true, question: expect.stringContaining('本周是否有资金用于楼堂馆所或工作经费？') });
  });

  it('a bare question about what counts is refused, to be answered as a question', () => {
    expect(yesno('流量费算不算')).toMatchObject({ ok: false });
  });

  it('买了流量，没有报备: a no after naming a use asked about is asked, nothing offered', () => {
    expect(yesno('买了流量，没有报备')).toMatchObject({ ok: true, value: null, confirm: true });
  });
});

describe('dates typed as people type them', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([
    ['嗯 就 十月十五号吧', '2018-10-15'],
    ['验收截止改到10月20日', '2018-10-20'],
    ['完成时间：2018年10月31日', '2018-10-31'],
    ['10月15日，说错了，10月16日', '2018-10-16'],
    ['20/10/2018', '2018-10-20'],
  ])('%s → %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it('asks when day and month could be either way round', () => {
    expect(date('05/10/2018')).toMatchObject({ ok: true, value: null, confirm: true, question: expect.stringContaining('也可以理解为2018年5月10日') });
  });

  it.each([
    ['11月31日', '2018-11-30', '11月只有30天。您指的是11月30日吗？'],
    ['9月31号', '2018-09-30', '9月只有30天。您指的是9月30日吗？'],
  ])('%s, a day past its month’s end, is offered as the last day, asked', (text, value, question) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: true, question: expect.stringContaining(question) });
  });

  it('refuses a day no month has', () => {
    expect(date('10月32号')).toMatchObject({ ok: false, error: expect.stringContaining('这个日期不存在') });
  });
});

describe('没有 as it is said in Gansu (么有, 莫有, 没得, 冇) reads as 没有', () => {
  const at = (kind: 'yesno' | 'amount' | 'count', field: string, text: string) => formParse({ kind, field, text, now: '2018-09-20' });
  it.each(['么有', '这个真莫有', '冇', '么有么有，都按规定用的'])('%s at the forbidden uses is a no', (text) => {
    expect(at('yesno', 'forbidden_use', text)).toMatchObject({ ok: true, value: false, confirm: false });
  });

  it('what has 么 in it for another reason is not a no: 有什么有关规定吗', () => {
    expect(at('yesno', 'forbidden_use', '有什么有关规定吗')).not.toMatchObject({ value: false, confirm: false });
  });

  it('a question about why the item is asked is answered, not taken for an answer', () => {
    const out = at('yesno', 'forbidden_use', '问这个干什么');
    expect(out.ok).toBe(false);
    expect(out).toMatchObject({ error: expect.stringContaining('请回复“是”或“否”') });
  });
});

describe('a longer answer with several figures: which one is the answer (dev set 11)', () => {
  it('offers the total said after its parts (加起来, 加在一起) when the parts add up to it', () => {
    offered('amount', 'online_sales', '抖音卖了5万，快手卖了2万，加在一起7万', 7, '加在一起7万');
    offered('amount', 'online_sales', '网店3万，直播2万，加起来5万', 5);
  });

  it('offers a figure said again once, not the two added up', () => {
    offered('amount', 'spent_training', '培训花了三万，嗯，三万整', 3);
    offered('count', 'service_points_total', '建成45个，对，45个', 45);
  });

  it('offers the figure the person says to report (先报, 就报)', () => {
    offered('amount', 'spent_upstream', '物流4万，包装还没结，就报4万', 4);
    offered('amount', 'spent_upstream', '物流4万，包装3万，先报7万', 7);
  });

  it('offers what was paid this week, not a yearly or monthly rate', () => {
    offered('amount', 'spent_upstream', '仓储租金一年10万，这周付了2.5万', 2.5);
    offered('amount', 'spent_service_centre', '中心每月房租1万，本周付了3个月的，3万', 3);
  });

  it('reads the corrected figure when a slip word or more figures follow it, and asks when they compete', () => {
    offered('amount', 'spent_training', '3万，不对，应该是3千，打错了', 0.3);
    offered('amount', 'spent_upstream', '15万，不对应该是18万，还有3万运费没付', 18);
    offered('amount', 'spent_upstream', '15万，不对应该是18万，另外还有3万运费', null, '本项只填写一个数');
  });

  it('offers the number of sessions when the other figure is so many per session', () => {
    offered('count', 'training_sessions', '办了4期，每期50人', 4);
    offered('count', 'trainees', '办了4期，每期50人', 200);
  });

  it('stores none when every figure says none, or when not one follows words with no figure', () => {
    stored('count', 'service_points_total', '还没有建，0个', 0);
    stored('count', 'training_sessions', '莫有开展，0场', 0);
    stored('count', 'service_points_total', '村里还在装修，一个也没建成', 0);
    stored('amount', 'spent_service_centre', '没有，服务中心还在装修', 0);
  });

  it('does not take 没有 for none when what follows says no change or no figure yet', () => {
    for (const text of ['没有，跟上周一样', '没有，还在问财务', '没有，数还没核完']) expect(read('amount', 'spent_total', text), text).not.toMatchObject({ value: 0, confirm: false });
  });

  it('asks for a figure when the words give none (好几场, 挺多)', () => {
    offered('count', 'training_sessions', '本周搞了好几场', null, '不是具体数字');
    offered('amount', 'spent_total', '花得挺多，具体要问财务', null, '不是具体数字');
  });

  it('asks for a figure when a vague quantity comes with "not counted yet", and still refuses a not-yet alone', () => {
    offered('amount', 'spent_training', '不少，还没统计出来', null, '暂停');
    offered('count', 'trainees', '好多人 具体没核实', null, '不是具体数字');
    for (const text of ['还没统计出来', '一些还没核实', '好多还没报上来']) expect(read('amount', 'spent_total', text), text).toMatchObject({ ok: false });
  });
});

describe('a no said with emphasis, or of one thing only', () => {
  const at = (text: string) => formParse({ kind: 'yesno', field: 'forbidden_use', text, now: '2018-09-20' });
  it.each(['确实没有', '真的莫有', '从来都没得', '压根没有'])('%s is a plain no', (text) => {
    expect(at(text)).toMatchObject({ ok: true, value: false, confirm: false });
  });

  it('a single use denied asks about the others', () => {
    expect(at('平台没有')).toMatchObject({ ok: true, value: null, confirm: true, question: expect.stringContaining('楼堂馆所、工作经费或购买流量') });
  });
});

describe('莫 and 么 before a verb are 没 (莫动, 么花钱, 莫培训)', () => {
  it('reads a figure-less denial as none', () => {
    stored('amount', 'spent_total', '这周钱莫动', 0);
    stored('amount', 'spent_service_points', '站点这块么花钱', 0);
    stored('count', 'training_sessions', '这周莫培训', 0);
  });

  it('leaves 怎么, 什么, 要么 alone', () => {
    expect(formParse({ kind: 'yesno', field: 'forbidden_use', text: '要么用', now: '2018-09-20' })).not.toMatchObject({ value: false, confirm: false });
  });
});

describe('a yes/no with a particle after it, or said as keeping to the rules', () => {
  const at = (text: string) => formParse({ kind: 'yesno', field: 'forbidden_use', text, now: '2018-09-20' });
  it.each([['有咧', true], ['莫有噻', false], ['那绝对没有嘛', false]])('%s', (text, value) => {
    expect(at(text)).toMatchObject({ ok: true, value, confirm: false });
    expect(at(text)).not.toHaveProperty('note');
  });

  it.each(['资金都是专款专用', '全部符合规定'])('%s is offered as a no, asked', (text) => {
    expect(at(text)).toMatchObject({ ok: true, value: false, confirm: true });
  });

  it('a no with other money than the central funds used is offered as a no', () => {
    expect(at('无，县级配套资金付了平台费')).toMatchObject({ ok: true, value: false, confirm: true, question: expect.stringContaining('本项只问中央财政资金') });
  });
});

describe('the unit in brackets after a figure, and 无支出 at a part', () => {
  it('reads 20（万元） and 3(场) with their units', () => {
    stored('amount', 'spent_service_points', '12（万元）', 12);
    stored('count', 'training_sessions', '4(场)', 4);
  });

  it('reads 无支出 at a part of the spending as none, not as another matter', () => {
    stored('amount', 'spent_training', '无支出', 0);
    stored('amount', 'spent_service_centre', '本周无支出', 0);
  });
});

describe('figures added up in so many words, a correction with 哦不, and the one figure meant after 不是', () => {
  it('offers the sum of 加 and +, or the result after = when it is the sum', () => {
    offered('amount', 'spent_total', '8万加2万', 10, '合计');
    offered('count', 'trainees', '45+35', 80);
    offered('amount', 'spent_total', '8万+2万=10万', 10);
    offered('amount', 'spent_total', '8万+2万=12万', null, '本项只填写一个数');
  });

  it('does not add up 加 inside a word (参加, 增加, 加工)', () => {
    stored('count', 'trainees', '60人参加', 60);
    stored('count', 'trainees', '增加了30人', 30);
  });

  it('reads the figure after 哦不 as a correction', () => {
    stored('amount', 'spent_total', '9万，哦不，9.5万', 9.5);
  });

  it('offers the figure after 不是…，是…', () => {
    offered('amount', 'spent_total', '不是9万，是9.5万', 9.5);
  });

  it('offers the total beside what one of the items cost', () => {
    offered('amount', 'spent_training', '办了三期，一期5千，一共1.5万', 1.5);
  });
});

describe('units spelt in pinyin', () => {
  it('reads wan and yuan after the digits', () => {
    stored('amount', 'spent_total', '35wan', 35);
    stored('amount', 'spent_training', '6000yuan', 0.6);
    stored('amount', 'spent_total', '3.5wanyuan', 3.5);
  });
});

describe('spaces typed as thousands separators or beside a decimal point', () => {
  it('joins groups of three digits, a space by the point, and 1万 2千', () => {
    stored('amount', 'online_sales', '256 000元', 25.6);
    stored('count', 'households_benefited', '3 108户', 3108);
    stored('amount', 'spent_upstream', '7 .5万', 7.5);
    stored('amount', 'spent_upstream', '7. 5万', 7.5);
    stored('amount', 'spent_training', '3万 5千元', 3.5);
  });
});

describe('the same as last week, said with 报的 or 填的', () => {
  it('is asked with last period’s figure, never read as a figure of its own', () => {
    offered('count', 'service_points_total', '跟上周填的一样', null, '上期没有这一项的数据');
    offered('amount', 'online_sales', '同上期报送的一样', null, '上期没有这一项的数据');
  });
});

describe('several figures at a count, one of them in the field’s very unit', () => {
  it('offers the one in 人次 beside one in 人, and the one in 户 beside one in 个', () => {
    offered('count', 'trainees', '参训45人，合计90人次', 90, '按“合计90人次”理解');
    offered('count', 'households_benefited', '覆盖12个村，带动360户', 360);
  });

  it('offers none when two figures share the field’s unit', () => {
    offered('count', 'trainees', '45人次 60人次', null);
    offered('count', 'trainees', '80人，共160人', null);
  });
});

describe('second-language and older officials (dev set 16)', () => {
  it('reads 參, the traditional hand’s capital 叁, before a numeral’s unit or a measure word', () => {
    stored('amount', 'spent_training', '參仟元', 0.3);
    stored('amount', 'spent_total', '參拾萬元', 30);
    stored('count', 'trainees', '參佰名', 300);
    stored('count', 'training_sessions', '參次', 3);
  });

  it('does not take 參 of 參加 or 參會 (take part) for three', () => {
    stored('count', 'trainees', '參加培訓的有45人', 45);
    stored('count', 'trainees', '參會人員60名', 60);
  });

  it('reads the form’s own unit 万元 written first as a label, set apart from the figure', () => {
    stored('amount', 'spent_training', '万元：2.5', 2.5);
    stored('amount', 'spent_total', '单位万元 12', 12);
    stored('amount', 'spent_total', '萬元 三十', 30);
  });

  it('reads money not used on the field’s matter as none', () => {
    stored('amount', 'spent_training', '培训上没有用钱', 0);
    stored('amount', 'spent_service_centre', '中心这边一直没动用', 0);
  });
});

describe('nothing spent before, said beside the figure (dev set 15)', () => {
  it('is no second figure: a running total beside it is offered, this week’s figure read', () => {
    offered('amount', 'spent_total', '到目前累计用了60万，此前没有用过钱', 60, '不是累计数');
    stored('amount', 'spent_training', '这周培训花了2万，以前都没花', 2);
  });

  it('a week named beside it still has the figure asked', () => {
    offered('amount', 'spent_total', '本周6万，上周没有', 6);
  });
});

describe('dates with the 日 left off, typed as digits alone, or naming a month only (dev set 18)', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([
    ['推后到11月3', '2018-11-03'],
    ['延后至十月二十', '2018-10-20'],
    ['12月5', '2018-12-05'],
  ])('%s → %s, a month and a day with no 日', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it.each([
    ['1120', '2018-11-20', '按11月20日理解'],
    ['0928', '2018-09-28', '按9月28日理解'],
    ['925', '2018-09-25', '按9月25日理解'],
  ])('%s, digits alone, is offered as %s and asked', (text, value, words) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: true, question: expect.stringContaining(words) });
  });

  it.each([['112', '1月12日', '11月2日'], ['115', '1月15日', '11月5日']])('%s could be %s or %s: asked, no day offered', (text, a, b) => {
    expect(date(text)).toMatchObject({ ok: true, value: null, confirm: true, question: expect.stringContaining(`${a}，也可以理解为${b}`) });
  });

  it.each(['十一月', '11月份', '2018年12月', '12月'])('%s names a month, not a day: asked', (text) => {
    expect(date(text)).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it.each(['2018', '1390', '3'])('%s is no month and day', (text) => {
    expect(date(text)).toMatchObject({ ok: false });
  });
});

describe('festivals by the lunar calendar, and the first working day after a holiday however it is said (dev set 18)', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([
    ['重阳节那天', '2018-10-17'],
    ['中秋假期过完第一个工作日', '2018-09-25'],
    ['国庆长假结束后上班第一天', '2018-10-08'],
  ])('%s → %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it.each([
    ['端午节', '2019-06-07'],
    ['元宵节', '2019-02-19'],
    ['腊八节', '2019-01-13'],
  ])('%s, passed this year, is offered as next year’s (%s) by its own calendar, and asked', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: true, question: expect.stringContaining('已经过去') });
  });
});

describe('yes/no: nothing spent yet, and the central funds denied beside other money (dev set 18)', () => {
  const yesno = (text: string) => formParse({ kind: 'yesno', text, field: 'forbidden_use', now: '2018-09-20' });

  it.each(['目前还没开始用钱', '资金尚未开始使用', '钱都还没开始花'])('%s is a no', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: false, confirm: false });
  });

  it.each(['流量费是州里出的钱，不是中央资金', '省上的资金交了平台费，没动中央的钱', '中央资金没有，市级资金买了点流量'])(
    '%s: the central funds denied, other money named, is offered as a no',
    (text) => {
      expect(yesno(text)).toMatchObject({ ok: true, value: false, confirm: true, question: expect.stringContaining('本项只问中央财政资金') });
    },
  );
});

describe('yes/no: a use asked about, said in a clause of its own, is offered as a yes; all money on another use, or 0, as a no (dev set 18)', () => {
  const yesno = (text: string) => formParse({ kind: 'yesno', text, field: 'forbidden_use', now: '2018-09-20' });

  it.each([
    '平台没有，推广流量花了一点',
    '办公楼没有，工作经费用了一些',
    '推广费3000',
    '仅有工作经费',
    '只有流量，两千块',
    '交了平台年费5000元',
    '买了些流量，不超过五千',
  ])('%s', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: true, confirm: true });
  });

  it.each(['培训经费2万', '只有培训经费', '流量费算不算？', '流量买了，后来退回了', '推广了一些产品', '平台上卖了5万', '经费都用在站点了'])('%s is not offered as a yes', (text) => {
    expect(yesno(text)).not.toMatchObject({ ok: true, value: true });
  });

  it.each(['都用在产品上行了', '全部用于电商培训', '0', '零元'])('%s is offered as a no', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: false, confirm: true });
  });

  it.each(['不是很肯定，应该没有', '不太肯定'])('%s: unsure, asked to be checked', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it('a use reported with a guess that it does not count is asked, with the uses named', () => {
    expect(yesno('站点房子租了，应该不算楼堂馆所吧')).toMatchObject({ ok: true, value: null, question: expect.stringContaining('本项所问的用途是') });
  });
});

describe('a judgement with no figure is asked for the figure; points grouping thousands are offered as separators (dev set 17)', () => {
  it.each([['online_sales', '销售情况还不错'], ['spent_total', '花得还可以'], ['trainees', '来的人挺好']])('%s: %s', (field, text) => {
    const kind = field === 'trainees' ? 'count' : 'amount';
    offered(kind, field, text, null, '不是具体数字');
  });

  it.each([
    ['spent_total', '2.300.000元', 230],
    ['online_sales', '1.250.000', 125],
  ])('%s: %s → offered as %s万元', (field, text, wan) => {
    offered('amount', field, text, wan, '千位分隔符');
  });
});

describe('several figures: what failed or was called off is no part; parts of a day are added up (dev set 17)', () => {
  it.each([
    ['tenders_done', '4个已完成，2个废标', 4, '按“4个已完成”理解'],
    ['training_sessions', '开了5场，延期了2场', 5, '按“开了5场”理解'],
    ['trainees', '早上40中午30', 70, '合计：早上40 + 中午30'],
    ['trainees', '上午一百二下午90', 210, '合计'],
  ])('%s: %s → offered as %s', (field, text, n, words) => {
    offered('count', field, text, n, words);
  });
});

describe('yes/no: a use reported, then asked whether it counts with an A-not-A question (dev set 19)', () => {
  it.each(['租了间办公室，算不算楼堂馆所？', '投了些抖音推广，这个算不算买流量', '付了平台年费，属不属于交易平台'])('%s is asked with the uses the item names', (text) => {
    const out = formParse({ kind: 'yesno', field: 'forbidden_use', text, now: '2018-09-20' });
    expect(out).toMatchObject({ ok: true, value: null, confirm: true });
    expect((out as { question: string }).question).toContain('本项所问的用途是');
  });
});

describe('dates typed in a hurry (dev set 20): a letter for a digit is asked, the same date sent twice is read', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([['1l月2日', '2018-11-02'], ['9月2O号', '2018-09-20'], ['1O月15日', '2018-10-15']])('%s is asked as %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: true });
  });

  it.each([['11月2日 11月2日', '2018-11-02'], ['下周一，下周一', '2018-09-24']])('%s is %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it('two different dates are not read as either', () => {
    expect(date('11月2日 11月3日')).not.toMatchObject({ ok: true, confirm: false });
  });
});

describe('the same figure typed twice (dev set 20) is read once and asked; digits that repeat are a figure of their own', () => {
  const figure = (kind: 'amount' | 'count', field: string, text: string) => formParse({ kind, field, text, now: '2018-09-20' });

  it.each([
    ['count', 'training_sessions', '三场三场', 3],
    ['count', 'trainees', '一百二一百二', 120],
    ['amount', 'spent_upstream', '6万6万', 6],
  ] as const)('%s %s %s is asked as %s', (kind, field, text, value) => {
    expect(figure(kind, field, text)).toMatchObject({ ok: true, value, confirm: true });
  });

  it.each([['count', 'trainees', '1212', 1212]] as const)('%s %s %s is %s', (kind, field, text, value) => {
    expect(figure(kind, field, text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it('a single Chinese digit typed twice (七七: 77, or 7?) is offered as neither', () => {
    expect(figure('count', 'trainees', '七七')).not.toMatchObject({ ok: true, confirm: false });
    expect(figure('count', 'trainees', '七七')).not.toMatchObject({ value: 7 });
  });
});

describe('a letter among Chinese numerals (dev set 20) names no one figure: asked again, none offered', () => {
  it.each([['amount', 'spent_upstream', '三o万'], ['amount', 'spent_total', '二十l万'], ['count', 'trainees', '一百o五']] as const)('%s %s %s', (kind, field, text) => {
    const out = formParse({ kind, field, text, now: '2018-09-20' });
    expect(out).toMatchObject({ ok: true, value: null, confirm: true });
    expect((out as { question: string }).question).toContain('含有字母');
  });
});

describe('a chat line copied with its @mention (dev set 20): the mention is no part of the answer', () => {
  it.each([
    ['amount', 'spent_upstream', '@王会计 本周物流付了3万', 3],
    ['count', 'training_sessions', '@刘主任：办了2场', 2],
    ['yesno', 'forbidden_use', '@李科长 没有', false],
  ] as const)('%s %s %s', (kind, field, text, value) => {
    expect(formParse({ kind, field, text, now: '2018-09-20' })).toMatchObject({ ok: true, value, confirm: false });
  });
});

describe('an answer, then the rest put off (dev set 19): the form pauses, storing nothing from the half-said message', () => {
  const control = (field: string, text: string) => formParse({ kind: 'control', field, text, now: '2018-09-20' });

  it.each([
    ['spent_upstream', '先报5万，其余的下午再填'],
    ['training_sessions', '2场。今天先到这'],
    ['trainees', '80人，剩下的回头再填'],
  ])('%s: %s', (field, text) => {
    expect(control(field, text)).toMatchObject({ ok: true, control: 'pause' });
  });

  it.each([
    ['service_points_total', '回头再建3个，现在建成25个'],
    ['spent_upstream', '5万，下一个'],
  ])('%s: %s is no pause', (field, text) => {
    expect(control(field, text)).not.toMatchObject({ control: 'pause' });
  });
});

describe('a day written as month.day before what happened that day (dev set 20): the figure after it is read, and asked', () => {
  const figure = (kind: 'amount' | 'count', field: string, text: string) => formParse({ kind, field, text, now: '2018-09-20' });

  it.each([
    ['amount', 'spent_upstream', '9.17付物流费2万', 2],
    ['count', 'training_sessions', '9.19 办了1场', 1],
  ] as const)('%s %s %s is asked as %s', (kind, field, text, value) => {
    const out = figure(kind, field, text);
    expect(out).toMatchObject({ ok: true, value, confirm: true });
    expect((out as { question: string }).question).toContain('按日期');
  });

  it('a total, then a part after a comma, is not read as a day', () => {
    expect((figure('amount', 'spent_total', '2.5，其中培训0.5万') as { question?: string }).question ?? '').not.toContain('按日期');
  });
});

describe('a list of days, then so much each (dev set 20): the days counted times the figure, asked; no day read as a figure', () => {
  it.each([
    ['count', 'training_sessions', '10月8、9日各一场', 2],
    ['count', 'training_sessions', '21号和22号各2场', 4],
    ['count', 'trainees', '20、21、22日各40人', 120],
  ] as const)('%s %s %s is asked as %s', (kind, field, text, value) => {
    expect(formParse({ kind, field, text, now: '2018-09-20' })).toMatchObject({ ok: true, value, confirm: true });
  });
});

describe('the everyday mix with context (dev set 23)', () => {
  const yesno = (text: string) => formParse({ kind: 'yesno', text, field: 'forbidden_use', now: '2018-09-20' });

  it.each(['中央资金均未用于以上用途', '钱没用于这些', '资金并未用于上述用途'])('%s: the funds named, then denied every listed use, is a no', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: false, confirm: false });
  });

  it('资金没有用于楼堂馆所: the funds named before a denial of one use still has the others asked', () => {
    expect(yesno('资金没有用于楼堂馆所')).toMatchObject({ ok: true, value: null, confirm: true, question: expect.stringContaining('网络交易平台、工作经费或购买流量') });
  });
});

describe('a day past its month’s end (dev set 23)', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each(['2月31号', '二月三十日', '2019年2月30日'])('%s is two or more days past the end: no slip for the last day, refused', (text) => {
    expect(date(text)).toMatchObject({ ok: false, error: expect.stringContaining('这个日期不存在') });
  });

  it('2月29日 in a year with no such day, said in September, offers next February’s last day, naming the year', () => {
    expect(date('2月29日')).toMatchObject({ ok: true, value: '2019-02-28', confirm: true, question: expect.stringContaining('2019年2月28日') });
  });
});

describe('so many days before or after a holiday (dev set 23)', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([
    ['国庆前一天', '2018-09-30'],
    ['元旦的前一天', '2018-12-31'],
  ])('%s, the day before the holiday’s own day, → %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it.each([
    ['中秋前两天', '2018-09-22'],
    ['国庆节后三天', '2018-10-04'],
    ['端午节前一天', '2019-06-06'],
  ])('%s, more days, days after a break, or a holiday months off, is offered as %s and asked', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: true });
  });

  it('国庆后第一天 is still the first working day after the break', () => {
    expect(date('国庆后第一天')).toMatchObject({ ok: true, value: '2018-10-08' });
  });
});

describe('a figure with a remark or a breakdown (dev set 23)', () => {
  it.each([
    ['trainees', '120人次，另有15人次未统计在内', 120],
    ['households_benefited', '300户，还有20户没算进去', 300],
  ] as const)('%s: %s, a figure said to be left out of the count, offers the other (%s), asked', (field, text, value) => {
    offered('count', field, text, value, '您的回复中有多个数字');
  });

  it.each([
    ['spent_service_centre', '30万，其中设备15万', 30],
    ['spent_upstream', '合计20万，其中冷库租金8万', 20],
  ] as const)('%s: %s, a bare whole broken down by a part naming no other matter, offers the whole (%s), asked', (field, text, value) => {
    offered('amount', field, text, value, '您的回复中有多个数字');
  });

  it.each([
    ['spent_service_centre', '本周一共30万，其中设备15万'],
    ['spent_service_centre', '一共30万，其中培训5万'],
    ['spent_training', '一共3万，其中讲课费5万'],
  ] as const)('%s: %s (the week’s whole, another matter’s part, or a part above the whole) is asked for one figure', (field, text) => {
    offered('amount', field, text, null);
  });
});

describe('figures copied from a statement (dev set 22): this week beside the running total, what is unpaid, the total opened with 共', () => {
  it('offers the part said of this week when the whole is a running total at a weekly field', () => {
    offered('amount', 'online_sales', '今年累计网络零售额420万元，其中本周18万元', 18, '本周18万元');
    offered('amount', 'spent_total', '截至目前累计支出300万，其中本周新增45万', 45);
  });

  it('keeps the running total at a running field', () => {
    offered('count', 'service_points_total', '累计建成站点96个，其中本周新建4个', 96);
  });

  it('leaves money not yet paid out of what was spent', () => {
    offered('amount', 'spent_upstream', '物流补贴已付8万元，还有3万元未拨付', 8);
    offered('amount', 'spent_training', '支付讲课费2万元，场地费1万元尚未结算', 2);
  });

  it('adds up 服务点 and 服务站 as parts of the stations built', () => {
    offered('count', 'service_points_total', '乡镇电商服务站9个，村级电商服务点64个', 73, '合计');
  });

  it('offers the total the other figures add up to, when 共 also opens the list', () => {
    offered('count', 'service_points_total', '共建乡镇站8个、村级站70个，合计78个', 78, '合计78个');
    offered('count', 'service_points_total', '共建乡镇站8个、村级站70个，合计80个', null);
  });
});

describe('dates in formal notices (dev set 22): a deadline 顺延至 a day, a span with 之间, no day chosen yet', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([
    ['验收截止时间顺延至11月5日', '2018-11-05'],
    ['报送截止日期挪到10月12日', '2018-10-12'],
  ])('%s is %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it.each(['9月25日至28日之间', '十月十日到二十日期间', '过两天再定', '下周择日', '本月另行通知', '下个月找个日子'])('%s names no one day and is asked', (text) => {
    expect(date(text)).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it.each(['待定', '到时候再说'])('%s names no time at all and is no date', (text) => {
    expect(date(text)).toMatchObject({ ok: false });
  });
});

describe('a formal no (dev set 22): who checked said first, the funds named before the denial of their use', () => {
  const yesno = (text: string) => formParse({ kind: 'yesno', field: 'forbidden_use', text, now: '2018-09-20' });

  it.each(['经县纪委、审计局联合检查，本周未发生此类支出', '经我局自查，不存在上述情况', '中央资金均未用于上述方面', '本周财政资金未列支上述费用'])('%s is a no', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: false, confirm: false });
  });

  it('a denial of one use, with the funds named, still asks about the others', () => {
    expect(yesno('中央资金没有用于购买流量')).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it.each(['资金没有全部到位', '资金未到账'])('%s denies no use, and is not read as a no', (text) => {
    expect(yesno(text)).not.toMatchObject({ value: false, confirm: false });
  });
});

describe('十 written as a word that sounds like it (时, 实, 石), before 万 or a digit', () => {
  it('offers the figure with 十 read in, never stores it unasked', () => {
    offered('amount', 'spent_training', '三时五万', 35, '“时”按“十”理解');
    offered('amount', 'spent_service_centre', '石万', 10, '“石”按“十”理解');
    offered('count', 'households_benefited', '八实户', 80, '“实”按“十”理解');
  });

  it('leaves 时 in 小时, 同时, 实际 and a time of day alone', () => {
    stored('amount', 'spent_total', '同时付了6万', 6);
    stored('amount', 'spent_total', '实际支出4万', 4);
    stored('count', 'trainees', '下午2时开班，来了35人', 35);
  });
});

describe('幺 said for 一 (dictation, Gansu speech): a digit wherever it stands beside a numeral', () => {
  it('reads 幺 as 一 in figures', () => {
    stored('amount', 'spent_total', '幺点二万', 1.2);
    stored('amount', 'spent_total', '幺万三', 1.3);
    stored('count', 'trainees', '幺百零五人次', 105);
    stored('count', 'tenders_done', '幺个', 1);
  });

  it('reads 幺 as 一 in dates', () => {
    expect(formParse({ kind: 'date', text: '十幺月五号', now: '2018-09-20' })).toMatchObject({ ok: true, value: '2018-11-05', confirm: false });
    expect(formParse({ kind: 'date', text: '十月幺十号', now: '2018-09-20' })).toMatchObject({ ok: true, value: '2018-10-10', confirm: false });
  });

  it('leaves 幺 that names no figure alone', () => {
    expect(read('count', 'tenders_done', '老幺去办了')).not.toMatchObject({ value: 1 });
  });
});

describe('十 dictated as 时 (实, 石) in a date: asked with the reading, never where 时 is a word', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it('offers the date with 十 read in', () => {
    expect(date('时一月三号')).toMatchObject({ ok: true, value: '2018-11-03', confirm: true });
    expect(date('九月二实号')).toMatchObject({ ok: true, value: '2018-09-20', confirm: true });
    expect(date('十月时八日')).toMatchObject({ ok: true, value: '2018-10-18', confirm: true });
    expect(date('嗯就是时二月三号')).toMatchObject({ ok: true, value: '2018-12-03', confirm: true });
  });

  it('leaves a time of day alone', () => {
    expect(date('9月28日下午3时')).toMatchObject({ ok: true, value: '2018-09-28', confirm: false });
  });
});

describe('两 dictated as 量, and 十 as 时 after filler words: asked with the reading, never stored unasked', () => {
  it('offers the figure with 两 read in', () => {
    offered('amount', 'spent_total', '量万八', 2.8, '“量”按“两”理解');
    offered('count', 'trainees', '量百人次', 200, '“量”按“两”理解');
    offered('count', 'tenders_planned', '一共是量个', 2, '“量”按“两”理解');
  });

  it('offers 时 read as 十 after 嗯, 那个, 就是', () => {
    offered('amount', 'spent_total', '嗯那个时二万', 12, '“时”按“十”理解');
  });

  it('leaves 量 inside a word alone', () => {
    stored('amount', 'spent_total', '销量不错，支出3万', 3);
    stored('count', 'training_sessions', '数量2场', 2);
  });
});

describe('yes or no said aloud (dictation, Gansu speech)', () => {
  const yesno = (text: string) => formParse({ kind: 'yesno', field: 'forbidden_use', text, now: '2018-09-20' });

  it('asks 是 dictated as 事 with the reading spelled out, never stores it unasked', () => {
    expect(yesno('事的')).toMatchObject({ ok: true, value: true, confirm: true });
    expect(yesno('事，有一笔')).toMatchObject({ ok: true, value: true, confirm: true });
    expect(yesno('事情还在核实')).not.toMatchObject({ value: true });
  });

  it('reads past 那个 and 嗯 before a hedged answer, and asks it', () => {
    expect(yesno('那个应该莫有吧')).toMatchObject({ ok: true, value: false, confirm: true });
    expect(yesno('嗯那个好像有吧')).toMatchObject({ ok: true, value: true, confirm: true });
    expect(yesno('就是那个莫有')).toMatchObject({ ok: true, value: false, confirm: false });
    expect(yesno('嗯 事滴')).toMatchObject({ ok: true, value: true, confirm: true });
  });

  it('asks a use judged not to count as a no', () => {
    expect(yesno('我觉得不属于吧')).toMatchObject({ ok: true, value: false, confirm: true });
  });

  it('keeps a plain answer followed by a question about what comes next', () => {
    expect(yesno('有，要补充说明吗？')).toMatchObject({ ok: true, value: true, confirm: false });
    expect(yesno('没有，还用填别的吗')).toMatchObject({ ok: true, value: false, confirm: false });
    expect(yesno('有，这个算吗')).not.toMatchObject({ confirm: false });
  });
});

describe('parts named by where they were, 上 or 里 after a place (乡上, 县里), said without a comma', () => {
  it('reads each part with its place, and offers the total they add up to', () => {
    offered('count', 'trainees', '乡上40人次县上25人次', 65, '合计');
    offered('count', 'training_sessions', '四场，村里三场乡上一场', 4);
  });
});

describe('a figure in words that starts with its point, or whose digit before the point was misheard', () => {
  it('never stores the digits after the point as the whole figure', () => {
    offered('amount', 'spent_total', '点八万', 0.8, '小数点前没有数字');
    offered('amount', 'spent_total', '本周支出点三万', 0.3, '小数点前没有数字');
    offered('amount', 'spent_total', '量点八万', 2.8, '“量”按“两”理解');
    offered('amount', 'spent_total', '时三点五万', 13.5, '“时”按“十”理解');
  });

  it('leaves 站点 before a count alone', () => {
    stored('count', 'service_points_total', '站点八个', 8);
  });
});

describe('事 for 是 before a figure, and 时 or 量 before a point or after 万', () => {
  it('asks 事 before a figure as it asks 是 there (十, or "yes"?), offering no one reading', () => {
    offered('amount', 'spent_total', '事三万', null, '“事”可能是“十”');
  });

  it('offers 时 before a point and 量 after 万 with the reading spelled out', () => {
    offered('amount', 'spent_total', '时点二万', 10.2, '“时”按“十”理解');
    offered('amount', 'spent_total', '三万量千', 3.2, '“量”按“两”理解');
  });
});

describe('a time of day is when, never how many', () => {
  it.each([
    ['trainees', '晚上7点开课，到了38人', 38],
    ['trainees', '9:30开班，参训41人', 41],
    ['training_sessions', '上午9点一场，下午两点半一场，共2场', 2],
  ])('at %s, %s reads %s', (field, text, value) => {
    const out = formParse({ kind: 'count', text, field, now: '2018-09-20' });
    expect(out).toMatchObject({ ok: true, value });
  });

  it.each(['下午4点', '10点钟'])('%s alone is asked with no reading', (text) => {
    expect(formParse({ kind: 'count', text, field: 'trainees', now: '2018-09-20' })).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it.each([['3点5万', 3.5], ['二十点五万', 20.5]])('%s at an amount is a decimal point, not a time', (text, value) => {
    expect(formParse({ kind: 'amount', text, field: 'spent_total', now: '2018-09-20' })).toMatchObject({ ok: true, value, confirm: false });
  });
});

describe('an ordinal or a name is no count', () => {
  it.each(['5号站点', '2号冷库已经启用'])('%s at the service points is asked with no reading', (text) => {
    expect(formParse({ kind: 'count', text, field: 'service_points_total', now: '2018-09-20' })).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it('第4期，只办了这一期 offers one, asked', () => {
    expect(formParse({ kind: 'count', text: '开了第4期，只开了这一期', field: 'training_sessions', now: '2018-09-20' })).toMatchObject({ ok: true, value: 1, confirm: true });
  });
});

describe('a share of a figure is the product, offered', () => {
  it.each([
    ['200万的百分之五', 10],
    ['资金总额800万的3%', 24],
  ])('%s offers %s万元, asked', (text, value) => {
    expect(formParse({ kind: 'amount', text, field: 'spent_total', now: '2018-09-20' })).toMatchObject({ ok: true, value, confirm: true });
  });

  it('a share beyond the whole is not read as one', () => {
    expect(formParse({ kind: 'amount', text: '200万的百分之五百', field: 'spent_total', now: '2018-09-20' })).not.toMatchObject({ value: 1000 });
  });
});

describe('so many payments, then each listed, add up', () => {
  it('付了4笔：2万、1万、3万、4万 offers 10万元, asked', () => {
    expect(formParse({ kind: 'amount', text: '本周付了4笔：2万、1万、3万、4万', field: 'spent_total', now: '2018-09-20' })).toMatchObject({ ok: true, value: 10, confirm: true });
  });

  it('a list of another length than the count is not added up', () => {
    expect(formParse({ kind: 'amount', text: '付了2笔：2万、1万、3万', field: 'spent_total', now: '2018-09-20' })).toMatchObject({ ok: true, value: null, confirm: true });
  });
});

describe('dates said with what is due by then, or with another name of the day after a comma (dev sets 28, 29)', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([
    ['后天截止', '2018-09-22'],
    ['9月30日到期', '2018-09-30'],
    ['明天中午前务必交', '2018-09-21'],
    ['本周五下班前一定要报送', '2018-09-21'],
    ['10月8日，节后上班第一天', '2018-10-08'],
    ['9月24号，中秋节当天', '2018-09-24'],
  ])('%s is %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it('asks when the day after the comma is another day', () => {
    expect(date('9月25号，中秋节当天')).toMatchObject({ ok: true, value: null, confirm: true });
    // (2018: 9月29日 and 30日 were working days made up for the National Day holiday.)
    expect(date('9月28号，国庆前最后一个工作日')).toMatchObject({ ok: true, value: null, confirm: true });
  });
});

describe('"the same as before" with the no-change said beside it (dev set 28)', () => {
  it.each(['跟上期填的一样，没有变动', '没变化，和上周一样', '同上周报的相同，没动', '和上回一样'])('%s is asked for the figure it stands for', (text) => {
    offered('count', 'households_benefited', text, null, '上期没有这一项的数据');
  });
});

describe('a whole broken down by a narrower kind of the field’s matter (dev set 30)', () => {
  it('offers the whole when the part is a narrower kind (深度贫困村 within 贫困村)', () => {
    offered('count', 'poor_villages_covered', '覆盖了52个村，其中深度贫困村17个', 52);
    offered('count', 'households_benefited', '带动了640户，其中深度贫困户95户', 640);
  });

  it('still offers the part when it is the field’s matter itself', () => {
    offered('count', 'poor_villages_covered', '52个村，其中贫困村17个', 17);
  });
});

describe('dev set 31: answers said with another county, a moved deadline or a double negation', () => {
  it('reads this county’s figure beside one of another county', () => {
    stored('amount', 'spent_total', '我县15万，听说临夏县花了30多万', 15);
    stored('count', 'training_sessions', '3场，别的县都办了5场', 3);
  });

  it('asks when no figure is said to be this county’s own', () => {
    offered('amount', 'spent_total', '临潭县12万，卓尼县18万', null, '多个数字');
  });

  it('reads the new day of a deadline moved from the day first set', () => {
    const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });
    expect(date('原定10月8日，现推迟到10月22日')).toMatchObject({ ok: true, value: '2018-10-22', confirm: false });
    expect(date('原来定的是下周五，已改为10月12日')).toMatchObject({ ok: true, value: '2018-10-12', confirm: false });
  });

  it('reads "not none" as a yes, and an undoing still to come leaves the yes', () => {
    const yesno = (text: string) => formParse({ kind: 'yesno', field: 'forbidden_use', text, now: '2018-09-20' });
    expect(yesno('也不是没有，就一点点')).toMatchObject({ ok: true, value: true, confirm: false });
    expect(yesno('有，准备尽快整改')).toMatchObject({ ok: true, value: true, confirm: false });
    // (A no said after 不是没有 is no yes; money already returned is still asked.)
    expect(yesno('有，已经追回了')).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it('reads the intent of a start said with a first figure, of a county’s figures asked, and of a report not wanted now', () => {
    const intent = (text: string) => formParse({ kind: 'command', text });
    expect(intent('填报周报，这周培训了两场')).toMatchObject({ intent: 'start-report' });
    expect(intent('培训进度到多少了')).toMatchObject({ intent: 'progress' });
    expect(intent('我们县各项工作完成了多少')).toMatchObject({ intent: 'progress' });
    for (const text of ['本周周报报完了', '我不愿意填周报', '记得提醒我下午交周报']) expect(intent(text), text).toMatchObject({ intent: 'none' });
  });

  it('reads a resume that names the report left off', () => {
    expect(formParse({ kind: 'control', field: 'trainees', text: '恢复刚才的填写' })).toMatchObject({ control: 'resume' });
  });
});

describe('dev set 31: a figure said to be the same as another item’s, with no figure given', () => {
  it.each(['和培训场次相同', '跟乡镇站数一样，一站一村一对一'])('%s is re-asked for the figure itself', (text) => {
    expect(read('count', 'trainees_poor', text)).toMatchObject({ ok: false });
  });

  it('still reads a figure said with it', () => {
    stored('amount', 'spent_service_points', '8万，跟上行一样多', 8);
  });
});

describe('dev set 31: a report already in, a later day named by its weekday, who fills it, and a resume or pause said briefly', () => {
  const intent = (text: string) => formParse({ kind: 'command', text });
  it.each(['本周的已经报了', '下周二再报周报', '周报由谁来报'])('%s asks nothing of the form now', (text) => {
    expect(intent(text)).toMatchObject({ intent: 'none' });
  });

  it('reads the county’s count asked, said with 几个', () => {
    expect(intent('本县招标完成几个了')).toMatchObject({ intent: 'progress' });
  });

  it('reads 恢复 with the time the report stopped, and 先存一下 as a pause', () => {
    const control = (text: string) => formParse({ kind: 'control', field: 'trainees', text });
    expect(control('恢复上回的')).toMatchObject({ control: 'resume' });
    expect(control('先存下，晚上接着填')).toMatchObject({ control: 'pause' });
  });
});

describe('a sum written to the 角 and 分 as a ledger or a cheque writes it is one figure (dev set 32)', () => {
  it.each([
    ['45678元9角', 4.5679],
    ['叁万零伍拾元肆角贰分', 3.005],
    ['七千八百元零六分', 0.78],
    ['9999块9毛9分', 1],
  ])('%s is read as one figure in 元 and offered rounded to the 元', (text, wan) => {
    offered('amount', 'spent_upstream', text, wan, '含有角、分');
  });

  it('the question quotes the words as typed', () => {
    offered('amount', 'spent_upstream', '陆万柒仟元伍角', 6.7001, '“陆万柒仟元伍角”');
  });
});

describe('米有 typed for 没有', () => {
  const at = (text: string) => formParse({ kind: 'yesno', field: 'forbidden_use', text, now: '2018-09-20' });
  it.each(['这周米有', '米有，都按规定用的'])('%s at the forbidden uses is a no', (text) => {
    expect(at(text)).toMatchObject({ ok: true, value: false, confirm: false });
  });

  it('米 in a word or a measure stays what it is: 玉米有 is no answer', () => {
    expect(at('玉米有')).not.toMatchObject({ value: false, confirm: false });
  });
});

describe('none, sums and breakdowns said in sentences (dev33 classes)', () => {
  it.each([
    ['amount', 'spent_total', '本周一分钱都没花'],
    ['count', 'service_points_total', '一个都还没建成'],
    ['count', 'households_benefited', '目前还没带动一户'],
    ['amount', 'spent_training', '培训这块目前还没有'],
    // "Not one" after who or when, with a noun between or 个/场 rather than 分钱 (none-said.ts reads NOT_ONE once they are cut).
    ['count', 'training_sessions', '这周一场也没办'],
    ['count', 'service_points_total', '我们一个都还没建成'],
    ['count', 'households_benefited', '目前一户贫困户都没带动'],
  ] as const)('%s %s: %s is none', (kind, field, text) => stored(kind, field, text, 0));

  it('reads A加B，共C when the parts add up to the total, asked; parts that do not add up are not read', () => {
    offered('amount', 'spent_service_centre', '桌椅8万加网络2万，共10万', 10);
    offered('amount', 'spent_service_centre', '桌椅8万加网络2万，共12万', null);
  });

  it('offers a figure followed by the parts that add up to it, and not one whose parts do not', () => {
    offered('count', 'training_sessions', '三场，周一一场周五两场', 3);
    offered('count', 'tenders_done', '4个，第一批1个第二批3个', 4);
    offered('count', 'training_sessions', '三场，周一一场周五一场', null);
  });
});

describe('words around the figure that are no figure, and the part the field names (dev33 classes)', () => {
  it('头一回 / 头一次 counts from the first and is no figure', () => {
    stored('amount', 'spent_total', '头一次填这个，本周支出8万', 8);
  });

  it('offers the part named by the field’s own label, not the whole; parts adding up to the whole leave the whole', () => {
    offered('amount', 'online_sales', '这周线上一共卖了70万，其中农产品52万', 52);
    offered('amount', 'spent_total', '这周付了40万，其中中央财政资金25万', 25);
    offered('count', 'service_points_total', '一共50个，其中乡镇10个，村级40个', 50);
  });
});

describe('batches listed, then the total (dev33 class)', () => {
  it('offers the total when the batches listed come to no more than it, and asks when they come to more', () => {
    offered('count', 'service_points_total', '分四批建的，第一批10个，第二批6个，一共30个', 30);
    offered('count', 'tenders_done', '第一批2个，第二批3个，合计5个', 5);
    offered('count', 'tenders_done', '第一批6个，第二批3个，合计5个', null);
  });
});

describe('a floor of a building is no figure (dev33 class)', () => {
  it('reads the money beside 5层, never the floor', () => {
    offered('amount', 'spent_service_centre', '租了商务楼5层的一间，交了一年房租6万', 6);
    expect(read('amount', 'spent_service_centre', '3层')).toMatchObject({ ok: false });
  });
});

describe('ordinals listed together (dev33 class)', () => {
  it('offers how many ordinals are listed, each naming one; a single ordinal stays no figure', () => {
    offered('count', 'training_sessions', '第四期和第五期这周都开了', 2, '序号');
    offered('count', 'training_sessions', '第四期开班了', null, '序号');
  });
});

describe('a whole broken down by one level, none said of this week, money at a count (dev35 class)', () => {
  it('offers the whole when the part names one level of a field that counts both levels', () => {
    offered('count', 'service_points_total', '总共96个，其中村级站80个', 96);
    offered('count', 'poor_villages_covered', '一共96个，其中贫困村40个', 40);
  });

  it('reads none said of this week, with a plan for later beside it, as 0 (asked when the plan is next week’s)', () => {
    expect(read('count', 'training_sessions', '本周没有，月底再办')).toMatchObject({ ok: true, value: 0 });
    offered('count', 'tenders_done', '这周没有，下周开标', 0);
  });

  it('turns back money said at a count of things, whatever the verb of spending', () => {
    expect(read('count', 'service_points_total', '给站点投了12万')).toMatchObject({ ok: false, error: expect.stringContaining('是金额') });
    expect(read('count', 'tenders_done', '项目资金共80万')).toMatchObject({ ok: false, error: expect.stringContaining('是金额') });
  });
});

describe('a weekday after a holiday, and so long from today (dev35 class)', () => {
  const date = (text: string) => formParse({ kind: 'date', text, now: '2018-09-20' });

  it.each([
    ['国庆过后的第一个星期一', '2018-10-08'],
    ['元旦以后第一个礼拜一', '2019-01-07'],
    ['三周后的今天', '2018-10-11'],
    ['十天以后的这一天', '2018-09-30'],
  ])('%s → %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it('asks when the first such weekday after the break is not the first after the holiday’s own day', () => {
    expect(date('国庆后第一个周四')).toMatchObject({ ok: true, value: '2018-10-11', confirm: true });
    expect(date('国庆过后的第一个星期二')).toMatchObject({ ok: true, value: '2018-10-09', confirm: true });
  });
});

describe('number forms of a hurried hand (dev34 class)', () => {
  it('reads the figure after a bare 不是 that says what was meant, with or without 是 after the comma', () => {
    stored('amount', 'spent_upstream', '20万，不是，是26万', 26);
    stored('amount', 'spent_upstream', '20万不是，应该是26万', 26);
    stored('count', 'tenders_done', '4个 不是 是6个', 6);
  });

  it('reads a day of payment set apart by a space as when, and asks about a day before this week', () => {
    stored('amount', 'spent_training', '2万 9月19号付的', 2);
    stored('amount', 'spent_training', '9月19日支付了2万', 2);
    offered('amount', 'spent_training', '2万 9月12号付的', 2, '在本周之前');
    offered('amount', 'spent_training', '12号付了2万', 2, '9月12日在本周之前');
  });

  it('offers a figure whose parts in brackets add up to it, and asks with every figure when they do not', () => {
    offered('count', 'service_points_total', '75（乡镇9+村66）', 75);
    offered('amount', 'spent_total', '20万（设备12万+运费8万）', 20);
    offered('count', 'service_points_total', '75（乡镇9+村60）', null);
  });

  it('offers the done figure of "so many out of so many" at a count, and the whole at a planned one', () => {
    offered('count', 'tenders_done', '4/7', 4);
    offered('count', 'tenders_done', '完成 4 / 7 个', 4);
    offered('count', 'tenders_planned', '4/7', 7);
  });

  it('reads a picked total with no unit, past what 万元 allows, in 元 (asked)', () => {
    offered('amount', 'spent_training', '讲课费4千，场地费1千，共5千', 0.5, '按“元”理解');
  });
});

describe('a figure in the wrong measure at a count (dev34 class)', () => {
  it('rejects a bare figure of people where no people are counted, and asks at the households', () => {
    expect(read('count', 'poor_villages_covered', '48人')).toMatchObject({ ok: false, error: expect.stringContaining('是人数') });
    expect(read('count', 'tenders_planned', '12名')).toMatchObject({ ok: false });
    offered('count', 'households_benefited', '900人', null, '是人数');
    offered('count', 'training_sessions', '办班来了60人', null, '是人数');
  });

  it('rejects a bare figure of millions with no unit at a count as money', () => {
    expect(read('count', 'tenders_planned', '450万')).toMatchObject({ ok: false, error: expect.stringContaining('是金额') });
    offered('count', 'tenders_done', '2万', null, '合理范围');
  });
});

describe('corrections and this week’s figure beside another (dev34 class)', () => {
  it('reads a bare 不 between commas, or 纠正一下, as taking the figure before back', () => {
    stored('amount', 'spent_upstream', '7万，不，8万', 8);
    stored('count', 'trainees', '40人，不，是45人', 45);
    stored('amount', 'spent_upstream', '7万，纠正一下，8万', 8);
  });

  it('offers this week’s figure when another week’s is said straight before or after it, with no comma', () => {
    offered('amount', 'spent_total', '上周6万这周9万', 9, '这周9万');
    offered('count', 'training_sessions', '这周1场上周2场', 1, '这周1场');
  });

  it('offers this week’s part over a whole said of no time at a weekly field', () => {
    offered('amount', 'spent_total', '40万（本周6万）', 6);
    offered('amount', 'spent_total', '40万，其中本周培训6万', 40);
  });
});

describe('keyboard and speech forms of a count, and zero said in full (dev34 class)', () => {
  it('reads a count unit spelt in pinyin after digits', () => {
    stored('count', 'service_points_total', '52ge', 52);
    stored('count', 'trainees', '88ren', 88);
  });

  it('reads 百 or 千 with 一 left off at a count, asked, and leaves it unread at an amount', () => {
    offered('count', 'trainees', '百八', 180, '一百八');
    offered('count', 'households_benefited', '千二户', 1200, '一千二');
    expect(read('amount', 'spent_total', '千二')).toMatchObject({ ok: false });
  });

  it('stores zero written in Chinese with a unit, and a none at a part field without asking what matter it names', () => {
    stored('amount', 'spent_total', '〇万元', 0);
    stored('amount', 'spent_upstream', '暂无支出', 0);
    stored('amount', 'spent_service_points', '本周无此项支出', 0);
  });
});

describe('people counted with 个 (dev34 class)', () => {
  it('asks with no reading when 个人 is given where things are counted', () => {
    offered('count', 'tenders_done', '9个人', null, '是人数');
  });
});

describe('a bare total beside parts in 万 stays in 万 (dev34 class)', () => {
  it('offers the total in 万元 when the parts are written in 万', () => {
    offered('amount', 'spent_total', '设备900万，运费700万，合计1600', 1600);
  });
});

describe('the currency named after the figure, and the whole said with 一共 (dev36 classes; our own wordings)', () => {
  it('reads 人民币 after a bare figure as 元, asked, and after 万 as nothing more', () => {
    offered('amount', 'spent_upstream', '28000人民币', 2.8, '按“元”理解');
    stored('amount', 'spent_upstream', '2.8万人民币', 2.8);
    stored('amount', 'spent_total', '36000元人民币', 3.6);
  });

  it('offers the figure achieved, not the whole of the county said with 一共 or 总共', () => {
    offered('count', 'poor_villages_covered', '全县总共有72个贫困村，覆盖了50个', 50);
    offered('count', 'poor_villages_covered', '覆盖了31个，全县一共40个村', 31);
  });
});

describe('figures in the forms of dev40 (our own wordings)', () => {
  it('offers a share of the allocation said in words, worked out, and never stores it unasked', () => {
    offered('amount', 'spent_total', '下达资金的百分之四', 60, '1500万元的百分之四');
    offered('amount', 'spent_total', '用了拨款的五分之一', 300);
    offered('amount', 'spent_upstream', '四分之一的资金', 375);
    offered('amount', 'spent_total', '总额度的两成左右', 300);
    // (A part's own money, or a share of more than the whole, is no share of the allocation: asked with no reading.)
    offered('amount', 'spent_total', '培训经费的五分之一', null);
    offered('amount', 'spent_total', '总资金的百分之一百五十', null);
    // (Online sales are no spending of the allocation.)
    offered('amount', 'online_sales', '总资金的百分之四', null);
  });

  it('offers a fraction of a figure as the product, as a percentage of one is', () => {
    offered('amount', 'spent_total', '90万的三分之一', 30, '×');
    offered('amount', 'spent_upstream', '40万的四分之三', 30, '×');
    // (More than the whole is no share of it: asked with no reading.)
    offered('amount', 'spent_total', '20万的二分之三', null);
  });

  it('multiplies the price of one by a count of the same things, asked', () => {
    offered('amount', 'spent_training', '一期培训6000元，开了4期', 2.4, '×');
    offered('amount', 'spent_service_points', '一个村级站1.5万，建了6个', 9, '×');
    // (People are no count of the sessions priced: not multiplied.)
    expect(read('amount', 'spent_training', '一场培训6000元，来了40人')).not.toMatchObject({ value: 24 });
  });

  it('offers what was achieved when the county’s whole is said before it in one clause', () => {
    offered('count', 'poor_villages_covered', '全县68个贫困村已覆盖了41个', 41);
    offered('count', 'households_benefited', '全县900户贫困户带动了230户', 230);
  });

  it('rejects a fee named with a figure in 万 at a count', () => {
    expect(read('count', 'trainees', '讲课费三万')).toMatchObject({ ok: false });
    expect(read('count', 'training_sessions', '场地费1.2万')).toMatchObject({ ok: false });
  });
});

import fc from 'fast-check';
import type { IncomingMessage, MessageAction } from '../../src/core/message.ts';
import { WEEKLY_FIELDS } from '../../src/features/weekly-report/fields.ts';

/** Demo roster people (local user ids) and a few strangers nobody has bound. */
export const SENDERS = ['visitor', 'zhuoni-official', 'diebu-official', 'zhouqu-official', 'gannan-staff', 'admin', 'stranger-1', 'stranger-2'] as const;

const SPECIAL = [
  '\u0000',
  '\u0000\u0000填报',
  '\u0007\u0008\u001b[31m',
  '\r\n\r\n',
  '\t\v\f',
  '\u202e报填\u202c',
  '\u200f\u05e9\u05dc\u05d5\u05dd\u200e',
  'مرحبا بالعالم',
  '\u200b\u200c\u200d\ufeff',
  '填\u200b报',
  '帮\u00ad助',
  'e\u0301\u0301\u0301\u0301\u0301',
  'Z̷̧̛̗͈͎͍̈́̓̀͜a̴̢̛̤͙̔̾l̸̨̡̛̝̓g̵̡̛̗̈́o̶̢͎̾',
  '\ud800',
  '\udfff',
  '\ud83d',
  '𠀀𠀁𠀂𪚥𰻞',
  '\u{10ffff}\u{e0001}\u{e0041}',
  '\u{1d400}\u{1d401}',
  '\uffff\ufffe',
  '\u2028\u2029',
  '\u3000\u3000',
  '＂；ＤＲＯＰ',
];
const SQL = [
  "'; drop table people; --",
  "1' OR '1'='1",
  '"; DELETE FROM reports; --',
  "Robert'); DROP TABLE conversations;--",
  "' UNION SELECT platform_user_id FROM identities --",
  "%' --",
  '?',
  '$1',
  ':name',
  '\\',
  "'",
  '"',
  '`',
  'pragma writable_schema=1;',
  "卓尼县'; update counties set allocation_yuan=0; --",
];
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection attempt, as a hostile person would type it.
  '${process.exit(1)}',
  '</textarea><b>',
  '<a href="javascript:alert(1)">点我</a>',
  '&lt;&#x3C;&amp;',
  ']]><!--',
  '**粗体** _斜体_ [链接](http://x)',
  '<at user_id="all"></at>',
  '@_all',
  '@_user_1',
  '{"tag":"markdown","content":"x"}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];
const EMOJI = ['👍', '👨‍👩‍👧‍👦', '🇨🇳', '🏳️‍🌈', '🧑🏽‍🌾', '😀😀😀😀😀', '🀄', '⚠️', '✅❌'];
export const NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0',
  '00',
  '1e309',
  '1e-309',
  '0x1F',
  '0b101',
  '1_000',
  '１２３',
  '一千二百',
  '壹仟贰佰',
  '两万',
  '负五',
  '3.14.15',
  '1,234,567.89',
  '١٢٣',
  '४५',
  'Ⅻ',
  '½',
  '⑤',
  '45万元',
  '-45万',
  '0.0000001',
  '9'.repeat(400),
  '45亿',
  '1e6万',
  '０.５',
  '.5',
  '5.',
  '++5',
  '五十万零三',
  '百',
  '12个',
  '两场',
  '120人次',
  '200户',
  '99999999999999999999',
  String(Number.MAX_SAFE_INTEGER),
  String(2 ** 53 + 1),
  '100%',
  '三成',
  '45万7千',
];
const COUNTIES = ['卓尼县', '卓尼', '迭部县', '舟曲县', '碌曲县', '崆峒区', '甘南州', '不存在县', '卓尼县卓尼县', '卓 尼 县'];
const COMMANDS = [
  '绑定',
  '绑定 ',
  '绑定：',
  'bind',
  '绑定本群',
  '绑定本群 市州群',
  '绑定本群 县级群',
  '填报',
  '周报',
  '修改',
  '修改周报',
  '修改 2018-W',
  '修改记录',
  '汇总',
  '本周汇总',
  '上周汇总',
  '新增截止',
  '调整截止',
  '关闭截止',
  '已完成',
  '进度',
  '我县进度',
  '设置贫困村',
  '截止日期',
  '有用',
  '没用',
  '帮助',
  'help',
  '我是谁',
  '继续填报',
  '取消填报',
  '暂停',
  '继续',
  '上一步',
  '跳过',
  '同上周',
  '确认',
  '确认提交',
  '取消',
  '是',
  '否',
  '修改第',
  '改',
];
/** Answers a form accepts, so conversations get deep and reports get filed among the garbage. */
const PLAUSIBLE = [
  '0',
  '5',
  '12',
  '45万',
  '1',
  '2',
  '3',
  '10',
  '否',
  '是',
  '跳过',
  '确认',
  '确认提交',
  '同上周',
  '20',
  '100',
  '物流配送',
  '违规购买流量3万元',
  '不变，原因是统计口径调整',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** One hostile fragment. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
  { weight: 3, arbitrary: pick(SPECIAL) },
  { weight: 2, arbitrary: pick(SQL) },
  { weight: 2, arbitrary: pick(MARKUP) },
  { weight: 2, arbitrary: pick(EMOJI) },
  { weight: 3, arbitrary: fc.oneof(pick(NUMBERS), fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String)) },
  { weight: 2, arbitrary: pick(COUNTIES) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString().slice(0, 10))) },
  {
    weight: 1,
    arbitrary: pick([
      '2018-12-20',
      '2018-13-45',
      '2018-02-30',
      '12月20日',
      '明天',
      '下周五',
      '0000-00-00',
      '9999-12-31',
      '2018-W40',
      'W99',
      '第0周',
      '2018年第53周',
    ]),
  },
);

const joiner = pick([' ', '', '：', '\u3000', '\n', '  ', ':']);

/** A whole message text: garbage, a command with garbage arguments, a plausible answer, or a 20–100 KB text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 24, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 5 }).chain((parts) => joiner.map((j) => parts.join(j))) },
  { weight: 24, arbitrary: fc.tuple(pick(COMMANDS), joiner, fc.array(fragment, { maxLength: 3 })).map(([c, j, args]) => [c, ...args].join(j)) },
  { weight: 20, arbitrary: pick(PLAUSIBLE) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick(['填报', '我县进度', '', '汇总 ']), fragment, fc.integer({ min: 20_000, max: 100_000 }))
      .map(([c, p, n]) => (c + (p || '字').repeat(Math.ceil(n / Math.max(1, p.length)))).slice(0, n)),
  },
);

const hugeObjectString = fc
  .integer({ min: 1, max: 2_000 })
  .map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { deep: [i, null, 'x'.repeat(10)] }]))));
const valueText = fc.oneof(hostileText, pick(NUMBERS), hugeObjectString, fc.constant('[object Object]'), fc.constant(''));
const fieldKey = fc.oneof(
  pick(WEEKLY_FIELDS.map((f) => f.key)),
  pick(['__proto__', 'constructor', 'toString', '', ' ', 'spent_total ', 'SPENT_TOTAL']),
  fc.string({ maxLength: 10 }),
);

/** A card button or form submission with weird names and values. */
export const hostileAction: fc.Arbitrary<MessageAction> = fc.record({
  name: fc.oneof(
    pick(['form-submit:weekly-report', 'form-submit:', 'form-submit:../../etc', 'button', '', 'form-submit:weekly-report\u0000']),
    fc.string({ unit: 'binary', maxLength: 30 }),
  ),
  values: fc.option(fc.dictionary(fieldKey, valueText, { maxKeys: 20 }), { nil: undefined }),
});

export interface HostileCase {
  readonly from: string;
  /** Undefined: a direct chat. */
  readonly group?: string;
  readonly mentioned: boolean;
  readonly text: string;
  readonly action?: MessageAction;
  /** Deliver the same message (same id) once more right after. */
  readonly redeliver: boolean;
}

const redeliver = fc.integer({ min: 0, max: 19 }).map((n) => n === 0);

const anyoneCase: fc.Arbitrary<HostileCase> = fc.record({
  from: fc.oneof({ weight: 9, arbitrary: pick(SENDERS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) }),
  group: fc.oneof(
    { weight: 7, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant('gannan-group') },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
  ),
  mentioned: fc.boolean(),
  text: hostileText,
  action: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileAction }),
  redeliver,
});

/** Two officials who mostly answer their forms properly (with garbage in between), so reports get filed and edited. */
const diligentCase: fc.Arbitrary<HostileCase> = fc.record({
  from: pick(['zhouqu-official', 'luqu-official']),
  mentioned: fc.constant(true),
  text: fc.oneof(
    { weight: 12, arbitrary: pick(PLAUSIBLE) },
    { weight: 1, arbitrary: pick(['填报', '修改周报', '继续填报', '我县进度', '修改记录']) },
    { weight: 2, arbitrary: hostileText },
  ),
  redeliver,
});

export const hostileCase: fc.Arbitrary<HostileCase> = fc.oneof({ weight: 3, arbitrary: anyoneCase }, { weight: 1, arbitrary: diligentCase });

let seq = 0;
/** The IncomingMessage a local adapter would build for a case. */
export function toMessage(c: HostileCase, now: Date): IncomingMessage {
  return {
    platform: 'local',
    chatId: c.group ?? c.from,
    chatKind: c.group ? 'group' : 'direct',
    chatName: c.group,
    sender: { userId: c.from },
    text: c.text,
    mentioned: c.group ? c.mentioned : true,
    messageId: `hostile-${process.pid}-${++seq}`,
    receivedAt: now,
    action: c.action,
  };
}

/**
 * What people type, tidied before it is read. Traditional characters are read as simplified (沒有 is 没有:
 * some phones and officials write them), and emoji are dropped (否😅 is 否, 合作市 周报 🙏 is a request):
 * a face or a folded hand is tone, never a figure or an answer.
 */

// Pairs of traditional and simplified characters that occur in answers, commands and figures.
const TRADITIONAL =
  '沒没無无對对兩两萬万億亿個个場场塊块錢钱幾几週周報报參参費费經经買买這这還还開开點点實实際际數数額额項项處处戶户筆笔貧贫訓训練练鄉乡鎮镇縣县區区單单網网銷销電电務务樓楼臺台館馆發发動动確确認认為为於于與与從从來来時时後后說说會会們们裡里裏里麼么嗎吗過过讓让給给繼继續续暫暂寫写貳贰陸陆統统計计劃划預预應应該该辦办並并產产農农業业設设備备購购運运營营號号樣样問问題题聽听種种資资講讲課课錄录標标補补進进詢询況况國国慶庆節节禮礼';
const SIMPLE = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) SIMPLE.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);
const TRADITIONAL_CHAR = new RegExp(`[${[...SIMPLE.keys()].join('')}]`, 'g');
const EMOJI = /\p{Emoji_Presentation}|\u{FE0F}|\u{200D}/gu;

// 么有, 莫有, 木有, 没得, 莫得, 冇: 没有 as it is said in Gansu and elsewhere (not the 么 of 什么有, 怎么有; 么得法 is 没法, read by intents.ts).
// (米有: 没有 as chat slang types it; not the 米 of 大米有, 玉米有, 100米有.)
const SAID_NO =
  /(?<![什怎这那多])么有|莫有|木有|(?<![\d十百千大小玉糯稻粟厘毫公平海虾米])米有|(?<![什怎这那多])么得(?!法|办法)|莫得(?!法|办法)|没得(?!说|了|法|办法)|冇有?/g;

// 莫变, 么花钱, 莫动: 没 before a verb, said the same way.
const SAID_NOT = /(?<![什怎这那多要干为])[莫么](?=[变动花用办搞建开招卖统培])/g;

// 參萬元, 參場, 參佰人次: 參 is the traditional hand's capital 叁 (three) before a numeral's unit or a measure
// word; 參加, 參會 and 參考 (take part, consult) are not followed by one.
const CAPITAL_THREE = /參(?=[拾仟佰萬億元角場個人戶次家村項塊十百千万亿场个户项块])/g;

// 幺点五万, 幺个, 十月幺号, 幺千二: 幺 is 一 as digits are read aloud (phone numbers) and as Gansu speech says it;
// read as 一 only beside a numeral, a point or a measure word, or alone (幺妹, 老幺 name a youngest child).
const BESIDE_ONE = '[零〇一二两三四五六七八九十百千万亿点月]';
const YAO = new RegExp(`^幺$|(?<=${BESIDE_ONE})幺|幺(?=${BESIDE_ONE}|[个号日块元场户人次项家村期])`, 'g');

// 等一哈, 看一哈: 一哈 is 一下 as the north-west says it (no count of anything: 等一哈 is no 1).
const ONE_HA = /(?<=[\u4e00-\u9fff])一哈(?![\d零〇一二两三四五六七八九十百千万个人场户次项家村元块])/g;

/** 幺 said for 一 (幺万八 → 一万八), certain wherever it stands beside a numeral. */
export const oneSaid = (s: string): string => s.replace(YAO, '一');

/** 沒有 → 没有; 么有 → 没有; 幺个 → 一个; 等一哈 → 等一下; 否😅 → 否 (spaces and punctuation kept). */
export function tidy(raw: string): string {
  return raw
    .replace(CAPITAL_THREE, '叁')
    .replace(TRADITIONAL_CHAR, (c) => SIMPLE.get(c)!)
    .replace(EMOJI, '')
    .replace(YAO, '一')
    .replace(SAID_NO, '没有')
    .replace(SAID_NOT, '没')
    .replace(ONE_HA, '一下');
}

const DECORATIONS = /^(?:约|大约|大概|共|共计|合计|累计|计|本周|人民币|rmb|¥|￥)+|(?:左右|上下|整|多|余|以上|。|\.)+$/gi;

/** NFKC, no spaces, no thousands separators; and the words around a figure that change nothing (约, 合计, 整) unless `decorations` is false. */
export function clean(raw: string, decorations = true): string {
  const s = tidy(raw)
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u3000]+/g, '')
    .replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, '$1');
  return decorations ? s.replace(DECORATIONS, '') : s.replace(/[。.]+$/, '');
}

import { CONFIRM_TAIL, type Answer } from './answer.ts';
import type { FieldSpec } from './template.ts';

// 第3期, 3号服务站, 2号库: a place in a sequence or a name, not how many.
// (3号 alone may be a date; only with the thing it numbers after it is it a name.)
const ORDINAL = /第[\d一二三四五六七八九十]+[期个场次批项]?|[\d一二三四五六七八九十]+号(?:服务站|服务点|站点|站|点|村|库|仓库?|店|楼|线|中心|车间|冷库)/;
// 就这一场, 只办了这一期: after an ordinal, the count said in words is one.
const JUST_ONE = /(?:就|只|仅)(?:有|办了|举办了|开了|搞了|是)?(?:这|那)?(?:一|1)(?:场|期|个|次|批|班)/;

// 第二期和第三期, 第1、2、3批: ordinals listed together, each naming one.
const LISTED = /第[\d一二三四五六七八九十]+[期场次批]?(?:(?:和|、|跟|及|与)第?[\d一二三四五六七八九十]+[期场次批]?)+(?![\d一二三四五六七八九十])/;

/** 第3期培训班开班了: an ordinal, not how many; asked with no reading. Undefined when the message has none. */
export function ordinalAnswer(field: FieldSpec, raw: string, bareUnit: string): Answer | undefined {
  const s = raw.normalize('NFKC');
  const ordinal = ORDINAL.exec(s);
  if (!ordinal) return undefined;
  const named = /号/.test(ordinal[0]) ? '编号' : '序号';
  // 第二期和第三期都办了: each listed is one; their number offered, asked.
  const listed = field.kind === 'count' ? LISTED.exec(s) : null;
  const n = listed ? listed[0].split(/和|、|跟|及|与/).length : 0;
  if (listed && n === new Set(listed[0].split(/和|、|跟|及|与/)).size)
    return {
      ok: true,
      value: n,
      confirm: `“${listed[0]}”是${n}个${named}，按${n}${field.unit ?? '个'}理解，您要填写的是 ${n}${field.unit ?? '个'}吗？${CONFIRM_TAIL}`,
    };
  // 举办了第3期电商培训，就这一场: one, said in words beside the ordinal; offered, asked.
  const one = field.kind === 'count' ? JUST_ONE.exec(s.replace(ORDINAL, '')) : null;
  if (one) return { ok: true, value: 1, confirm: `“${ordinal[0]}”是${named}，按“${one[0]}”理解，您要填写的是 1${field.unit ?? '个'}吗？${CONFIRM_TAIL}` };
  return {
    ok: true,
    value: null,
    confirm: `“${ordinal[0]}”是${named}，不是数量。请直接输入${field.kind === 'amount' ? '金额，例如 45 或 45万' : `${bareUnit}，例如 3`}。`,
  };
}

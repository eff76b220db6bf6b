import { type Answer, CONFIRM_TAIL } from './answer.ts';
import { denies, namesUse } from './yesno-uses.ts';
import type { FieldSpec } from './template.ts';

/**
 * 平台没有，经费也没动 / 楼堂馆所没建，流量没买: no plain 是 or 否, but every clause names a use asked about and
 * denies it. Uses left unnamed are asked in turn (nothing was said of them); when every use is named, the no is
 * offered and asked back. A clause naming no use, or not denying one, leaves the answer to the other readers.
 */
export function deniedEach(field: FieldSpec, raw: string): Answer | undefined {
  const uses = field.asksAbout ?? [];
  const clauses = raw
    .normalize('NFKC')
    .replace(/[。.!！~～]+$/, '')
    .split(/[，,。；;、\s]+/)
    .filter(Boolean);
  if (!uses.length || !clauses.length || /[?？吗]|有没有|是否|算不算/.test(raw)) return undefined;
  if (!clauses.every((c) => namesUse(field, c) && denies(c) && !/\d|了[^，,]*[\d两三四五六七八九十]/.test(c))) return undefined;
  const denied = uses.filter((words) => words.some((w) => clauses.some((c) => c.includes(w))));
  if (!denied.length) return undefined;
  if (denied.length === uses.length) return { ok: true, value: false, confirm: `您逐项说明了没有的用途，按“否”理解。您的回答是“否”吗？${CONFIRM_TAIL}` };
  const rest = uses.filter((u) => !denied.includes(u)).map((u) => u[0]!);
  const others = rest.length > 1 ? `${rest.slice(0, -1).join('、')}或${rest.at(-1)}` : rest[0];
  return { ok: true, value: null, confirm: `您说明了没有用于${denied.map((u) => u[0]).join('、')}。本周是否有资金用于${others}？请回复“是”或“否”。` };
}

import { aboutField, type Clause, COMPETING, fitsMeasure, PLAN } from './clauses.ts';
import { BASE } from './several-words.ts';
import type { FieldSpec } from './template.ts';

/** What is still to do, said of its figure: 还差24个, 剩下10个, 未覆盖的8个. */
const LEFT_OVER = /^(?:还|尚|仍)?(?:差|剩下?的?|没有?覆盖的?|未覆盖的?|没有?完成的?|未完成的?)$/;

/**
 * 48个，全县72个贫困村还差24个 / 覆盖45个，全县贫困村60个，剩下15个: at a count, the figure done said beside the
 * whole it is out of (全县…) and what is still left. When done and left add up to the whole, the figure done is the
 * answer (offered, asked, as every reading of several figures is); when they do not, null: no figure is offered
 * (least of all the whole).
 */
export function doneOutOfWhole(field: FieldSpec, read: readonly Clause[]): Clause | null | undefined {
  if (field.kind !== 'count' || field.plan || read.length !== 3 || !read.every((c) => c.own && !c.own.doubt && !c.part)) return undefined;
  const whole = read.filter((c) => BASE.test(c.text));
  const left = read.filter((c) => !whole.includes(c) && LEFT_OVER.test(c.label));
  const done = read.filter((c) => !whole.includes(c) && !left.includes(c));
  if (whole.length !== 1 || left.length !== 1 || done.length !== 1) return undefined;
  const [d] = done;
  const plain = !d!.label || aboutField(field, d!) || /^(?:已经?|已)?(?:覆盖|带动|建成|完成)了?$/.test(d!.label);
  if (!plain || COMPETING.test(d!.label) || PLAN.test(d!.text) || !fitsMeasure(field, d!)) return undefined;
  return d!.own!.value + left[0]!.own!.value === whole[0]!.own!.value ? d! : null;
}

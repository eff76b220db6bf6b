const MAX_QUOTE = 90;

/**
 * Shortens a long sentence to the comma-separated parts around the words that matter,
 * marking cuts with ……, so a phone shows the rule and not the whole paragraph.
 */
export function excerpt(sentence: string, keywords: readonly string[], max = MAX_QUOTE, shortest = false): string {
  if (sentence.length <= max) return sentence;
  const parts = sentence.match(/[^，：]+[，：]?/g) ?? [sentence];
  const weight = parts.map((p) => keywords.filter((k) => k && p.includes(k)).reduce((s, k) => s + k.length, 0));
  // Of parts naming as much, the shortest when asked: a long list of document titles names 管理 in passing, 实行…绩效管理 states it.
  const most = Math.max(...weight);
  let best = shortest ? weight.reduce((b, w, i) => (w === most && (b < 0 || parts[i]!.length < parts[b]!.length) ? i : b), -1) : weight.indexOf(most);
  if (best < 0) best = 0;
  let from = best;
  let to = best;
  const len = () => parts.slice(from, to + 1).join('').length;
  // Grow towards the sentence end first: rules tend to state the requirement after the subject.
  while (true) {
    const canRight = to + 1 < parts.length && len() + parts[to + 1]!.length <= max;
    const canLeft = from > 0 && len() + parts[from - 1]!.length <= max;
    if (canRight && (weight[to + 1]! >= (canLeft ? weight[from - 1]! : 0) || !canLeft)) to += 1;
    else if (canLeft) from -= 1;
    else break;
  }
  let text = parts.slice(from, to + 1).join('');
  let cut = to < parts.length - 1;
  // One very long part (a list of document titles) is cut at a list mark.
  if (text.length > max * 1.5) {
    // 有单独的考核办法吗: the item of the list naming most of the asked words is kept, though it stands past the cut.
    const items = text.split('、');
    const named = items.map((item) => keywords.filter((k) => k && item.includes(k)).reduce((s, k) => s + k.length, 0));
    const top = named.indexOf(Math.max(...named));
    const at = text.lastIndexOf('、', max);
    const head = text.slice(0, at > max / 2 ? at : max);
    if (top > 0 && named[top]! > named.slice(0, head.split('、').length).reduce((a, b) => Math.max(a, b), 0) && items[top]!.length <= max) {
      let first = top;
      while (first > 0 && items.slice(first - 1, top + 1).join('、').length <= max) first -= 1;
      text = items.slice(first, top + 1).join('、');
      if (first > 0) text = `……${text}`;
      cut = top < items.length - 1 || to < parts.length - 1;
    } else {
      text = head;
      cut = true;
    }
  }
  if (cut) text = text.replace(/[，：、]$/, '') + '……';
  if (from > 0) text = '……' + text;
  return text;
}

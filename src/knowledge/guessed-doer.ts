/**
 * 培训由谁来承担？县里自己办吗: a who-question followed by the asker's guess at the doer. The guess is answered by
 * whom the notice names for the act, so the who-question alone is asked; the guessed body's own clause (which names that
 * body, not the act) does not serve the answer.
 */

/** A part asking who does something (谁来做, 哪个单位负责, 由哪家提供). */
const ASKS_WHO = /谁|哪(?:个|家|些|一)?(?:单位|部门|机构|家|方)/;

/** A guess at a doer: (是|由|让)…(自己|自行)…吗, 是不是…自己搞 — a yes/no naming no new act. */
const GUESS = /^(?:那|还是)?(?:是不是|是|由|让|交给)?[^，,。？?]{1,12}?(?:自己|自行|亲自|直接)(?:来)?(?:弄|搞|做|干|办|负责|承担|提供|组织)?(?:吗|吧|么|不|呢|啊)?[？?。]*$/;

/** The who-question of such a message, or undefined. */
export function whoBeforeGuess(raw: string): string | undefined {
  const m = /^([^？?]{3,}?[？?])\s*([^？?]+[？?]?)$/.exec(raw.trim()) ?? /^([^，,。？?]{3,})[，,]\s*([^，,。？?]+[？?]?)$/.exec(raw.trim());
  if (!m) return undefined;
  const [, who, guess] = m;
  // A level's own doing (是州里自己组织吗) is the claimed doer's to answer, with the whole message (claimed-doer.ts).
  const level = /(?:是|由|让)?(?:不是)?(?:示范)?[省州县市](?:里|上|级)?(?:自己|自行|亲自|直接)/.test(guess!);
  return ASKS_WHO.test(who!) && !ASKS_WHO.test(guess!) && !level && GUESS.test(guess!.trim()) ? who!.replace(/[？?，,]$/, '') : undefined;
}

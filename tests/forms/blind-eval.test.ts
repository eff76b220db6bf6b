import { describe, expect, it } from 'vitest';
import { formScoreLine, loadFormSet, runFormEval, verdict } from '../../src/cli/form-eval.ts';

/**
 * The form reader against the blind answer set (365 answers written by a helper who saw only the
 * field list; frozen by tests/blind-sets.test.ts). Its misses are never printed here: reading them
 * would be tuning on it. The floors only stop a regression; the README and docs/features.md state the score.
 */
describe('the form reader on its answer sets', () => {
  /**
   * Floors: they stop a regression; the goal on each is no silent misreading and 95% understood.
   * blind: first run 282/365, 17 silent misreadings. blind3, written after the reader had been tuned:
   * first run 270/320, 6; 293/320 and 4 after dev sets 6 and 7 (not met yet, docs/cli.md). blind4:
   * first run 302/320, 2; 308/320 and none after dev sets 6 and 7. blind5, written after all of that:
   * first run 305/320, 3. After dev sets 8 and 9: blind3 295/320 and 3, blind4 309/320, blind5 307/320 and 1.
   * blind6, written after dev sets 8 and 9: first run 311/320, 2. After dev set 10: blind4 310/320,
   * blind5 310/320 and none, blind6 312/320 and 1 (blind and blind3 unchanged). blind7, written after
   * dev set 10: first run 310/320, 1. After dev sets 11 and 12 (blind results not consulted by the tuning): blind
   * 359/365, blind3 297/320 and 3, blind4 314/320, blind5 312/320, blind6 314/320 and none, blind7 315/320 and 1. After dev
   * sets 13 and 14: blind7 316/320 and none (the rest unchanged). blind8, written mid-round and first run after all of the
   * round's tuning: 318/320 and none. After dev sets 15 to 20 (blind results not consulted by the tuning): blind 360/365,
   * blind3 299/320 and 3, blind4 316/320, blind5 313/320, blind6 317/320, blind7 317/320, blind8 319/320. blind9, written
   * at the start of that round and first run after all of its tuning: 317/320 and none.
   * After dev sets 21 to 27 (blind results not consulted by the tuning): blind3 300/320 and 3, blind7 318/320, the rest
   * unchanged. After dev sets 28 to 31 (likewise): blind8 320/320, blind11 318/320, the rest unchanged (blind3 300/320 and 3).
   * After dev sets 32 and 33 and two rounds of our own probes (likewise): blind5 314/320, blind9 318/320, the rest unchanged
   * (blind3 300/320 and 3). After dev sets 39 and 40 (likewise; raised to the measured scores): blind 361/365, blind3 303/320
   * and 2, blind5 315/320, blind13 306/320, blind15 316/320, the rest unchanged. After dev sets 41 to 43 (likewise; raised
   * to the measured scores): blind5 316/320, blind9 319/320, the rest unchanged.
   */
  const BLIND_FLOORS = [
    { name: 'blind', total: 365, understood: 0.989, misread: 0 },
    { name: 'blind3', total: 320, understood: 0.946, misread: 2 },
    { name: 'blind4', total: 320, understood: 0.99, misread: 0 },
    { name: 'blind5', total: 320, understood: 0.987, misread: 0 },
    { name: 'blind6', total: 320, understood: 0.99, misread: 0 },
    { name: 'blind7', total: 320, understood: 0.996, misread: 0 },
    { name: 'blind8', total: 320, understood: 1, misread: 0 },
    { name: 'blind9', total: 320, understood: 0.996, misread: 0 },
    // blind10: written at the start of the dev21–dev24 round, first run after all of its tuning: 316/320 (98.8%), 0.
    { name: 'blind10', total: 320, understood: 0.99, misread: 0 },
    // blind11: written at the start of the dev25–dev27 round, first run after all of its tuning: 317/320 (99.1%), 0.
    { name: 'blind11', total: 320, understood: 0.993, misread: 0 },
    // blind12: written at the start of the dev28–dev31 round (committed and pinned before the reader ran on it), first run
    // after all of its tuning: 310/320 (96.9%), 0.
    { name: 'blind12', total: 320, understood: 0.975, misread: 0 },
    // blind13: written at the start of the dev32–dev33 round (committed and pinned before the reader ran on it), first run
    // after all of its tuning: 305/320 (95.3%), 0.
    { name: 'blind13', total: 320, understood: 0.956, misread: 0 },
    // blind14: written at the start of the dev34–dev36 round (committed and pinned before the reader ran on it), first run
    // after all of its tuning: 315/320 (98.4%), 0.
    { name: 'blind14', total: 320, understood: 0.984, misread: 0 },
    // blind15: written at the start of the dev37–dev38 round (committed and pinned before the reader ran on it), first run
    // after all of its tuning: 315/320 (98.4%), no silent misreading.
    { name: 'blind15', total: 320, understood: 0.987, misread: 0 },
    // blind16: written at the start of the dev39–dev40 round (committed and pinned before the reader ran on it), first run
    // after all of that round's tuning: 312/320, no silent misreading, 3 wrong controls or intents.
    { name: 'blind16', total: 320, understood: 0.975, misread: 0 },
    // blind17: written at the start of the dev41–dev43 round (committed and pinned before the reader ran on it), first run
    // after all of that round's tuning: 307/320 (95.9%), no silent misreading, 3 wrong controls or intents.
    { name: 'blind17', total: 320, understood: 0.959, misread: 0 },
  ] as const;
  for (const floor of BLIND_FLOORS) {
    it(`prints its score on ${floor.name} (never its misses) and holds its floor`, () => {
      const r = runFormEval(loadFormSet(floor.name));
      console.log(formScoreLine(floor.name, r));
      expect(r.total).toBe(floor.total);
      expect(r.understood / r.total).toBeGreaterThanOrEqual(floor.understood);
      expect(r.misread.length).toBeLessThanOrEqual(floor.misread);
    });
  }

  // (dev6 to dev14 were written from the field list alone; first runs 272/320, 283/320, 308/320, 291/320, 295/320,
  // 298/320, 296/320, 314/320 and 294/320, with 7, 2, 3, 3, 4, 2, 2, 2 and 5 silent misreadings; dev10 aimed at slips
  // that make a figure 10× or 10,000× off, dev11 at longer answers with several figures, dev12 at the north-west's
  // everyday speech, dev13 at bookkeeping and formal language, dev14 at speech-to-text and phone typing. dev15 (context and
  // time, measure words, first-time commands) and dev16 (second-language and older officials, traditional characters, 零
  // inside numerals): first runs 310/320 and 307/320, no silent misreading, 5 and 4 wrong controls or intents. dev17
  // (amounts and counts a slip could make 10× to 10,000× off) and dev18 (yes/no and dates): first runs 312/320 with 2
  // silent misreadings (十2万 as 2万元, .3万 as 3万元) and 288/320 with 3 (a no that then admits a forbidden cost, a yes
  // about last week, 没建楼 denying one use of four). dev19 (a busy week, many must-ask cases) and dev20 (people in a
  // hurry): first runs 309/320 and 305/320, 2 silent misreadings each (花了1500 as 1500万元, 100+ as 100; 12万… and
  // 有还是没有来着 stored). dev21 (the everyday mix), dev22 (formal wording, figures copied from statements) and dev23
  // (the everyday mix with context: corrections, remarks, holiday dates): first runs 317/320, 303/320 with 1 silent
  // misreading (1800万 of weekly online sales stored) and 312/320. dev24 (the everyday mix): 315/320. dev25 (the everyday mix)
  // and dev26 (answers by voice input and in Gansu dialect: 幺, 时 for 十, 量 for 两, 事 for 是, fillers): 313/320 and 302/320,
  // no silent misreading. dev27 (answers a careless reader would misread: two figures, bounds, negated figures, ordinals,
  // times of day): 300/320 with 1 silent misreading (没到10万 stored as 10万元).)
  // dev28 (figures inside sentences, corrections, wrong units), dev29 (controls and yes/no in everyday words) and dev30 (the
  // everyday mix in a hurry): first runs 301/320 (0 silent misreadings), 298/320 (1: 一场没办 stored as 1) and 308/320 (0).
  // dev31 (written to hunt silent misreadings): first run 296/320 with 4 (a figure beside another county's, a bound, a date
  // span, a bare yes and no together).
  // Their floors are lower: the misses left are labels that contradict other sets' labels for the same answer (a reject
  // where the reader asks back, e.g. 两场 for 培训人次 or 一千万 for a count of tenders).
  // dev32 (phone shorthand and ledger formats; 198 answers once those a blind set holds word for word were dropped) and
  // dev33 (sentences, dates and yes/no in everyday speech; 268 likewise): first runs 186/198 and 222/268, 2 silent
  // misreadings each (a sum to the 角 and 分, a running total at a this-week field, a supposed yes). Their misses now: amounts
  // given to the 分, which the form keeps in whole 元 and asks about before rounding, and labels that contradict other
  // sets' (a reply with no figure re-asked rather than confirmed; 看下汇总, which is the prefecture's digest command).
  // dev34 (number forms and keyboard slips; 175 kept), dev35 (controls, commands, yes/no with details; 217) and dev36 (a
  // first-time user, field by field; 177): first runs 161/175, 201/217 (1 silent misreading: 有也不多 stored as a plain yes)
  // and 165/177 (1: 很多站点都还没结账 stored as 0). Their misses now are labels that contradict other sets'.
  // dev37 (the first-day mix; 169 kept) and dev38 (figures a careless parser would misread; 206): first runs 160/169 (1
  // silent misreading by its label, 3 wrong intents) and 187/206 (1: a year's rent stored as the week's payment; 4 wrong
  // intents). dev37's one left is a label we do not follow: a figure corrected in the same message (X，不对，Y) is stored
  // as the corrected figure and echoed, as about forty labels of other sets and the shared suite's tests require; its
  // writer wanted it asked. It is named here so that any other misreading fails. Their other misses: a reply with no
  // figure or a share asked where the set re-asks (contradicting older sets), households at the villages field.
  // dev40 (every written form of a figure; 173 kept): first run 155/173 (no silent misreading, 4 wrong intents: the
  // county's own running figures asked with a closing 了 or after 目前/累计). Its misses now: a non-figure or a share
  // re-asked with an explanation where the set rejects it (as older sets' misses), and 0.12亿 labelled 12 (it is 1200万).
  // dev39 (answers typed in a hurry at the end of the week; 215 kept): first run 195/215, no silent misreading, 8 wrong
  // intents or controls (commands naming a mistyped county first, 这个先不写了 read as a pause). Its misses now: 卖了不少
  // and 这个我说不准, re-asked by a question where the set wants a plain re-prompt (as older sets' labels contradict).
  // dev41 (messages that say more than the figure; 220 kept), dev42 (hurried older officials: voice input, dialect, 大写
  // numerals; 221) and dev43 (the everyday mix of a first report; 174): first runs 196/220 (no silent misreading, 4 wrong
  // intents), 196/221 (2 silent misreadings by its labels, 3 wrong intents) and 167/174 (0, 2). dev42's one left, f42-017
  // (十二万 哦不对 十五万 stored as 15万 and echoed), is the same label conflict as dev37's f37-026.
  const LOWER: Partial<Record<string, number>> = { dev28: 0.981, dev29: 0.981, dev30: 0.987, dev31: 0.978, dev32: 0.964, dev33: 0.97, dev34: 0.988, dev36: 0.977, dev37: 0.964, dev38: 0.98, dev40: 0.971, dev43: 0.988 };
  const KNOWN_LABEL_CONFLICTS: Partial<Record<string, readonly string[]>> = { dev37: ['f37-026'], dev42: ['f42-017'] };
  for (const name of ['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43'] as const) {
    it(`the development answer set ${name} (tuned on) is read without a silent misreading; its misses are printed`, () => {
      const r = runFormEval(loadFormSet(name));
      console.log([formScoreLine(name, r), ...r.misread.map((m) => `  ✘ ${m.id} ${m.text} → ${m.got}`)].join('\n'));
      expect(r.misread.map((m) => m.id)).toEqual(KNOWN_LABEL_CONFLICTS[name] ?? []);
      expect(r.understood / r.total).toBeGreaterThanOrEqual(LOWER[name] ?? 0.99);
    });
  }

  it('the verdict tells a silent misreading from a question asked and from a re-prompt', () => {
    const amount = { id: 't', kind: 'amount' as const, field: 'spent_total', text: 'x' };
    expect(verdict({ ...amount, expect: { value: 12.5 } }, { ok: true, value: 12.5, display: '12.5万元', confirm: false })).toBe('understood');
    expect(verdict({ ...amount, expect: { value: 12.5 } }, { ok: true, value: 120005, display: '120005万元', confirm: false })).toBe('misread');
    expect(verdict({ ...amount, expect: 'ask' }, { ok: true, value: 450, display: '450万元', confirm: false })).toBe('misread');
    expect(verdict({ ...amount, expect: 'ask' }, { ok: true, value: null, confirm: true, question: '？' })).toBe('understood');
    expect(verdict({ ...amount, expect: { value: 12.5 } }, { ok: false, error: '请输入' })).toBe('safe');
    expect(verdict({ ...amount, expect: 'reject' }, { ok: false, error: '请输入' })).toBe('understood');
  });
});

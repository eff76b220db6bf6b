import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { evalReport, judge, loadEvalSet, runEval, scoreLine, type EvalSetName } from '../../src/knowledge/evaluation.ts';
import { loadProgramme } from '../../src/programme.ts';

const knowledge = createKnowledge(loadProgramme('gansu-2018'));

/**
 * The Q&A against its question sets. `dev` and `dev2` are tuned on; `blind` was written by a
 * helper who saw only notice.md and is never tuned on (tests/blind-sets.test.ts pins its hash).
 * The scores are printed on every run; the floors below only stop a regression.
 */
// Raised to the measured scores after the dev34–dev38 round (blind results not consulted by the tuning; blind7 lowered by one question).
const FLOORS: Readonly<Record<EvalSetName, { answerable: number; unanswerable: number }>> = {
  dev: { answerable: 1, unanswerable: 1 },
  dev2: { answerable: 0.988, unanswerable: 1 },
  dev3: { answerable: 0.981, unanswerable: 1 },
  dev4: { answerable: 0.975, unanswerable: 1 },
  // dev5 and dev6 were written last; their first runs (before any tuning on them) were 170/240 + 45/60 and 158/240 + 47/60.
  // Raised with the dev8/dev9 round (table rows, documents, remarks, backgrounds; examples rebuilt): 217/240 and 214/240.
  dev5: { answerable: 0.987, unanswerable: 0.966 },
  dev6: { answerable: 0.958, unanswerable: 1 },
  // dev7 was written this round; first run (unseen) 212/240 + 55/60; with the nearest-example revision, before any tuning on it, 217/240 + 55/60.
  // Held out (examples.json built without it) it scores 218/240 + 57/60: scripts/clause-examples.ts.
  // Raised with the dev8/dev9 round to 231/240.
  dev7: { answerable: 0.987, unanswerable: 1 },
  // dev8 (formal, context-first questions; the letter; the annex table) and dev9 (stated shares and amounts, yes/no, typos, pinyin,
  // voice) were written this round; first runs (unseen) 189/240 + 49/60 and 213/240 + 55/60. Tuned on since (table rows, the letter's
  // documents, remarks and backgrounds around the question, pinyin input); with examples.json rebuilt from them 235/240 + 60/60 and
  // 237/240 + 60/60. Held out (examples from the other sets, scripts/clause-examples.ts) 234/240 + 59/60 and 235/240 + 60/60.
  dev8: { answerable: 0.991, unanswerable: 1 },
  dev9: { answerable: 0.995, unanswerable: 1 },
  // dev10 (officials who describe instead of naming; two small asks; conditions): first run, unseen, 198/240 + 52/60.
  // Tuned on (the programme's things described: vocabulary; two counties at once; 还是 as a choice; forms, templates, papers and
  // proper names the clause does not give; fillers): 227/240 + 59/60, which is also its held-out score (examples from the other sets,
  // scripts/clause-examples.ts); without any examples 207/240 + 59/60. examples.json is NOT rebuilt with dev10's questions: the
  // rebuild (235/240 + 60/60 here) put blind2 one answerable question under its floor, so it was reverted, not the floor lowered.
  dev10: { answerable: 0.987, unanswerable: 1 },
  // dev11 (scenarios: a plan or situation described and asked whether it is allowed, enough, late; figures to compare; 算不算):
  // first run, unseen, 211/240 + 58/60. Tuned on: wrong answers (refusals for what the clause does not state, who-questions,
  // existing platforms) and refused answerables (officials' words for the notice's things, words of judgement such as
  // 违规/硬杠杠 not counted as a subject, claims checked against the notice's figures 三成/两成/3亿, the teller of a claim set
  // aside, a date weighed against another milestone) and wrong clauses (a share told as the premise, a 市州's counties asked
  // of the table, a 文号 asked on a subject): 234/240 + 60/60.
  dev11: { answerable: 0.979, unanswerable: 1 },
  // dev12 (terse phone typing and voice input, homophone slips, two questions in one; the documents themselves): first run,
  // unseen, 216/240 + 56/60. Tuned on (the same wrong-answer fixes; sound-alike slips of 文号/签发人/抄送, several particulars
  // of the letter asked at once, count and total together, the cited documents by number, a statement with a question mark
  // as yes/no; the 文号 cited on a subject, who-questions by the ranking's weight, a heading that names what is asked, and
  // three labels that now list the clause that states the answer: q12166, q12251, q12272): 239/240 + 60/60.
  dev12: { answerable: 0.995, unanswerable: 1 },
  // dev13 (prefecture and province staff supervising: checks, responsibilities, the annex table, time relative to a date,
  // purposes and principles; formal and casual words mixed): first run, unseen, 215/240 + 53/60. Tuned on (a county's 市州
  // refused unless the letter addresses it, venue/pledge/penalty refusals naming nothing, a count asked before a yes/no, the
  // clause holding the question's phrase word for word, why the letter forwards the plan; two labels widened): 224/240 + 60/60.
  dev13: { answerable: 0.987, unanswerable: 1 },
  // dev14 (long chatty messages: background before the question, village and cooperative words, pinyin initials and English,
  // how-to questions answered by a requirement): first run, unseen, 170/240 + 50/60. Tuned on (a refused message asked again
  // from the part that asks, the background before it set aside, asking-part.ts; pinyin initials gfzx/sx; refusals of amounts
  // per shop, periods of a rule, copies and seals, a government the notice never names): 194/240 + 58/60.
  dev14: { answerable: 0.966, unanswerable: 1 },
  // dev15 (second-language and older officials: simple grammar, local words; overview, negative and either-or questions):
  // first run, unseen, 213/240 + 50/60.
  dev15: { answerable: 0.987, unanswerable: 1 },
  // dev16 (figures and time: the notice's ratios applied to the county's own numbers, deadlines relative to a date, which
  // counties, phrases of the notice with a typo, one-line follow-ups): first run, unseen, 224/240 + 55/60.
  dev16: { answerable: 0.991, unanswerable: 1 },
  // dev17 (what new users ask first, in the kinds issue 12 lists: yes/no about a rule in their words, who/what/where worded
  // unlike the notice, ratios with a figure to compare, another place's figure, list words, the documents): first run,
  // unseen, 221/240 + 57/60.
  dev17: { answerable: 0.995, unanswerable: 1 },
  // dev18 (near misses: pairs in the same words, one the notice answers and one asking a detail it does not give; half
  // unanswerable): first run, unseen, 146/150 + 127/150.
  dev18: { answerable: 0.993, unanswerable: 0.993 },
  // dev19 (the everyday mix of the whole province's officials and the companies working with them; two-part questions,
  // what a principle means): first run, unseen, 230/240 + 55/60.
  dev19: { answerable: 0.983, unanswerable: 1 },
  // dev20 (after a meeting or a call: what someone said checked, the exact wording asked, the reason for a rule; what
  // happens if, who decides, how much or when exactly): first run, unseen, 219/240 + 50/60.
  dev20: { answerable: 0.995, unanswerable: 1 },
  // dev21 (the everyday mix, worded away from the notice): first run, unseen, 227/240 + 54/60.
  dev21: { answerable: 0.995, unanswerable: 1 },
  // dev22 (the everyday mix, worded away from the notice): first run, unseen, 230/240 + 58/60.
  dev22: { answerable: 0.995, unanswerable: 1 },
  // dev23 (a newly appointed official: the programme's terms not yet known, situations told and checked, a rule's open
  // detail asked beside it; 80 unanswerable): first run, unseen, 207/220 + 69/80.
  dev23: { answerable: 0.99, unanswerable: 1 },
  // dev24 (terse questions of 2 to 10 characters typed between meetings): first run, unseen, 217/240 + 52/60.
  dev24: { answerable: 0.983, unanswerable: 1 },
  // dev25 (one message as sent: a lead-in before the ask for a third, voice-to-text slips, two short asks): first run,
  // unseen, 220/240 + 57/60.
  dev25: { answerable: 0.991, unanswerable: 1 },
  // dev26 (the everyday mix): first run, unseen, 228/240 + 55/60.
  dev26: { answerable: 0.995, unanswerable: 1 },
  // dev27 (prefecture and province staff supervising the counties: a county's figures checked, the notice half-quoted
  // from memory): first run, unseen, 220/240 + 57/60.
  dev27: { answerable: 0.987, unanswerable: 1 },
  // dev28 (township and village staff who never read the notice: voice input, Gansu dialect words, homophone slips):
  // first run, unseen, 211/240 + 52/60.
  dev28: { answerable: 0.975, unanswerable: 1 },
  // dev29 (the everyday mix): first run, unseen, 227/240 + 55/60.
  dev29: { answerable: 0.995, unanswerable: 1 },
  // dev30 (two things asked or compared in one message, negative questions, what-if situations, the reason for a rule):
  // first run, unseen, 224/240 + 51/60.
  dev30: { answerable: 0.995, unanswerable: 1 },
  // dev31 (the everyday mix), written after dev28 and dev29 were tuned on: first run, unseen, 234/240 + 57/60.
  dev31: { answerable: 0.995, unanswerable: 1 },
  // dev32 (the everyday mix), written after the dev28–dev31 round: first run, unseen, 230/240 + 59/60.
  dev32: { answerable: 0.991, unanswerable: 1 },
  // dev33 (near misses: tempting unanswerable details beside what a clause states): first run, unseen, 230/240 + 57/60.
  dev33: { answerable: 0.983, unanswerable: 1 },
  // dev34 (near misses and yes/no about rules): first run, unseen, 226/240 + 57/60.
  dev34: { answerable: 0.987, unanswerable: 1 },
  // dev35 (wording far from the notice's: list words, dialect, typos, another place's figure): first run, unseen, 221/240 + 55/60.
  dev35: { answerable: 0.983, unanswerable: 1 },
  // dev36 (the everyday mix of a county office's first week): first run, unseen, 221/240 + 59/60.
  dev36: { answerable: 0.983, unanswerable: 1 },
  // dev37 (pinyin slips, two asks in a message, supervising the Gannan counties): first run, unseen, 222/240 + 54/60.
  dev37: { answerable: 0.983, unanswerable: 1 },
  // dev38 (why/how, negative checks, formal register, concrete local things), written after the dev34–dev37 tuning: first run, unseen, 206/240 + 59/60.
  dev38: { answerable: 0.966, unanswerable: 1 },
  // dev39 (every clause of the notice asked in everyday words): first run, unseen, 199/229 + 54/58.
  dev39: { answerable: 0.986, unanswerable: 1 },
  // dev40 (premises right or wrong, who is asking, two asks in one message, follow-ups): first run, unseen, 208/228 + 51/57.
  dev40: { answerable: 0.986, unanswerable: 1 },
  // dev41 (short fragments, typos, first-day askers) and dev42 (clause by clause with concrete county cases): first runs, unseen,
  // 220/236 + 50/60 and 203/225 + 58/59; tuned on since.
  dev41: { answerable: 0.991, unanswerable: 1 },
  dev42: { answerable: 0.973, unanswerable: 1 },
  // dev43 (a week of everyday questions) and dev44 (prefecture staff and leaders): first runs, unseen, 198/234 + 58/58 and
  // 204/226 + 50/58; tuned on since.
  dev43: { answerable: 0.952, unanswerable: 1 },
  dev44: { answerable: 0.969, unanswerable: 0.982 },
  // dev45 (the first-day mix, procedures the notice may not name), dev46 (short fragments and slips) and dev47 (concrete
  // spending plans): first runs, unseen, 205/228 + 51/53, 213/223 + 53/58 and 192/227 + 49/56; tuned on since.
  dev45: { answerable: 0.973, unanswerable: 1 },
  dev46: { answerable: 0.991, unanswerable: 1 },
  dev47: { answerable: 0.955, unanswerable: 1 },
  // dev48 (prefecture supervision) and dev49 (short messy fragments): first runs, unseen, 200/226 + 53/54 and 213/227 + 51/58;
  // tuned on since.
  dev48: { answerable: 0.964, unanswerable: 1 },
  dev49: { answerable: 0.969, unanswerable: 1 },
  // dev50 (concrete spending ideas): first run, unseen, 168/223 + 54/54; tuned on since.
  dev50: { answerable: 0.932, unanswerable: 1 },
  // dev51 (a newcomer who has not read the notice): first run, unseen, 200/220 + 53/56; tuned on since.
  dev51: { answerable: 0.968, unanswerable: 1 },
  // dev52 (our own figures and dates to check): first run, unseen, 198/220 + 48/58; tuned on since.
  dev52: { answerable: 0.94, unanswerable: 1 },
  // dev53 (the first-days mix): first run, unseen, 198/218 + 51/52; tuned on since.
  dev53: { answerable: 0.954, unanswerable: 1 },
  blind: { answerable: 0.949, unanswerable: 1 },
  // blind2 was written after the engine had been tuned, and first run at 84.4% / 87.3%.
  // The dev8/dev9 round: 194/205 (scores only).
  // Lowered from 0.92 to 0.9 in the dev11/dev12 round: its wrong-answer fixes (tuned on dev11/dev12 only, blind scores not
  // consulted) refuse one more unanswerable question on blind3, blind4 and the trap on blind4, and answer one more of blind2's.
  // Blind results are no longer used to keep or drop a change, so the floor follows the measured score. Lowered again to
  // 0.89 (49/55) after the long-message round (the question found past its background; pinyin initials), which answers one
  // more of its unanswerable questions; its answerable score rose from 193 to 195 in the same round.
  blind2: { answerable: 0.975, unanswerable: 0.945 },
  // blind3 was written this round, after all earlier tuning, and first run at 168/205 (82.0%) / 50/55 (90.9%).
  // Lowered from 0.9 to 0.89: the nearest-example revision (neighbours.ts, calibrated held out on the development sets) answers
  // one more of its unanswerable questions (49/55) while it answers 7 more answerable ones right (175/205), and blind2 refuses one more.
  // The dev8/dev9 round: 192/205 (scores only).
  blind3: { answerable: 0.975, unanswerable: 0.963 },
  // blind4 was written next round, after the nearest-example revision, and first run at 182/205 (88.8%) / 48/55 (87.3%).
  // The dev8/dev9 round: 197/205 + 50/55 (scores only).
  blind4: { answerable: 0.98, unanswerable: 1 },
  // blind5 was written after the dev8/dev9 round (whose changes were kept only if no blind score fell), and first run at 183/205 (89.3%) / 52/55 (94.5%).
  // Lowered from 0.951 (195/205) to 0.946 (194/205) in the dev22–dev27 round: its merges (tuned on development sets
  // only; blind scores looked at after the merges and not acted on) answer one fewer of its questions right.
  blind5: { answerable: 0.965, unanswerable: 0.963 },
  // blind6 was written at the start of the next round (after dev10), and first run at 189/205 (92.2%) / 53/55 (96.4%).
  blind6: { answerable: 0.951, unanswerable: 1 },
  // blind7 was written mid-round (after dev11/dev12 were tuned on) and first run after all of the round's tuning (dev11–dev14):
  // 191/205 (93.2%) / 51/55 (92.7%).
  // Lowered from 0.956 in the dev34–dev38 round: blind7 answers one question fewer right (196 → 195/205) after the round's
  // merges, while blind2, blind4, blind6, blind9 and blind10 gained 1–4; its misses are never printed, so it is not chased.
  blind7: { answerable: 0.96, unanswerable: 0.945 },
  // blind8 was written at the start of the dev15–dev20 round and first run after all of its tuning: 200/205 (97.6%) / 53/55 (96.4%).
  blind8: { answerable: 0.975, unanswerable: 0.963 },
  // blind9 was written at the start of the dev22–dev27 round and first run after all of its tuning: 184/205 (89.8%) / 52/55 (94.5%).
  blind9: { answerable: 0.921, unanswerable: 0.981 },
  // blind10 was written at the start of the dev28–dev31 round and first run after all of its tuning: 193/205 (94.1%) / 50/55 (90.9%).
  blind10: { answerable: 0.965, unanswerable: 0.909 },
  // blind11 was written at the start of the dev34–dev38 round (committed and pinned before the engine ran on it) and first run
  // after all of its tuning: 186/205 (90.7%) / 53/55 (96.4%).
  blind11: { answerable: 0.926, unanswerable: 0.963 },
  // blind12 was written at the start of the dev39–dev40 round (committed and pinned before the engine ran on it) and first run
  // after all of its tuning: 189/205 (92.2%) / 53/55 (96.4%).
  blind12: { answerable: 0.941, unanswerable: 0.963 },
  // blind13 was written at the start of the dev41–dev44 round (committed and pinned before the engine ran on it) and first run
  // after all of its tuning: 189/205 (92.2%) / 54/55 (98.2%).
  blind13: { answerable: 0.926, unanswerable: 0.981 },
  // blind14 was written at the start of the dev45–dev47 round (committed and pinned before the engine ran on it) and first run
  // after all of its tuning: 193/205 (94.1%) / 53/55 (96.4%).
  blind14: { answerable: 0.95, unanswerable: 0.963 },
  // blind15 was written at the start of the dev48–dev49 round (committed and pinned before the engine ran on it) and first run
  // after all of that round's Q&A tuning: 199/205 + 51/55.
  blind15: { answerable: 0.975, unanswerable: 0.927 },
  // blind16 was written at the start of the dev50–dev53 round (committed and pinned before the engine ran on it) and first run
  // after all of that round's Q&A tuning: 195/205 + 53/55.
  blind16: { answerable: 0.951, unanswerable: 0.963 },
};

describe('the Q&A evaluation sets', () => {
  // Every set with a floor: each registered set must have one (FLOORS is a Record over EvalSetName).
  for (const name of Object.keys(FLOORS) as EvalSetName[]) {
    it(`${name}: well-formed, every expected clause exists, about a fifth unanswerable`, () => {
      const set = loadEvalSet(name);
      expect(set.length).toBeGreaterThanOrEqual(170);
      // (About a fifth: a set written with exactly a fifth may fall just under it once the questions a blind set holds are
      // dropped, as dev45 did: 53 of 281.)
      expect(set.filter((c) => !c.answerable).length / set.length).toBeGreaterThanOrEqual(0.18);
      expect(new Set(set.map((c) => c.id)).size).toBe(set.length);
      for (const c of set) {
        if (c.answerable) expect(c.facts?.length && c.clause?.length, c.q).toBeTruthy();
        for (const id of c.clause ?? []) expect(knowledge.clause(id), `${c.id}: ${id}`).toBeDefined();
      }
    });

    it(`${name}: the score holds (printed with every miss on dev sets)`, () => {
      const result = runEval(knowledge, loadEvalSet(name));
      // The blind set's misses are not printed: reading them would be tuning on it.
      console.log(name.startsWith('blind') ? scoreLine(name, result) : evalReport(name, result));
      expect(result.answerable.right / result.answerable.total).toBeGreaterThanOrEqual(FLOORS[name].answerable);
      expect(result.unanswerable.refused / result.unanswerable.total).toBeGreaterThanOrEqual(FLOORS[name].unanswerable);
    });
  }

  it('does not depend on punctuation or full-width forms: the development set typed with ？ or spaces scores the same', () => {
    const dev = loadEvalSet('dev');
    const plain = runEval(knowledge, dev);
    expect(runEval(knowledge, dev, (q) => `${q}？`).failures.map((f) => f.id)).toEqual(plain.failures.map((f) => f.id));
    expect(runEval(knowledge, dev, (q) => ` ${q.replace(/\?$/, '')}? `).failures.map((f) => f.id)).toEqual(plain.failures.map((f) => f.id));
  });

  it('the judge catches a wrong clause, a missing fact, a false answer, a trap and a figure in a refusal', () => {
    const base = { question: 'q', answer: '', citations: [], clauseId: 'plan-1', topic: '', intent: 'clause', confidence: 1, answered: true };
    expect(judge({ id: 't', q: 'q', answerable: true, facts: ['50%'], clause: ['plan-3-1-3'] }, { ...base, answer: '50%' })).toMatch(/served by plan-1/);
    expect(judge({ id: 't', q: 'q', answerable: true, facts: ['50%'], clause: ['plan-1'] }, { ...base, answer: '一半' })).toMatch(/missing 50%/);
    expect(judge({ id: 't', q: 'q', answerable: true, facts: [['6000万元', '6000万']], clause: ['plan-1'] }, { ...base, answer: '合计6000万' })).toBeUndefined();
    expect(judge({ id: 't', q: 'q', answerable: true, facts: ['1500万元'], clause: ['plan-1'], traps: ['2000万'] }, { ...base, answer: '1500万元，不是2000万' })).toMatch(/states 2000万/);
    expect(judge({ id: 't', q: 'q', answerable: false }, base)).toMatch(/instead of refusing/);
    expect(judge({ id: 't', q: 'q', answerable: false }, { ...base, answered: false, answer: '通知中没有明确规定。一般为2万元' })).toMatch(/figure/);
  });
});

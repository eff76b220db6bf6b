import type { Ranked } from './retrieval.ts';
import type { Tokens } from './text.ts';

/**
 * 县里的资金使用方向要怎么管, 示范县得建什么制度, 县里迎接检查要做啥: the county's own duty is asked. It is stated where the
 * county is the sentence's subject (示范县人民政府是…，规范资金使用方向; 各示范县要…建立工作协调机制; 示范县应…配合…专项检查),
 * not where a higher body acts on the counties (监督各示范县加强资金使用管理, 指导各示范县建立…; 加强对示范县的监督、检查).
 */

/** The county told as the one the question is about: 县里, 县上, 示范县, 我们县 (not 县乡村, 县域, 县级以上). */
const COUNTY = /(?:^|[，,。？?\s])(?:各|我们|咱们?|本)?(?:示范)?县(?:里|上|政府|人民政府)?(?![乡域城级区])/u;

/** Any other body or level told: then the county need not be the doer (州里监督县里…, 省里要县上…). */
const OTHER_BODY = /[州省市厅局办]|部门|单位|机构|企业|谁监督|谁指导|谁督促/;

/** A sentence whose subject is the county (示范县人民政府是…, 各示范县要…, 示范县应…). */
const COUNTY_SUBJECT = /^(?:各)?示范县(?:人民政府|政府)?(?:是|要|应|须|必须|可以|项目)/;

/** Another body acting on the counties: 监督各示范县, 指导各示范县建立, 督促各示范县, 加强对示范县的监督. */
const ACTED_ON = /(?:监督|指导|督促|帮助|协调|对)各?示范县/;

/** How many of the question's words the sentences of a clause with the county as subject hold. */
function heldAsSubject(r: Ranked, words: readonly string[]): number {
  // 示范县人民政府是…，州商务局是…主要监管单位，会同…加强对示范县的监督、检查: the county's part ends where another body's begins.
  const own = r.clause.sentences
    .filter((s) => COUNTY_SUBJECT.test(s))
    .map((s) => s.split(/[，,](?=(?:各)?(?:市州|州|省)\p{Script=Han}{0,6}?(?:是|要|应|会同|负责))/u)[0]!)
    .join('');
  return own ? words.filter((w) => own.includes(w)).length : 0;
}

/** How many of the question's words a clause states of the counties as another body's object (监督各示范县加强资金使用管理). */
function heldAsObject(r: Ranked, words: readonly string[]): number {
  const acted = r.clause.sentences.flatMap((s) => {
    const at = s.search(ACTED_ON);
    return at >= 0 ? [s.slice(at)] : [];
  });
  return acted.length ? words.filter((w) => acted.some((s) => s.includes(w))).length : 0;
}

/** The county's own sentence among the close clauses, when the best states the asked words only of others acting on the county. */
export function countyAsSubject(q: string, query: Tokens, best: Ranked, ranked: readonly Ranked[], letters: ReadonlySet<string>): Ranked {
  if (!COUNTY.test(`，${q}`) || OTHER_BODY.test(q.replace(/示范县|县(?:里|上)/g, ''))) return best;
  const words = query.words.filter((w) => w.length >= 2 && !/县/.test(w));
  const object = heldAsObject(best, words);
  if (!object || heldAsSubject(best, words) >= object) return best;
  let choice = best;
  let most = object - 1;
  for (const r of ranked.slice(0, 6)) {
    if (r === best || r.score < best.score * 0.4) continue;
    const held = heldAsSubject(r, words);
    // The plan's clause before the prefecture's letter restating it, when both hold as much (the 州 was not named).
    const planFirst = held === most && choice !== best && letters.has(choice.clause.documentId) && !letters.has(r.clause.documentId);
    if (held > most || planFirst) [choice, most] = [r, held];
  }
  return choice;
}

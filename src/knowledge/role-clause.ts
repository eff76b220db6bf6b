import { type Ranked, rankWeight } from './retrieval.ts';

/**
 * Role questions about bodies (省商务厅是啥角色, 省市县三级各担什么责任, 是不是县政府负责) are answered first by the
 * clause that assigns roles by name (…是第一责任主体, …是主要监管单位), not by a principle that only sketches the
 * management system (省上统筹、市州监管、县负全责), which is then quoted second. A question about that system or its
 * principle (管理体制, 原则) keeps the principle first, and so does one about a single level told without a body
 * (市州在这里面算什么角色), which the principle's 市州监管 answers.
 */

/** A role asked: 角色, 啥责任 (not 责任主体, a role's own name), 担/负什么责任, or whether a body 负责. */
const ROLE_ASKED = /角色|(?:啥|什么|哪些|多大|哪种)(?:样的)?责任(?!主体|监管)|[担负承](?:担)?(?:啥|什么)责|负责(?:吗|不|呢|么)?[？?]?$/;
/**
 * The duties a body has, asked as a list (县政府要干哪些事, 做哪几件事): the clause assigning its role lists them, unless the
 * question names a duty only the other clause holds (要干哪几件事，优化服务算吗), which then keeps it first.
 */
const DUTIES = /(?:干|做|办)(?:哪些|哪几件?|哪几样)(?:事情?|工作|活)/;
/** A clause that assigns roles by name. */
const ASSIGNS = /是[^，。；]{0,12}?(?:责任主体|监管单位)/;
/** A body (省商务厅, 州商务局, 县政府), as against a level alone. */
const BODY = /厅|局|政府/;
/** Several levels asked at once (分别, 各是, 三级, 省、市州、县). */
const SEVERAL = /分别|各(?:是|自|担|负|承担)|三级|[省州市县](?:里|上|级)?[、，,\s和与跟及][省州市县]/;
/** The management system or the principle is what is asked. */
const SYSTEM = /管理体制|原则|统筹/;

/** The role-assigning clause first (and the best second) when a role of bodies is asked and the best assigns none. */
export function roleAssigning(question: string, ranked: readonly Ranked[], best: Ranked, also: Ranked | undefined): [Ranked, Ranked | undefined] {
  const duties = DUTIES.test(question);
  if (!(ROLE_ASKED.test(question) || duties) || SYSTEM.test(question) || ASSIGNS.test(best.clause.body)) return [best, also];
  if (!BODY.test(question) && !SEVERAL.test(question)) return [best, also];
  const role = also && ASSIGNS.test(also.clause.body) ? also : ranked.slice(0, 4).find((r) => ASSIGNS.test(r.clause.body) && rankWeight(r) >= 0.5 * rankWeight(best));
  // A duty named word for word (完善政策, 优化服务): four characters of the question, beside the body, that a clause holds.
  const runs = question.replace(BODIES, '，').match(/\p{Script=Han}{4,}/gu) ?? [];
  const named = runs.flatMap((run) => [...run].slice(0, -3).map((_c, i) => run.slice(i, i + 4)));
  const ownDuty = (r: Ranked) => named.some((w) => r.clause.body.includes(w));
  if (role && duties && ownDuty(best) && !ownDuty(role)) return [best, also];
  return role ? [role, best] : [best, also];
}

/** Names of roles the notice assigns; two of them in one question ask for several roles at once. */
const ROLE_NAMES = /第一责任主体|直接责任主体|主要监管单位|监管单位|责任主体/g;

/**
 * 省市县分别是啥角色, 第一责任主体和主要监管单位分别是谁: several roles asked at once are quoted from every sentence of
 * the clause that assigns one, in the notice's order, not only from the sentence that matched the wording best.
 */
export function roleSentences(question: string, sentences: readonly string[]): string | undefined {
  const names = new Set(question.match(ROLE_NAMES) ?? []);
  if (!(SEVERAL.test(question) && (ROLE_ASKED.test(question) || names.size > 0)) && names.size < 2) return undefined;
  const assigning = sentences.filter((s) => ASSIGNS.test(s));
  return assigning.length >= 2 ? assigning.join('') : undefined;
}

/** The notice's bodies as a question names them (canonicalised: 县政府 is 县人民政府). */
const BODIES = /(?:省|州|市州|市|县)(?:人民政府|政府|商务厅|财政厅|扶贫办|商务局|财政局)/g;
/** What a body does or is asked to do (干啥, 要做什么, 负责, 角色). */
const DOING = /干|做|管|负责|职责|角色|责任|任务/;
/** A body acting in a clause: it is, shall, works with, is responsible for…; not a body owning a thing (县人民政府门户网站). */
const acts = (text: string, body: string) => new RegExp(`${body}(?:是|应|要|需|须|会同|负责|对|将|加强|组织|制定|指导|督促|统筹|牵头)`).test(text);

/**
 * 县政府该做些什么: what a body does is not answered by a clause that names it only as the owner of something (在县人民政府门户网站
 * 设置专栏); a close clause where it acts answers instead, and the other is not quoted beside it.
 */
export function actingBody(question: string, ranked: readonly Ranked[], best: Ranked, also: Ranked | undefined, prepared: (r: Ranked) => string): [Ranked, Ranked | undefined] {
  const bodies = [...new Set(question.match(BODIES) ?? [])];
  if (bodies.length !== 1 || !DOING.test(question)) return [best, also];
  const body = bodies[0]!;
  const named = (r: Ranked) => prepared(r).includes(body);
  const acting = (r: Ranked) => acts(prepared(r), body);
  const keep = (r: Ranked | undefined) => (r && named(r) && !acting(r) ? undefined : r);
  if (!named(best) || acting(best)) return [best, keep(also)];
  // 县政府门户网站谁来管: the thing the body owns is asked about, as the clause names it.
  const owned = new RegExp(`${body}(\\p{Script=Han}{2})`, 'u').exec(prepared(best))?.[1];
  if (owned && question.includes(`${body}${owned}`)) return [best, also];
  const other = ranked.slice(0, 4).find((r) => r !== best && acting(r) && rankWeight(r) >= 0.5 * rankWeight(best));
  return other ? [other, keep(also) === other ? undefined : keep(also)] : [best, also];
}

import { refuse } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Who holds or runs a thing, which the notice never says. 公服中心归哪个部门管, 服务点挂在商务局下面吗: the office a facility
 * the counties build belongs to (the notice sets what it does, never whose it is; the 监管单位 oversee the programme, not
 * the centre). 这笔钱能不能转给乡镇财政所去管: the money handed to another body to hold (the notice binds its use to the
 * fund rules, it names no holder). Refused, naming what is open, rather than answered with the facility's functions or the
 * fund rules. Read on the canonical text (服务中心, 那个中心 → 公服中心).
 */

/** The facilities a county builds, in the canonical words. */
const FACILITY = /公服中心|服务点|配送中心|物流中心|仓储中心/;
/** Whose it is: 归哪个部门管, 隶属于哪个单位, 挂(靠)在商务局下面, 主管部门是谁, 由哪个部门主管, 是哪个局的. */
const BELONGS =
  /归(?:哪个|哪一个|哪|什么|啥|谁)(?:部门|单位|局|家)?(?:来)?(?:管|管理|主管|领导)|(?:隶属|归属)(?:于)?(?:哪|什么|啥|谁)|挂靠|挂(?:在|到)\p{Script=Han}{1,8}(?:下面|底下|名下)|主管(?:部门|单位)(?:是|为)?(?:哪|什么|啥|谁)|由(?:哪个|哪一个|什么|啥)(?:部门|单位|局)(?:来)?主管|是(?:哪个|哪一个|什么|啥)(?:部门|单位|局)的(?:下属|单位)?(?:吗|呢)?[？?]?$/u;
/** The money handed to another body to hold or manage: 转给乡镇财政所去管, 交给村委会管理, 放到企业账上代管. */
const MONEY_HELD =
  /(?:资金|钱|款)\p{Script=Han}{0,6}?(?:转给|交给|划给|拨给|转到|划到|放到|放在|交由|委托给?)(\p{Script=Han}{2,10}?)(?:去|来)?(?:管|管理|保管|代管|统管|托管)(?!理规定|理办法|理制度)/u;

export const custody = intent({
  id: 'refusal:custody',
  recognise: ({ q }) => {
    const facility = FACILITY.exec(q)?.[0];
    if (facility && BELONGS.test(q)) return `${facility === '公服中心' ? '县级电子商务公共服务中心' : facility}归哪个部门管理（隶属关系）`;
    return MONEY_HELD.test(q) ? '项目资金可否交由其他单位保管或管理' : undefined;
  },
  answer: (what, { q }, kb) => refuse(kb, q, what, 'refusal:custody'),
});

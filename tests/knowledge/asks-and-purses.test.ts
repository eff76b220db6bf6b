import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/knowledge/words.ts';
import { expectRefused, expectServed as servedBy } from './both-engines.ts';

/**
 * Classes of phrasing fixed together: a consequence or a due date asked of what the notice leaves open, another purse
 * than the central funds, a thing or a person the notice never names, a frequency asked after a question, and answers
 * led by the clause that does what is asked (最后期限, time nodes after a lead-in, a body's role 在项目里, a deed's duty).
 * Wordings written for these tests, not copies of development-set questions.
 */

/** Served, the quoted sections' names counting as said. */
const expectServed = (q: string, clause: string | readonly string[], facts: readonly string[] = []) => servedBy(q, clause, facts, true);

describe('refusing what the notice leaves open', () => {
  it('a consequence asked as 会…吗 after a missed milestone', () => {
    expectRefused('方案到期没报上去，会被通报批评吗', ['会被通报']);
    expectRefused('年底招标搞不完会收回补助吗');
  });

  it('a due date told for a target the notice does not date', () => {
    expectRefused('电商服务点覆盖率明年就得达到吗');
    expectRefused('覆盖率年内要全部达标吗');
  });

  it('a use paid from the county’s own purse, which the notice does not limit', () => {
    expectRefused('县里财政的钱拿来盖电商大楼行不行', ['不可以']);
    expectRefused('用自有资金给网店买流量可以吗', ['不可以']);
  });

  it('a thing named by a verb before a kind noun the notice never names', () => {
    expect(contentWords('要不要上追溯系统')).toContain('追溯');
    expectRefused('农产品上行要不要配套溯源平台');
  });

  it('a named person asked for', () => {
    expectRefused('碌曲县电商项目的负责人叫什么名字');
    expectRefused('州上对接人是哪位');
  });

  it('a frequency asked after a question, when the clause does the act at no set interval', () => {
    expectRefused('示范专栏的信息要报商务厅吗，多长时间报一次');
  });
});

describe('answering from the clause that does what is asked', () => {
  it('最后期限 asks the deadline itself', () => {
    expectServed('实施方案的最后期限是几号', ['letter-2', 'plan-4-2'], ['9月30日']);
    expectServed('我们招标还没启动，最晚什么时候', 'letter-2', ['12月']);
  });

  it('time nodes asked after a lead-in', () => {
    expectServed('州里要检查各县进度，得抓住哪几个时间节点', 'letter-2', ['9月30日', '12月']);
  });

  it('a body’s role asked with 在项目里 between', () => {
    expectServed('省商务厅在示范工作中主要干什么', ['plan-2-1', 'plan-5']);
  });

  it('覆盖 of aspects is not the coverage rate', () => {
    expectServed('鼓励扶持政策需覆盖哪些方面', 'plan-3-2-1', ['财政、金融、土地、收费']);
  });

  it('counties named with 附件1 ask the table’s rows', () => {
    expectServed('舟曲和迭部在附件1里各给了多少', 'annex-1', ['1500']);
  });

  it('网购平台 is a 交易平台', () => {
    expectServed('想拿示范资金自建个网购平台可以吗', ['letter-4', 'plan-4-5'], ['网络交易平台']);
  });

  it('whether the coverage target may be refined locally', () => {
    expectServed('覆盖率五成是硬性的吗，县里能不能自己细化', 'plan-1', ['合理可行的工作目标']);
  });

  it('a deed asked whose duty it is', () => {
    expectServed('指导示范县制定实施方案归谁负责', 'plan-4-2', ['各市州商务部门']);
  });

  it('the 州 acting on the counties: the clause where its verb takes them and the asked thing', () => {
    expectServed('州里要不要监督各县的资金使用管理', 'plan-4-1', ['资金使用管理']);
    expectServed('州商务局得指导示范县建立啥样的协调机制', 'plan-4-1', ['工作协调机制']);
  });

  it('自行决定 is the counties’ 自主统筹', () => {
    expectServed('项目和资金示范县可以自行决定吗', 'plan-2-1', ['自主统筹资金和项目']);
  });

  it('whether the letter is only to read or to carry out', () => {
    expectServed('州里发的这个文，县里了解一下就行还是得执行', 'letter', ['贯彻落实']);
  });

  it('落实到人头 is naming who is responsible (明确责任人)', () => {
    expectServed('示范县的各项任务要不要落实到人头', 'plan-5', ['明确责任人']);
  });
});

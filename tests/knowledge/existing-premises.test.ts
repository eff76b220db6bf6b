import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Housing a project in premises that already exist is not 楼堂馆所建设: the answer states that the
 * notice names no place, and quotes what it requires (use what exists; the centre practical and
 * thrifty). Own wordings, not copies of development-set questions.
 */

describe('a project placed in premises the county already has', () => {
  it('the service centre in an office building that exists: thrift and reuse, no 不可以', () => {
    expectServed('公服中心准备设在县商务局的办公楼里，这样行不行', ['plan-3-2-2'], ['实用、节约', '现有']);
    expectServed('电商服务中心搬进乡政府腾出来的旧楼可以吗', ['plan-3-2-2'], ['实用、节约']);
  });

  it('another project in an empty room: the reuse rule', () => {
    expectServed('分拣仓库放在供销社闲置的房子里合适吗', ['plan-4-5'], ['闲置厂房']);
  });

  it('building, fitting out or repairing a building stays a forbidden use', () => {
    expectServed('用项目资金把商务局办公楼装修一下可以吗', ['letter-4', 'plan-4-5'], ['楼堂馆所建设']);
    expectServed('拿这笔钱新建一栋电商办公楼行吗', ['letter-4', 'plan-4-5'], ['楼堂馆所建设']);
  });

  it('a size or standard of the premises stays unstated', () => {
    expectRefused('公服中心用现有的办公楼，至少要多少平方米');
  });
});

import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Questions as prefecture staff and county leaders put them (formal wording, supervision, evaluation, what the
 * prefecture's letter adds to the plan). Wordings written for these tests, not copies of development-set questions.
 */

describe('oversight measures the notice never names are refused, not answered from the supervision clauses', () => {
  it('ranking or comparing the counties', () => {
    expectRefused('年终会不会对示范县搞个评比', ['评比']);
    expectRefused('省里会不会按得分给各县排个名');
  });

  it('a talk with officials, or a person sent to liaise', () => {
    expectRefused('州里督查时会约谈县上分管领导吗', ['约谈']);
    expectRefused('省商务厅会派哪位同志来指导我们');
  });

  it('publishing an evaluation\'s results, or assessing the prefecture level', () => {
    expectRefused('考核结果会在网上公布吗', ['公布']);
    expectRefused('市州一级的工作省里怎么考核');
  });

  it('how many years the project runs', () => {
    expectRefused('示范项目的实施期一共几年', ['今天距截止']);
  });

  it('a filing not made, its object told between (没能把…报上去)', () => {
    expectRefused('要是没能把管理规定报上去会怎么样', ['今天距截止']);
  });
});

describe('formal wordings served by the clause that states the matter', () => {
  it('changing projects midway is the plan\'s 调整变更', () => {
    expectServed('项目批了以后中途更换项目行不行', 'plan-4-2', ['不得随意调整变更']);
  });

  it('who takes on the training', () => {
    expectServed('谁来承担电商培训', 'plan-3-3', ['培训机构']);
  });

  it('the money\'s 用途方向 is its 使用方向', () => {
    expectServed('资金用途方向有什么要求', ['plan-4-1', 'letter-1'], ['使用方向']);
  });

  it('the standards the letter sets for publishing are its requirements, not its list of counties', () => {
    expectServed('州文件对信息公开提了哪几个标准', 'letter-3', ['门户网站']);
  });

  it('which of three bodies leads: the one acting together with (会同) the others', () => {
    expectServed('省商务厅、省财政厅、省扶贫办三家在方案里谁牵头', 'plan-5', ['会同']);
  });

  it('方案怎么说 with no other document named is the plan\'s clause', () => {
    expectServed('项目和资金的管理制度需不需要细化，方案怎么说', 'plan-4-1');
  });

  it('what the letter adds to the plan in time', () => {
    expectServed('州里的通知比省方案在时间上多加了啥', 'letter-2', ['12月底']);
  });

  it('处置/处理 of idle money is no office\'s division', () => {
    expectServed('省级财政对长期闲置的资金有什么处理规定', 'plan-6', ['长期闲置']);
    expectRefused('省商务厅哪个处管');
  });

  it('training sessions counted in the background are no payment instalments; 哪些人群 asks who', () => {
    expectServed('今年要办两期电商培训，培训面向哪些人群', 'plan-3-3', ['基层党政干部']);
  });

  it('what each county is allotted', () => {
    expectServed('甘南每个县分多少', 'annex-1', ['1500']);
  });

  it('a share\'s 红线 is its required figure; the forbidden uses stay what 有哪些红线 asks', () => {
    expectServed('上行资金比例的红线是多少', 'plan-3-1-3', ['50%']);
    expectServed('资金有哪些红线不能碰', ['letter-4', 'plan-4-5'], ['不得用于']);
  });

  it('whether a filing made now is in time', () => {
    expectServed('方案今天定稿了，下周报还赶得上吗', ['letter-2', 'plan-4-2'], ['9月30日']);
  });

  it('which level engages the third party', () => {
    expectServed('第三方机构是省里委托还是县里自己找', 'plan-6', ['依托第三方机构']);
  });
});

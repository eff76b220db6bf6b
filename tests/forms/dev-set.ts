import type { ParseInput } from '../../src/cli/form-parse.ts';

/**
 * My own development set for form parse, written from what county officials
 * type (not from the blind set). `want` is the value (amounts in 万元), 'ask'
 * (must be asked back), 'reject' (must not be read), or the control / intent.
 * A quantity in words with no figure (很多), two competing figures, a count beyond what the
 * field holds and "不清楚" at a yes/no are asked back (with no value to confirm), not rejected.
 */
export type Want = number | boolean | string | 'ask' | 'reject' | { readonly control: string | null } | { readonly intent: string } | { readonly note: string; readonly value: boolean };
export type DevCase = readonly [ParseInput, Want];

const amount = (text: string, want: Want, field?: string): DevCase => [{ kind: 'amount', text, ...(field ? { field } : {}) }, want];
const count = (text: string, want: Want, field?: string): DevCase => [{ kind: 'count', text, ...(field ? { field } : {}) }, want];
const yesno = (text: string, want: Want): DevCase => [{ kind: 'yesno', text, field: 'forbidden_use' }, want];
const date = (text: string, want: string, now = '2018-09-20'): DevCase => [{ kind: 'date', text, now }, want];
const control = (text: string, want: string | null, field = 'trainees'): DevCase => [{ kind: 'control', text, field }, { control: want }];
const command = (text: string, want: string): DevCase => [{ kind: 'command', text }, { intent: want }];

export const DEV_SET: readonly DevCase[] = [
  // amounts: the grammar
  amount('45', 45), amount('45万', 45), amount('45万元', 45), amount('四十五万', 45), amount('十二万五', 12.5), amount('三十八万六千', 38.6),
  amount('三万五千', 3.5), amount('一百二十万零五千', 120.5), amount('两百万', 200), amount('2百万', 200), amount('5千元', 0.5), amount('3千万', 'ask'),
  amount('1.2亿', 'ask'), amount('0.1亿', 1000), amount('450000元', 45), amount('1,500万', 1500), amount('1，200万元', 1200), amount('¥30万', 30),
  amount('￥8,000元', 0.8), amount('人民币20万元', 20), amount('１２０万', 120), amount('12.5', 12.5), amount('12.5万元', 12.5), amount('0.35万', 0.35),
  amount('3500元', 0.35), amount('三十二点五万', 32.5), amount('十二点五万', 12.5), amount('一万零五百元', 1.05), amount('两万', 2), amount('二十万零五百', 20.05),
  amount('壹拾贰万伍仟元', 12.5), amount('8.8888万', 8.8888), amount('1500万元整', 1500), amount('十万', 10), amount('一万五', 1.5), amount('12万5', 12.5),
  amount('七万三', 7.3), amount('30w', 30), amount('5k元', 0.5), amount('12万5千', 12.5), amount('叁拾万元整', 30), amount('三千五百元', 0.35), amount('两百五十元', 0.025), amount('六十万', 60),
  // amounts: in a sentence
  amount('本周支出28万', 28), amount('这周花了15万元', 15), amount('共计支出二十万', 20), amount('本周新增支出3.5万元', 3.5), amount('上一个月花了5万', 5),
  amount('支出了12万', 12), amount('合计6万元', 6), amount('本周没有支出', 0), amount('这周没花钱', 0), amount('无', 0), amount('没有', 0), amount('0', 0), amount('0元', 0),
  amount('暂无', 0), amount('本周无', 0),
  // amounts: must ask
  amount('四五十万', 'ask'), amount('40-50万', 'ask'), amount('40到50万', 'ask'), amount('三到五万', 'ask'), amount('七八万', 'ask'), amount('大概六十万左右吧', 'ask'),
  amount('约45万', 'ask'), amount('45万左右', 'ask'), amount('60多万', 'ask'), amount('差不多20万', 'ask'), amount('将近30万', 'ask'), amount('6O', 'ask'), amount('l5万', 'ask'),
  amount('1O0', 'ask'), amount('1500000', 'ask'), amount('2000万', 'ask'), amount('5000', 'ask'), amount('200000', 'ask'), amount('1600万', 'ask', 'spent_total'),
  amount('15万多', 'ask'), amount('不到10万', 'ask'), amount('10万以上', 'ask'), amount('150,000', 'ask'), amount('二十来万', 'ask'),
  // amounts: reject
  amount('很多钱', 'ask'), amount('abc', 'reject'), amount('-5', 'reject'), amount('负3万', 'reject'), // (45万万: 万 typed twice, asked with 45万 since dev set 10.)
  amount('45万万', 'ask'), amount('1e9', 'reject'),
  amount('不知道', 'reject'), amount('5个', 'reject'), amount('20万和30万', 'ask'), amount('<script>1</script>', 'reject'),
  // counts
  count('3', 3), count('3个', 3), count('三场', 3, 'training_sessions'), count('二十个村', 20), count('共二十个村', 20), count('一百二十人次', 120, 'trainees'),
  count('1,200人', 1200), count('两场', 2), count('十五个', 15), count('这周没有培训', 0, 'training_sessions'), count('没有培训', 0, 'training_sessions'),
  count('没有', 0), count('无', 0), count('0', 0), count('本周举办了4场培训', 4, 'training_sessions'), count('培训了2场', 2, 'training_sessions'),
  count('1.2万人次', 'ask', 'trainees'), count('35户', 35, 'households_benefited'), count('一共12个站点', 12, 'service_points_total'), count('十二个', 12),
  count('三到五场', 'ask', 'training_sessions'), count('三五场', 'ask', 'training_sessions'), count('十七八个', 'ask'), count('大概二十个', 'ask'),
  count('20个左右', 'ask'), count('l5', 'ask'), count('3O个', 'ask'), count('1.5', 'ask'), count('五百元', 'reject'), count('很多', 'ask'),
  count('5000', 'ask', 'training_sessions'), count('-3', 'reject'), count('一百多人', 'ask', 'trainees'),
  // yes / no with details
  yesno('是', true), yesno('否', false), yesno('有', true), yesno('没有', false), yesno('无', false), yesno('是的', true), yesno('不是', false),
  yesno('没有。', false), yesno('没有用于这些', false), yesno('有一点，买了2万的流量', { value: true, note: '买了2万的流量' }),
  yesno('有，用于购买推广流量', { value: true, note: '用于购买推广流量' }), yesno('没有，均按规定使用', { value: false, note: '均按规定使用' }),
  yesno('不存在', false), yesno('未发生', false), yesno('没用于这些', false), yesno('不清楚', 'ask'), yesno('有没有规定？', 'reject'),
  yesno('对', true), yesno('没有发生此类情况', false), yesno('有，付了平台流量费3万元', { value: true, note: '付了平台流量费3万元' }),
  // dates
  date('下周五', '2018-09-28'), date('本周五', '2018-09-21'), date('周五', '2018-09-21'), date('9月30日', '2018-09-30'), date('2018-12-20', '2018-12-20'),
  date('明天', '2018-09-21'), [{ kind: 'date', text: '12月底', now: '2018-09-20' }, 'ask'], date('十月一日', '2018-10-01'), date('2018年10月8日', '2018-10-08'), date('后天', '2018-09-22'),
  // controls at a field
  control('算了，不填了', 'cancel'), control('不报了', 'cancel'), control('先不弄了', 'cancel'), control('取消', 'cancel'), control('算了', 'cancel'),
  control('等会儿', 'pause'), control('一会儿再填', 'pause'), control('稍后', 'pause'), control('暂停', 'pause'), control('我在开会，晚点再填', 'pause'),
  control('上一个', 'back'), control('返回上一题', 'back'), control('上一步', 'back'), control('跳过', 'skip'), control('这一项不填', 'skip'),
  control('继续', 'resume'), control('接着填', 'resume'), control('填到哪了', 'progress'), control('还有几项', 'progress'),
  control('没有培训', null, 'training_sessions'), control('上一个月花了5万', null, 'spent_total'), control('120人次', null), control('没有', null),
  control('3', null), control('公服中心能花多少', null), control('算了，不填了', 'cancel', 'issues'), control('物流配送中心选址需协调', null, 'issues'),
  // commands outside a form
  command('我要报这周的周报', 'start-report'), command('报周报', 'start-report'), command('我来填一下本周进度', 'start-report'), command('填报', 'start-report'),
  command('周报怎么填', 'start-report'), command('报这周的', 'start-report'), command('填报 卓尼县', 'start-report'), command('继续填报', 'resume'),
  command('继续', 'resume'), command('接着填', 'resume'), command('我县进度', 'progress'), command('看看我县进度', 'progress'),
  command('这周的周报在哪填', 'start-report'), command('接着填周报', 'resume'), command('进度怎么样', 'progress'),
  control('先这样吧，回头再填', 'pause'), control('我不想填了', 'cancel'), control('先跳过', 'skip'),
  command('公服中心能花多少', 'none'), command('周报需要报哪些内容', 'none'), command('帮助', 'none'),
  // general shapes: negation + a verb of filling, a later time, polite openings, the report named or opened
  control('懒得填了', 'cancel'), control('您好，我不想填了', 'cancel'), control('别弄了', 'cancel'), control('停止填报', 'cancel'),
  control('不用填', null, 'online_sales'), control('稍等', 'pause'), control('等我一下', 'pause'), control('明早再填', 'pause'),
  control('五分钟后再填', 'pause'), control('先放一放', 'pause'), control('今天先到这', 'pause'), control('回去', 'back'), control('前一题', 'back'),
  control('这题不用填', 'skip'), control('我们继续', 'resume'), control('开完会了，继续', 'resume'), control('一共多少题', 'progress'),
  control('明天', null, 'trainees'), control('一场没办', null, 'training_sessions'),
  command('本周周报', 'start-report'), command('麻烦开一下周报', 'start-report'), command('我想填报', 'start-report'), command('填表', 'start-report'),
  command('卓尼县周报', 'start-report'), command('看看卓尼县的进度', 'progress'), command('可以开始填报了吗', 'start-report'), command('我填到第几项了', 'progress'),
  command('周报几号交', 'none'), command('接着上面的问题，培训费能报销吗', 'none'), command('继续推进项目建设', 'none'), command('本周培训情况怎么填', 'none'),
  command('我现在要报', 'start-report'), command('周报进度', 'progress'), command('我们县的进度', 'progress'), command('继续之前的', 'resume'),
  amount('网络零售额120万', 120, 'online_sales'), amount('零售额约120万', 'ask', 'online_sales'),
  command('录入本周数据', 'start-report'), command('看下进度', 'progress'), command('我县进度如何', 'progress'), command('周报填错了怎么办', 'none'),
  // yes / no said after its reason, with a symbol, or hedged with 吧
  yesno('严格按规定使用，没有', { value: false, note: '严格按规定使用' }), yesno('一个都没有', false), yesno('从来没有', false), yesno('✗', false),
  yesno('涉及', true), yesno('有吧', 'ask'), yesno('说不好', 'ask'), yesno('否否', false), yesno('当然没有', false), yesno('都不涉及', false),
  yesno('应该是没有', 'ask'), yesno('可能吧', 'ask'), yesno('买了2万流量', 'ask'), yesno('流量费算不算', 'reject'),
  // dates: this month's end and day, a holiday's return, a time of day, months ahead, next year, a month already past
  [{ kind: 'date', text: '这个月底', now: '2018-09-20' }, 'ask'], date('本月30号', '2018-09-30'), date('国庆收假第一天', '2018-10-08'), date('周五下午', '2018-09-21'),
  date('一个月后', '2018-10-20'), date('明年1月15日', '2019-01-15'), [{ kind: 'date', text: '1月15日', now: '2018-09-20' }, 'ask'],
  [{ kind: 'date', text: '下个月', now: '2018-09-20' }, 'ask'], [{ kind: 'date', text: '往后延三天', now: '2018-09-20' }, 'ask'],
  date('顺延至下周一', '2018-09-24'), date('10月15日18:00', '2018-10-15'), date('半个月后', '2018-10-05'), [{ kind: 'date', text: '月底前完成', now: '2018-09-20' }, 'ask'],
  date('9月28日（周五）', '2018-09-28'), date('10月8日（国庆后第一个工作日）', '2018-10-08'), date('10月31日前完成招标', '2018-10-31'),
  [{ kind: 'date', text: '2018年底', now: '2018-09-20' }, 'ask'], date('二〇一八年十月十五日', '2018-10-15'), [{ kind: 'date', text: '9月28日（周四）', now: '2018-09-20' }, 'ask'],
  // dates: the month's last day, the date named after what it is the date of, and a day near another (asked)
  date('下个月最后一天', '2018-10-31'), date('这个月最后一天', '2018-09-30'), date('截止时间改成下周五下午下班前', '2018-09-28'), date('完成时间定为10月15日', '2018-10-15'),
  [{ kind: 'date', text: '月底前后', now: '2018-09-20' }, 'ask'], [{ kind: 'date', text: '国庆左右', now: '2018-09-20' }, 'ask'], [{ kind: 'date', text: '大概10月10号', now: '2018-09-20' }, 'ask'],
  // controls said indirectly: the earlier question corrected with a figure, an optional one left, the report picked up again
  control('不对，前一题的金额应该是8万', 'back', 'spent_upstream'), control('刚才那个数打成了30，应该是3', 'back', 'trainees'),
  control('刚才的培训是20人次', null, 'trainees'), control('上一个月是5万', null, 'spent_total'),
  control('上一个项目的招标不对，需要重新招标', null, 'issues'), control('刚才那个村的站点还没建好', null, 'issues'),
  control('前面那个站点数写错了', 'back', 'trainees'),
  // a control's word inside a sentence about the programme's work is that sentence's: an answer
  control('建议州上开个会统一协调快递价格', null, 'issues'), control('两个村的站点先放一放，等资金到位', null, 'issues'),
  control('物流项目暂停了', null, 'issues'), control('仓储招标取消了', null, 'issues'), control('有个别站点跳过了验收', null, 'issues'),
  control('没什么要协调的，跳过', 'skip', 'issues'), control('信号不好，等会儿', 'pause', 'issues'),
  control('这项是选填的吧？那我空着', 'skip', 'online_sales'), control('省略', 'skip', 'issues'), control('进度到哪了', 'progress', 'trainees'),
  control('还剩几个没填？', 'progress', 'tenders_done'), control('上回那份接着填', 'resume', 'tenders_done'), control('继续吧，刚刚网卡了', 'resume', 'trainees'),
  // commands: the county's own running figures asked for, not what they should be
  command('咱们县资金用了多少了', 'progress'), command('县里的招标进度到哪了', 'progress'), command('本县完成情况看看', 'progress'),
  command('支出进度要达到多少', 'none'), command('其他县进度咋样了', 'none'), command('又到周四了，报个数', 'start-report'), command('昨天那份续上', 'resume'),
];

/**
 * Progress followed, not progress hurried (applied with the everyday rewrites, everyday.ts).
 * 进度 with a verb of following it (跟, 盯, 掌握, 关注: 项目进度州里怎么跟, 县里进度要盯着吗) is the 进展 a supervising level
 * 跟踪s (密切跟踪…进展情况), not the 加快项目进度 a county is told to do; and 跟 said bare as that verb (怎么跟, 一直跟着,
 * 跟不跟) is 跟踪. 跟 as "with" (跟脱贫有啥关系), 加快进度, 赶进度, and a part already saying 跟踪 (动态跟踪进度: its
 * phrase finds its clause) are left as they are.
 */
const FOLLOWING = /跟踪|跟进(?![度展])|跟着|跟紧|跟不跟|(?:怎么|咋|要|得|该|动态|一直)跟(?=$|[，,。？?吗呢还着])|盯|掌握|关注|追踪|督促/u;
const HURRIED = /加快|赶|推进|拖|慢|滞后/u;

/** Each clause of the question (between commas) that follows progress says 进展 and 跟踪. */
export function trackedProgress(q: string): string {
  return q
    .split(/(?<=[，,；;。？?])/u)
    .map((part) => {
      if (!/进度|进展/u.test(part) || !FOLLOWING.test(part) || HURRIED.test(part) || part.includes('跟踪')) return part;
      return part
        .replace(/进度/gu, '进展')
        .replace(/跟(?:着|紧|进)?(?!踪|前)(?=$|[，,。？?吗呢还]|不跟)/gu, '跟踪')
        .replace(/盯(?:着|紧|住)?/gu, '跟踪');
    })
    .join('');
}

/**
 * 督促示范县干活: the work a level urges the counties at is the notice's 开展工作 (督促监管示范县开展工作); 干活 alone
 * (县里谁来干活) names no such act and is left as it is.
 */
export function urgedWork(q: string): string {
  return q.replace(/(督促|督导|催促|催|监督)([^，,。；;？?]{0,8}?)干活儿?/gu, '$1$2开展工作');
}

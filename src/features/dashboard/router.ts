import { createHash, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { isoWeek } from '../../core/clock.ts';
import {
  type DigestScope,
  ledgerFileName,
  ledgerSheets,
  loadCounties,
  loadDigest,
  loadLedger,
  loadTrend,
  reportedWeeks,
  scopeFor,
  weekThatMatters,
  writeWorkbook,
} from '../digest/index.ts';
import { weeksBetween } from '../../core/weeks.ts';
import type { FeatureServices } from '../types.ts';
import { renderDashboard } from './page.ts';
import { esc } from './svg.ts';
import { dashboardSessions, type DashboardSessions } from './session.ts';
import { MAX_EXPORT_WEEKS, weekProblem, weekWindow } from './week-bounds.ts';

const COOKIE = 'shifan_dashboard';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison of a presented token with the configured one. */
function tokenMatches(presented: string | undefined, expected: string): boolean {
  return presented !== undefined && timingSafeEqual(digest(presented), digest(expected));
}

function cookieValue(req: express.Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title></head><body style="font-family:sans-serif;max-width:560px;margin:60px auto;line-height:1.7">${body}</body></html>`;
}

/**
 * Token check: `?token=` (then a signed sign-in cookie with an expiry, HttpOnly,
 * Secure over HTTPS, and the token removed from the address), `Authorization:
 * Bearer`, or that cookie while it is live. 401 otherwise.
 */
function requireToken(token: string, sessions: DashboardSessions, now: () => Date): express.RequestHandler {
  return (req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    const query = typeof req.query.token === 'string' ? req.query.token : undefined;
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    if (query !== undefined) {
      if (!tokenMatches(query, token)) return unauthorized(res);
      res.cookie(COOKIE, sessions.issue(now()), {
        httpOnly: true,
        sameSite: 'strict',
        path: req.baseUrl || '/',
        secure: req.secure,
        maxAge: sessions.lifetimeMs,
      });
      const params = new URLSearchParams(req.query as Record<string, string>);
      params.delete('token');
      const rest = params.toString();
      return res.redirect(303, `${req.baseUrl}${req.path === '/' ? '/' : req.path}${rest ? '?' + rest : ''}`);
    }
    if (tokenMatches(bearer, token) || sessions.valid(cookieValue(req, COOKIE), now())) return next();
    return unauthorized(res);
  };
}

function unauthorized(res: express.Response): void {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer realm="shifan-dashboard"')
    .type('html')
    .send(
      page(
        '需要访问令牌',
        '<h1>需要访问令牌</h1><p>项目看板仅供市州工作人员查看。请使用管理员提供的链接（含 <code>?token=</code>）打开，或在请求头中提供 <code>Authorization: Bearer &lt;令牌&gt;</code>。</p>',
      ),
    );
}

function badRequest(res: express.Response, message: string): void {
  res
    .status(400)
    .type('html')
    .send(page('请求有误', `<h1>请求有误</h1><p>${esc(message)}</p><p><a href="./">返回看板</a></p>`));
}

/** The dashboard's scopes: every county of the programme (the default: a province deployment's view), then each 市州. */
function scopeOptions(services: FeatureServices): { value: string; label: string }[] {
  return [{ value: 'all', label: '全部示范县' }, ...services.programme.data.prefectures.map((p) => ({ value: p.id, label: p.name }))];
}

function chosenScope(services: FeatureServices, value: unknown): { scope: DigestScope; value: string } | undefined {
  const options = scopeOptions(services);
  const v = typeof value === 'string' && value ? value : options[0]!.value;
  if (!options.some((o) => o.value === v)) return undefined;
  return { scope: scopeFor(services.programme.data, v === 'all' ? null : v), value: v };
}

/** The read-only dashboard at /dashboard: the county × indicator table, trends, milestones, and the ledger download. */
export function createDashboardRouter(services: FeatureServices, token: string): express.Router {
  const router = express.Router();
  router.use(requireToken(token, dashboardSessions(token, services.config.DASHBOARD_SESSION_HOURS * 3_600_000), () => services.clock.now()));
  router.use((_req, res, next) => {
    // Only inline styles and inline SVG; nothing loads from elsewhere and nothing runs.
    res.set(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    next();
  });

  router.get('/', async (req, res) => {
    const chosen = chosenScope(services, req.query.scope);
    if (!chosen) return badRequest(res, '范围无效，请从下拉列表中选择。');
    const now = services.clock.now();
    const counties = await loadCounties(services.repos, services.programme.data, chosen.scope.prefectureId);
    const reported = await reportedWeeks(
      services.repos,
      counties.map((c) => c.id),
    );
    const week =
      typeof req.query.week === 'string' && req.query.week
        ? req.query.week
        : await weekThatMatters(
            services.repos,
            counties.map((c) => c.id),
            now,
            services.config.CRON_WEEK_DEADLINE,
          );
    const weekError = weekProblem(week, weekWindow(services.programme.data, now));
    if (weekError) return badRequest(res, weekError);
    const first = reported && reported.first < week ? reported.first : week;
    const newest = [isoWeek(now), week, reported?.last ?? week].sort().at(-1)!;
    const [model, trend] = await Promise.all([
      loadDigest(services, chosen.scope, week, now),
      loadTrend(services, chosen.scope, now, { from: first, to: week }),
    ]);
    res.type('html').send(
      renderDashboard({
        model,
        trend,
        programme: services.programme,
        weekOptions: weeksBetween(reported?.first ?? week, newest).reverse(),
        scopeOptions: scopeOptions(services),
        scopeValue: chosen.value,
      }),
    );
  });

  router.get('/ledger.xlsx', async (req, res) => {
    const chosen = chosenScope(services, req.query.scope);
    if (!chosen) return badRequest(res, '范围无效。');
    const to = typeof req.query.to === 'string' && req.query.to ? req.query.to : undefined;
    const now = services.clock.now();
    const toError = to === undefined ? undefined : weekProblem(to, weekWindow(services.programme.data, now));
    if (toError) return badRequest(res, toError);
    const reported = await reportedWeeks(
      services.repos,
      (await loadCounties(services.repos, services.programme.data, chosen.scope.prefectureId)).map((c) => c.id),
    );
    const from = reported?.first;
    const until = to ?? reported?.last;
    if (from && until && weeksBetween(from, until).length > MAX_EXPORT_WEEKS)
      return badRequest(res, `一次最多导出 ${MAX_EXPORT_WEEKS} 周的台账，请缩短截止周次。`);
    const data = await loadLedger(services, chosen.scope, now, { to });
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.attachment(ledgerFileName(data, 'xlsx'));
    await writeWorkbook(ledgerSheets(data, services.programme), res, { title: `${data.scope.name}项目台账`, created: now });
  });

  return router;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The dashboard's sign-in cookie: `v1.<issued at, ms>.<HMAC-SHA256 of both, keyed by
 * the dashboard token>`. It never contains the token; it expires `lifetimeMs` after it
 * was issued (checked here, on the server, whatever the browser keeps); changing
 * DASHBOARD_TOKEN ends every session.
 */
export interface DashboardSessions {
  issue(now: Date): string;
  valid(cookie: string | undefined, now: Date): boolean;
  readonly lifetimeMs: number;
}

/** A clock a little behind ours may have issued a cookie "in the future"; this much is tolerated. */
const SKEW_MS = 60_000;

export function dashboardSessions(token: string, lifetimeMs: number): DashboardSessions {
  const mac = (payload: string) => createHmac('sha256', `shifan-dashboard:${token}`).update(payload).digest('base64url');
  return {
    lifetimeMs,
    issue(now) {
      const payload = `v1.${now.getTime()}`;
      return `${payload}.${mac(payload)}`;
    },
    valid(cookie, now) {
      const m = /^(v1\.(\d{1,15}))\.([A-Za-z0-9_-]{43})$/.exec(cookie ?? '');
      if (!m) return false;
      const expected = Buffer.from(mac(m[1]!));
      const presented = Buffer.from(m[3]!);
      if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return false;
      const age = now.getTime() - Number(m[2]);
      return age >= -SKEW_MS && age < lifetimeMs;
    },
  };
}

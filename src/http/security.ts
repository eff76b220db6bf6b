import type express from 'express';
import type { Config } from '../config.ts';

/**
 * The Content-Security-Policy of every response unless a route sets a stricter or
 * wider one: no script, styles only inline, images only as data: URLs (the
 * dashboard's charts and the WeChat login QR), forms post only here, never framed.
 */
export const DEFAULT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Sets the security headers on every response; a route may replace the CSP with its own. */
export function securityHeaders(): express.RequestHandler {
  return (_req, res, next) => {
    res.set({
      'Content-Security-Policy': DEFAULT_CSP,
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    next();
  };
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/**
 * The host names this bot answers to: PUBLIC_BASE_URL's, HOST unless it is a
 * wildcard, ALLOWED_HOSTS, and the loopback names (a page of another site can
 * never make a browser send `Host: localhost`, so they carry no rebinding risk,
 * and health checks on the machine use them).
 */
export function allowedHosts(config: Pick<Config, 'HOST' | 'PUBLIC_BASE_URL' | 'ALLOWED_HOSTS'>): Set<string> {
  const hosts = new Set(LOOPBACK_NAMES);
  const host = config.HOST.trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (!isWildcard(host)) hosts.add(host);
  if (config.PUBLIC_BASE_URL) {
    try {
      hosts.add(new URL(config.PUBLIC_BASE_URL).hostname.toLowerCase().replace(/^\[|\]$/g, ''));
    } catch {
      // validated in config; nothing to add
    }
  }
  for (const extra of config.ALLOWED_HOSTS) hosts.add(extra);
  return hosts;
}

/** The host name of a Host header without its port ("[::1]:3000" → "::1"), lower case; undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const h = header.trim().toLowerCase();
  const v6 = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h);
  if (v6) return v6[1];
  const plain = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
  return plain?.[1]?.replace(/\.$/, '');
}

/**
 * Answers 421 to a request whose Host is not one of ours (DNS rebinding: a site
 * whose name resolves to this machine must not reach the bot through a victim's
 * browser), 400 without a Host. `/healthz` is exempt: it shows no data, and load
 * balancers probe it by address.
 */
export function hostAllowList(allowed: ReadonlySet<string>): express.RequestHandler {
  return (req, res, next) => {
    if (req.path === '/healthz') return next();
    const raw = req.headers.host;
    const name = hostName(raw);
    if (!raw || name === undefined) {
      res.status(400).type('text').send('请求缺少有效的 Host 头。');
      return;
    }
    if (!allowed.has(name)) {
      res.status(421).type('text').send(`此服务不接受主机名“${name}”的请求。如这是本服务的正式地址，请在 PUBLIC_BASE_URL 或 ALLOWED_HOSTS 中配置。`);
      return;
    }
    next();
  };
}

/** TRUST_PROXY as express's 'trust proxy' value: false, true, a hop count, or addresses/subnets ('loopback', '10.0.0.0/8'). */
export function trustProxySetting(value: string): boolean | number | string {
  const v = value.trim().toLowerCase();
  if (['', 'false', '0', 'no', 'off'].includes(v)) return false;
  if (['true', 'yes', 'on'].includes(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return value.trim();
}

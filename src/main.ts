import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { channelRegistry } from './channels.ts';
import { loadConfig, localChannelMode, platformsEnabled } from './config.ts';
import { loadEnvFile } from './env-file.ts';
import { assertSafeToStart } from './start-checks.ts';
import type { ChannelAdapter } from './core/channel.ts';
import { Router } from './core/router.ts';
import { createIdentityResolver } from './features/admin/identity.ts';
import { demoIdentities } from './features/admin/roster.ts';
import { features } from './features/index.ts';
import type { Services } from './features/types.ts';
import { createHttpApp, errorHandler, notFoundHandler } from './http/app.ts';
import { allowedHosts } from './http/security.ts';
import { createScheduler, type Scheduler } from './scheduler/index.ts';
import { createServices, type StartOptions } from './services.ts';
import { recordInbound } from '../storage/repositories/inbound.repository.ts';
import { probeStore } from '../storage/repositories/health.repository.ts';

export { createServices, type StartOptions } from './services.ts';

/** A running Shifan: what tests and the process need to reach. */
export interface Shifan {
  readonly services: Services;
  readonly router: Router;
  readonly adapters: ReadonlyMap<string, ChannelAdapter>;
  /** Reminders and the outbox; started only when SCHEDULER_ENABLED (tests drive it with `tick()`, `runDue(at)`, `dispatchNow()`). */
  readonly scheduler: Scheduler;
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** The composition root: config → storage → core → features → bots → http. */
export async function startShifan(options: StartOptions = {}): Promise<Shifan> {
  const checked = options.config ?? loadConfig();
  assertSafeToStart(checked);
  const services = await createServices({ ...options, config: checked });
  const { config, logger, db, clock } = services;
  let ready = false;

  const router = new Router({
    identity: createIdentityResolver(db),
    inbound: { firstSeen: (platform, id, at) => recordInbound(db, platform, id, at) },
    clock,
    logger,
  });
  for (const feature of features) await feature({ ...services, router });

  const app = createHttpApp(() => ready, () => probeStore(db), { allowedHosts: allowedHosts(config), trustProxy: config.TRUST_PROXY });
  const adapters = new Map<string, ChannelAdapter>();
  for (const registration of channelRegistry) {
    if (!registration.enabled(services)) continue;
    const channel = await registration.create(services);
    if (channel.routes) app.use(channel.routes);
    adapters.set(registration.name, channel.adapter);
  }
  // Read-only dashboard, only when a token is configured: never open by default.
  if (config.DASHBOARD_TOKEN) {
    // Loaded only when on: the ledger's Excel writer is heavy to import.
    const { createDashboardRouter } = await import('./http/dashboard/router.ts');
    app.use('/dashboard', createDashboardRouter(services, config.DASHBOARD_TOKEN));
  }
  app.use(notFoundHandler());
  app.use(errorHandler((err) => logger.error({ err }, 'http request failed')));

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', reject);
  });
  // Longer than the usual proxy/client idle timeouts, so a reused keep-alive socket is
  // never closed by us just as a request arrives on it (a reset the client cannot retry).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  const url = config.PUBLIC_BASE_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;

  for (const adapter of adapters.values()) await adapter.start(router.handle);
  const scheduler = createScheduler(services, adapters);
  if (config.SCHEDULER_ENABLED) await scheduler.start();
  ready = true;

  let stopped = false;
  return {
    services,
    router,
    adapters,
    scheduler,
    url,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      ready = false;
      await scheduler.stop().catch((err: unknown) => logger.warn({ err }, 'scheduler stop failed'));
      for (const adapter of adapters.values()) await adapter.stop().catch((err: unknown) => logger.warn({ err }, 'adapter stop failed'));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
    },
  };
}

function printBanner(shifan: Shifan): void {
  const { config, programme } = shifan.services;
  const lines = [`Shifan 示范助手 is ready: ${shifan.url}`];
  const mode = localChannelMode(config);
  if (mode !== 'off') {
    lines.push(`  Local web chat: ${shifan.url}/${mode === 'token' ? '?token=<LOCAL_CHANNEL_TOKEN>' : ''}`);
    if (config.DEMO_ROSTER && config.NODE_ENV !== 'production') {
      const demo = demoIdentities(programme.data);
      lines.push('  Demo identities (local user ids):');
      for (const p of demo.people) lines.push(`    ${p.id.padEnd(18)} ${p.name}${p.place ? ' · ' + p.place : ''} (${p.role})`);
      for (const g of demo.groups) lines.push(`    group ${g.id.padEnd(12)} ${g.name}`);
    }
  }
  const platforms = platformsEnabled(config);
  lines.push(`  Chat platforms: ${platforms.length ? platforms.join(', ') : 'none configured (local web chat only)'}`);
  if (config.DASHBOARD_TOKEN) lines.push(`  Dashboard: ${shifan.url}/dashboard?token=<DASHBOARD_TOKEN>`);
  else if (config.NODE_ENV === 'development') lines.push('  Dashboard: off (set DASHBOARD_TOKEN in .env to open it at /dashboard)');
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  let shifan: Shifan;
  try {
    loadEnvFile(); // .env in the working directory; real environment variables win
    shifan = await startShifan();
  } catch (err) {
    console.error(`Shifan could not start: ${(err as Error).message}`);
    process.exit(1);
  }
  printBanner(shifan);
  const shutdown = async (signal: string) => {
    shifan.services.logger.info({ signal }, 'shutting down');
    await shifan.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

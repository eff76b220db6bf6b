import type { Server } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { channelRegistry } from './channels.ts';
import { loadConfig, localChannelMode, platformsEnabled } from './config.ts';
import { loadEnvFile } from './env-file.ts';
import { assertSafeToStart } from './start-checks.ts';
import type { ChannelAdapter } from './core/channel.ts';
import type { Router } from './core/router.ts';
import { demoIdentities } from './features/admin/index.ts';
import { createHttpApp, errorHandler, notFoundHandler, requestTracker } from './http/app.ts';
import { allowedHosts } from './http/security.ts';
import { createScheduler, type Scheduler } from './scheduler/index.ts';
import { composeFeatures, createServices, type Services, type StartOptions } from './services.ts';
import { createInboundSweeper, type InboundSweeper } from './inbound-sweeper.ts';
import { probeStore } from '../storage/repositories/health.repository.ts';

export { createServices, type Services, type StartOptions } from './services.ts';

/** A running Shifan: what tests and the process need to reach. */
export interface Shifan {
  readonly services: Services;
  readonly router: Router;
  readonly adapters: ReadonlyMap<string, ChannelAdapter>;
  /** Reminders and the outbox; started only when SCHEDULER_ENABLED (tests drive it with `tick()`, `runDue(at)`, `dispatchNow()`). */
  readonly scheduler: Scheduler;
  /** Takes over and answers messages a dead bot process journaled (tests call `sweep()`). */
  readonly sweeper: InboundSweeper;
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** The composition root: config → storage → core → features → bots → http. */
export async function startShifan(options: StartOptions = {}): Promise<Shifan> {
  const checked = options.config ?? loadConfig();
  assertSafeToStart(checked);
  const services = await createServices({ ...options, config: checked });
  const { config, logger, db } = services;
  let ready = false;

  const { router, jobs, routes, inbound } = await composeFeatures(services);

  const app = createHttpApp(
    () => ready,
    () => probeStore(db),
    { allowedHosts: allowedHosts(config), trustProxy: config.TRUST_PROXY },
  );
  const requests = requestTracker();
  app.use(requests.middleware);
  const adapters = new Map<string, ChannelAdapter>();
  for (const registration of channelRegistry) {
    if (!registration.enabled(services)) continue;
    const channel = await registration.create(services, options.channels ?? {});
    if (channel.routes) app.use(channel.routes);
    adapters.set(registration.name, channel.adapter);
  }
  // What the features registered (the dashboard, when DASHBOARD_TOKEN is set).
  for (const route of routes) app.use(route.path, await route.load());
  app.use(notFoundHandler());
  app.use(
    errorHandler((err, status) => {
      // A client's mistake (a malformed JSON body) is not our failure: a warning, without a stack.
      if (status < 500) logger.warn({ status, error: err instanceof Error ? err.message : String(err) }, 'http client error');
      else logger.error({ err }, 'http request failed');
    }),
  );

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

  // Adapters whose platform does not deliver an acknowledged message again journal it first.
  for (const adapter of adapters.values()) await adapter.start(router.handle, inbound);
  // What a dead process journaled and never answered is answered here.
  const sweeper = createInboundSweeper({ db, claims: inbound, adapters, intervalMs: config.INBOUND_SWEEP_MS, logger });
  sweeper.start();
  const scheduler = createScheduler(services, adapters, jobs);
  if (config.SCHEDULER_ENABLED) await scheduler.start();
  ready = true;

  let stopping: Promise<void> | undefined;
  return {
    services,
    router,
    adapters,
    scheduler,
    sweeper,
    url,
    port,
    stop() {
      return (stopping ??= (async () => {
        ready = false;
        // No new connections. http.Server#close would also drop connections whose request is not
        // read yet (they count as idle), so only the listener closes; every request that reached
        // us is answered, with `Connection: close`, and then the connections are closed.
        requests.drain();
        const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
        await scheduler.stop().catch((err: unknown) => logger.warn({ err }, 'scheduler stop failed'));
        await sweeper.stop();
        if (
          !(await within(
            quiet(() => requests.active()),
            STOP_GRACE_MS,
          ))
        )
          logger.warn('stopping with HTTP requests still open');
        server.closeAllConnections();
        await closed;
        for (const adapter of adapters.values()) await adapter.stop().catch((err: unknown) => logger.warn({ err }, 'adapter stop failed'));
        // Messages already received (Lark's long connection, WeChat) are handled before the database closes.
        if (!(await within(router.idle(), STOP_GRACE_MS))) logger.warn('stopped with messages still being handled');
        inbound.stop();
        await db.destroy();
      })());
    },
  };
}

/** How long a shutdown waits for messages in hand and open requests before cutting them. */
const STOP_GRACE_MS = 10_000;

/** Resolves once no request has been open for 100 ms running. */
async function quiet(active: () => number): Promise<void> {
  for (let calm = 0; calm < 5; ) {
    await new Promise((r) => setTimeout(r, 20));
    calm = active() === 0 ? calm + 1 : 0;
  }
}

/** Whether `work` settles within `ms`. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const done = await Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<false>((r) => (timer = setTimeout(() => r(false), ms))),
  ]);
  clearTimeout(timer);
  return done;
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
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    shifan.services.logger.info({ signal }, 'shutting down');
    // A second signal while stopping means "now".
    process.once(signal, () => process.exit(1));
    try {
      await shifan.stop();
    } catch (err) {
      shifan.services.logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
    shifan.services.logger.info('stopped: database closed');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // `kill` on `npm start` ends npm without passing the signal on; when npm is gone, stop too.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void shutdown('parent exited');
    }, 500).unref();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

import type { ChannelOverrides } from './channels.ts';
import { demoClockStart, loadConfig, type Config } from './config.ts';
import { DemoClock, systemClock, type Clock } from './core/clock.ts';
import type { Logger } from './core/logger.ts';
import { createIdentityResolver, seedDemoRoster } from './features/admin/index.ts';
import { seedDemoReports } from './features/demo/index.ts';
import { Router } from './core/router.ts';
import { installFeatures, type InstalledFeatures } from './features/index.ts';
import type { FeatureServices } from './features/types.ts';
import { createInboundClaims, type InboundClaims } from './inbound-claims.ts';
import { createLogger } from './logging.ts';
import { loadProgramme, type Programme } from './programme.ts';
import { migrate, openStore, type Db } from '../storage/database.ts';
import { createRepositories } from '../storage/repositories/index.ts';
import { syncProgramme } from '../storage/repositories/programme.repository.ts';

/** What the composition root builds once: what features get, plus the database for the scheduler, the channels and the CLI. */
export interface Services extends FeatureServices {
  readonly db: Db;
}

export interface StartOptions {
  readonly config?: Config;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Programme data to use instead of loading PROGRAMME (benchmarks and fault tests with synthetic counties). */
  readonly programme?: Programme;
  /** Adapter settings to inject (tests and benchmarks: a mock WeChat puppet). */
  readonly channels?: ChannelOverrides;
}

/** Opens the database (migrated), loads the programme data and, outside production, the demo roster (and, on the demo clock, demo reports). */
export async function createServices(options: StartOptions = {}): Promise<Services> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config);
  const demoStart = demoClockStart(config);
  const clock = options.clock ?? (demoStart ? new DemoClock(demoStart) : systemClock);
  const programme = options.programme ?? loadProgramme(config.PROGRAMME);
  const db = await openStore(config, (err) => logger.warn({ err: err.message }, 'database connection lost; the pool reconnects'));
  const repos = createRepositories(db);
  try {
    await migrate(db);
    await syncProgramme(db, programme.data, clock.now());
    if (config.DEMO_ROSTER && config.NODE_ENV !== 'production') {
      await seedDemoRoster(repos, programme.data, clock.now());
      // Demo reports only on the demo clock: they belong to the programme's season.
      if (clock.demo) await seedDemoReports(repos, programme.data, clock.now());
    }
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { config, logger, clock, programme, db, repos };
}

/**
 * The router with every feature installed on it, the jobs and routes the features registered,
 * and this process's inbound log (the router's claims; the adapters' journal and the sweeper's).
 */
export async function composeFeatures(services: Services): Promise<InstalledFeatures & { readonly router: Router; readonly inbound: InboundClaims }> {
  const { db, repos, clock, logger, config } = services;
  const inbound = createInboundClaims(db, { leaseMs: config.INBOUND_LEASE_MS, logger });
  const router = new Router({ identity: createIdentityResolver(repos), inbound, clock, logger });
  return { router, inbound, ...(await installFeatures(services, router)) };
}

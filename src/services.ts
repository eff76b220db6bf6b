import { demoClockStart, loadConfig, type Config } from './config.ts';
import { DemoClock, systemClock, type Clock } from './core/clock.ts';
import type { Logger } from './core/logger.ts';
import { seedDemoRoster } from './features/admin/roster.ts';
import { seedDemoReports } from './features/demo/index.ts';
import type { Services } from './features/types.ts';
import { createLogger } from './logging.ts';
import { loadProgramme, type Programme } from './programme.ts';
import { migrate, openDatabase } from '../storage/database.ts';
import { syncProgramme } from '../storage/repositories/programme.repository.ts';

export interface StartOptions {
  readonly config?: Config;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Programme data to use instead of loading PROGRAMME (benchmarks and fault tests with synthetic counties). */
  readonly programme?: Programme;
}

/** Opens the database (migrated), loads the programme data and, outside production, the demo roster (and, on the demo clock, demo reports). */
export async function createServices(options: StartOptions = {}): Promise<Services> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config);
  const demoStart = demoClockStart(config);
  const clock = options.clock ?? (demoStart ? new DemoClock(demoStart) : systemClock);
  const programme = options.programme ?? loadProgramme(config.PROGRAMME);
  const db = openDatabase(config.DB_PATH);
  try {
    await migrate(db);
    await syncProgramme(db, programme.data, clock.now());
    if (config.DEMO_ROSTER && config.NODE_ENV !== 'production') {
      await seedDemoRoster(db, programme.data, clock.now());
      // Demo reports only on the demo clock: they belong to the programme's season.
      if (clock.demo) await seedDemoReports(db, programme.data, clock.now());
    }
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { config, logger, clock, programme, db };
}

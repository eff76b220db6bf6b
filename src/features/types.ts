import type { Config } from '../config.ts';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Router } from '../core/router.ts';
import type { Programme } from '../programme.ts';
import type { Db } from '../../storage/database.ts';

/** What every feature and command-line command may use. */
export interface Services {
  readonly config: Config;
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly programme: Programme;
}

/** What a feature gets when it registers its handlers. */
export interface FeatureContext extends Services {
  readonly router: Router;
}

/** A feature registers commands, middlewares or fallbacks; the core never knows its features. */
export type Feature = (ctx: FeatureContext) => void | Promise<void>;

import type { Command } from 'commander';
import type express from 'express';
import type { Config } from '../config.ts';
import type { Clock } from '../core/clock.ts';
import type { JobFactory } from '../core/job.ts';
import type { Logger } from '../core/logger.ts';
import type { Router } from '../core/router.ts';
import type { Programme } from '../programme.ts';
import type { Repositories } from '../../storage/repositories/index.ts';

/** The shared resources a feature works with (the composition root builds them): repositories, never the database itself. */
export interface FeatureServices {
  readonly config: Config;
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly programme: Programme;
}

/** HTTP routes a feature mounts under `path`; `load` runs once at start, so heavy modules can be imported lazily. */
export interface RouteRegistration {
  readonly path: string;
  load(): Promise<express.Router>;
}

/**
 * What a feature gets when it registers itself (Probot's app function): the
 * router for its commands, middlewares and fallbacks, and a place for its
 * scheduled jobs and HTTP routes. The scheduler and the HTTP app only collect them.
 */
export interface FeatureContext extends FeatureServices {
  readonly router: Router;
  /** Adds a scheduled job; the scheduler lends it the working calendar and cron helpers. */
  schedule(job: JobFactory): void;
  /** Adds HTTP routes. */
  route(route: RouteRegistration): void;
}

/** A feature registers commands, middlewares, fallbacks, jobs and routes; the core never knows its features. */
export type Feature = (ctx: FeatureContext) => void | Promise<void>;

/** What a feature's command-line commands get: the program to add them to, and the services opened per command. */
export interface CliContext {
  readonly program: Command;
  /** Runs `fn` with the services open (the bot's database), then closes them; `clock` to act at another moment. */
  withServices<T>(fn: (services: FeatureServices) => Promise<T>, options?: { readonly clock?: Clock }): Promise<T>;
  /** Ends the command with a message for the person at the terminal. */
  readonly fail: (message: string) => never;
}

/** A feature's command-line commands (the CLI only collects them, as the scheduler collects jobs). */
export type FeatureCommands = (cli: CliContext) => void;

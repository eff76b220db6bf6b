import type { Command } from 'commander';
import type { CliContext } from '../features/types.ts';
import { fail, withServices } from './services.ts';

/** The context the features' command-line commands are registered with. */
export function cliContext(program: Command): CliContext {
  return { program, withServices: (fn, options) => withServices(fn, options), fail };
}

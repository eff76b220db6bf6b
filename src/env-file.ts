import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * `SHIFAN_NO_ENV_FILE=1` in the real environment: read no dotenv file. The test suite sets it
 * (vitest.config.ts, and for the bot processes it starts in the repository), so that a
 * deployment's or a developer's `.env` in the working directory (a DATABASE_URL, NODE_ENV=production)
 * never points the processes of `npm test` at that database.
 */
export const NO_ENV_FILE = 'SHIFAN_NO_ENV_FILE';

/**
 * Reads a dotenv file (default `.env` in the working directory) into `env`,
 * never overwriting a variable the real environment already has. Returns the
 * names it set; a missing file, or `SHIFAN_NO_ENV_FILE=1` in `env`, sets nothing.
 */
export function loadEnvFile(path = '.env', env: Record<string, string | undefined> = process.env): string[] {
  if (env[NO_ENV_FILE] === '1') return [];
  const file = resolve(path);
  if (!existsSync(file)) return [];
  const set: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[key] !== undefined) continue; // the real environment wins
    env[key] = value;
    set.push(key);
  }
  return set;
}

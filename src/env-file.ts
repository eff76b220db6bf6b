import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Reads a dotenv file (default `.env` in the working directory) into `env`,
 * never overwriting a variable the real environment already has. Returns the
 * names it set; a missing file sets nothing.
 */
export function loadEnvFile(path = '.env', env: Record<string, string | undefined> = process.env): string[] {
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

import { loadConfig } from '../config.ts';
import { silentLogger } from '../core/logger.ts';
import type { Services } from '../features/types.ts';
import { createServices } from '../services.ts';

/** Runs `fn` with the services open, and closes them after. */
export async function withServices<T>(fn: (s: Services) => Promise<T>, options: Parameters<typeof createServices>[0] = {}): Promise<T> {
  const services = await createServices({ config: loadConfig(), logger: silentLogger, ...options });
  try {
    return await fn(services);
  } finally {
    await services.db.destroy();
  }
}

/** Fails the command with a message for the person at the terminal. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

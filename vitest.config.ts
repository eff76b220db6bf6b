import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts its own bot on port 0 with its own SQLite file; two cores.
    pool: 'forks',
    fileParallelism: true,
  },
});

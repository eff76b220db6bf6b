import { defineConfig } from 'vitest/config';

/**
 * The tests that touch the store run a second time on PostgreSQL when TEST_DATABASE_URL names a
 * server (.ci/run starts one): the `postgres` project sets TEST_STORE, and tests/support/stores.ts
 * gives each test its own schema there. Without a server only the `sqlite` project exists.
 */
const postgresTests = [
  'tests/storage/migrations.test.ts',
  'tests/storage/postgres-pool.test.ts',
  'tests/storage/inbound-claims.test.ts',
  'tests/storage/rate-windows.test.ts',
  'tests/bots/lark/lark-app-rate.test.ts',
  'tests/forms/sweep.test.ts',
  'tests/features/weekly-report*.test.ts',
  'tests/features/province-escalations.test.ts',
  'tests/features/digest-totals.test.ts',
  'tests/features/period-changes.test.ts',
  'tests/scheduler/**/*.test.ts',
  'tests/reliability/**/*.test.ts',
];
/** Tests that need PostgreSQL itself (a server of their own, or several bot processes on one database): the postgres project only. */
const postgresOnly = [
  'tests/reliability/postgres-restart.test.ts',
  'tests/reliability/wechat-leader.test.ts',
  'tests/reliability/postgres-backup.test.ts',
  'tests/reliability/three-processes.test.ts',
  'tests/storage/postgres-pool.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The CLI and bot processes tests start read no .env: a deployment's (DATABASE_URL, production)
    // in the repository folder would otherwise receive the tests' rosters and reports (src/env-file.ts).
    env: { SHIFAN_NO_ENV_FILE: '1' },
    hookTimeout: 60_000,
    // Each file starts its own bot on port 0 with its own store; two cores.
    pool: 'forks',
    fileParallelism: true,
    projects: [
      { extends: true as const, test: { name: 'sqlite', include: ['tests/**/*.test.ts'], exclude: postgresOnly } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { name: 'postgres', include: postgresTests, env: { TEST_STORE: 'postgres' } } }]
        : []),
    ],
  },
});

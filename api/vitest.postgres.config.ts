import { defineProject } from 'vitest/config';

/**
 * The API's own tests again, each context on a PostgreSQL database of its own: only the
 * configuration changes. Left out: tests of SQLite itself (its pragmas, tampering with its file)
 * and the store contract, which runs both stores already.
 */
export default defineProject({
  test: {
    name: 'api-postgres',
    include: ['test/**/*.test.ts'],
    exclude: ['test/migrations.test.ts', 'test/audit-chain.test.ts', 'test/store-contract/**'],
    env: { DEEDROOM_TEST_STORE: 'postgres' },
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'shared',
      'api',
      'api/vitest.postgres.config.ts',
      'collab-server',
      'tests/vitest.collab.config.ts',
      'tests/vitest.e2e.config.ts',
    ],
  },
});

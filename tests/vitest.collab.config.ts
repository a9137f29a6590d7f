import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'collab',
    include: ['collab/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Servers, child processes and many sockets: one file at a time on a two-core machine.
    fileParallelism: false,
  },
});

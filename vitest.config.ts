import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', exclude: [...configDefaults.exclude, 'tests/distributed/**'] } },
      // The distributed tests get a redis-server of their own (started only when they run).
      { extends: true, test: { name: 'distributed', include: ['tests/distributed/**/*.test.ts'], globalSetup: ['tests/distributed/redisServer.ts'] } },
    ],
  },
});

import { configDefaults, defineConfig } from 'vitest/config';

const include = ['tests/**/*.test.ts'];
const testTimeout = 30_000;

export default defineConfig({
  test: {
    include,
    testTimeout,
    projects: [
      { extends: true, test: { name: 'unit', exclude: [...configDefaults.exclude, 'tests/distributed/**'] } },
      // The distributed tests get a redis-server of their own, started only when they run. (Not
      // `extends: true`: that would add the root's include to this one's.)
      { test: { name: 'distributed', include: ['tests/distributed/**/*.test.ts'], testTimeout, globalSetup: ['tests/distributed/redisServer.ts'] } },
    ],
  },
});

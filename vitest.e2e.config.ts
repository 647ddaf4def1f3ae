import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium driven by playwright-core against the built app (dist/), served by vite preview.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the CI machine has two cores.
    fileParallelism: false,
  },
});

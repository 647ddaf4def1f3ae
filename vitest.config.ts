import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Dates are parsed and bucketed in one fixed zone (China) whatever the machine says.
    env: { TZ: 'Asia/Shanghai' },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: './vite.config.ts',
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Everything that needs the local stack: one isolated stack (temp dir, free ports) per run.
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/**/*.test.ts', 'e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/global-stack.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/renderer/**/*.test.{ts,tsx}', 'test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
    // Removes each test file's tempDir() folders once the file is done, passed or failed.
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
    // Never the developer's own keychain: tests that need a keychain start their own (see secrets.test.ts).
    env: { BIZCARD_SECRET_STORE: 'file' },
  },
});

// End-to-end tests: the built web app served by the real server on a fresh
// embedded database, driven through Debian's Chromium (no browser download).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { administrator, baseURL, port } from './support/constants.ts';

const dataDir = join(tmpdir(), 'reintegra-e2e-data');

export default defineConfig({
  testDir: './tests',
  // At the repository root, where git and Biome already ignore it.
  outputDir: '../test-results/e2e',
  // One embedded database and two cores: tests run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'UTC',
    // Mantine honours it (theme.respectReducedMotion): no transitions to wait for.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Without the background-networking flags Chromium keeps calling home, which floods a closed network.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // process.execPath is the Node 24 that npm put first on PATH: the server runs TypeScript directly.
    // The data directory is removed first so that every run starts from an empty organisation.
    command: `rm -rf "${dataDir}" "${dataDir}-files" && "${process.execPath}" ../packages/server/src/main.ts`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      // Always the embedded database, even where CI has set DATABASE_URL for the PostgreSQL suite.
      DATABASE_URL: '',
      REINTEGRA_DATA_DIR: dataDir,
      REINTEGRA_FILES_DIR: `${dataDir}-files`,
      REINTEGRA_ADMIN_PASSWORD: administrator.password,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Every test signs in several times; the production limit would stop the suite, not an attacker.
      REINTEGRA_LOGIN_RATE_LIMIT: '1000',
    },
  },
});

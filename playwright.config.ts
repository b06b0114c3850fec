import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

// `npm run test:e2e` (scripts/e2e.ts) starts the site on a fresh database and passes its address here.
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:3000';

const chromium = { ...devices['Desktop Chrome'], channel: undefined };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  // Two workers, the site and its database share two cores: a save that revalidates pages can take seconds.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  // Readers' specs only read; specs that change content (e2e/changes/) run after them, so that no reader spec sees a
  // page change under it; the topology spec starts two more instances of the site, Redis-shared, behind the edge
  // cache, so it runs alone after them (on two cores, starting them alongside the admin specs slows their saves); the
  // outage spec stops the database, so it runs last.
  projects: [
    { name: 'readers', use: chromium, testIgnore: ['**/changes/**', '**/outage.spec.ts', '**/topology.spec.ts', '**/now-board.spec.ts', '**/live.spec.ts'] },
    { name: 'changes', use: chromium, testMatch: '**/changes/**/*.spec.ts', dependencies: ['readers'] },
    { name: 'topology', use: chromium, testMatch: ['**/topology.spec.ts', '**/now-board.spec.ts', '**/live.spec.ts'], dependencies: ['changes'] },
    { name: 'outage', use: chromium, testMatch: '**/outage.spec.ts', dependencies: ['topology'] },
  ],
});

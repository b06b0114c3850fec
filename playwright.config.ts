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
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  // Readers' specs only read; specs that change content (e2e/changes/) run after them, so that no reader spec sees a
  // page change under it; the outage spec stops the database, so it runs last.
  projects: [
    { name: 'readers', use: chromium, testIgnore: ['**/changes/**', '**/outage.spec.ts'] },
    { name: 'changes', use: chromium, testMatch: '**/changes/**/*.spec.ts', testIgnore: '**/changes/admin-covers.spec.ts', dependencies: ['readers'] },
    // Rates and breaking news set from the admin mark every page stale. Run at the moment admin.spec publishes, the
    // article it then opens was seen to keep its cached 404 (a race between the two revalidations, not yet pinned
    // down), so this spec runs after the others.
    { name: 'newsroom-tools', use: chromium, testMatch: '**/changes/admin-covers.spec.ts', dependencies: ['changes'] },
    { name: 'outage', use: chromium, testMatch: '**/outage.spec.ts', dependencies: ['newsroom-tools'] },
  ],
});

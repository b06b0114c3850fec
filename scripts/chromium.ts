import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { env } from '@/lib/ops/env.mjs';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium the end-to-end tests drive: CHROME_PATH, else Debian's, else the one Playwright manages.
 * Null when there is none; the caller says what to install.
 */
export function findChromium(): string | null {
  const candidates = [env().CHROME_PATH, ...SYSTEM_CHROMIUMS, chromium.executablePath()];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

export const CHROMIUM_INSTALL_HINT = [
  'No Chromium found for the end-to-end tests. Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium      (found at /usr/bin/chromium)',
  '  elsewhere:      npx playwright install chromium',
  '  or point CHROME_PATH at an existing Chrome/Chromium binary.',
].join('\n');

/** Flags for a headless Chromium on a machine with no outside network and possibly no user namespaces (root, CI). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

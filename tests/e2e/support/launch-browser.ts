import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags a closed network needs. Playwright gives every
 * launch a fresh temporary profile of its own.
 */
export async function launchBrowser(): Promise<Browser & { dispose(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return Object.assign(browser, { dispose: () => browser.close() });
}

/** Where end-to-end tests leave their screenshots (looked at by people, kept out of git). */
export function screenshotPath(name: string): string {
  const dir = path.resolve(import.meta.dirname, '../../../.test-output/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

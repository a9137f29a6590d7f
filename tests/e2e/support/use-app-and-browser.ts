import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './launch-browser';
import { startApp } from './start-app';

type App = Awaited<ReturnType<typeof startApp>>;

/** Starts the real server and Debian Chromium for a test file, and stops both after it. */
export function useAppAndBrowser(env: Record<string, string> = {}): {
  readonly app: App;
  readonly browser: Browser;
} {
  let app: App | undefined;
  let browser: (Browser & { dispose(): Promise<void> }) | undefined;
  beforeAll(async () => {
    app = await startApp(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.dispose();
    await app?.dispose();
  });
  return {
    get app() {
      if (!app) throw new Error('the app starts in beforeAll');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}

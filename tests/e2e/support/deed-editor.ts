import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { E2E_PASSWORD } from './start-app';

export const DEAL_NAME = 'Résidence Les Tilleuls';
export const DEED_TITLE = 'Convention de crédit promoteur – Résidence Les Tilleuls';

export const PEOPLE = {
  bankLawyer: { email: 'paul.girard@banque-horizon.example', name: 'Paul Girard' },
  developer: { email: 'julie.morel@atlantique-promotion.example', name: 'Julie Morel' },
  analyst: { email: 'sophie.martin@banque-horizon.example', name: 'Sophie Martin' },
} as const;

export interface DeedSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors thrown in the page: a passing scenario must leave none. */
  pageErrors: string[];
}

/** Records the page's uncaught errors, to be checked at the end of a scenario. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** A fresh browser context signed in as `email` (through the API, which sets the session cookie). */
export async function signIn(browser: Browser, baseUrl: string, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
  const response = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { email, password: E2E_PASSWORD },
  });
  expect(response.status()).toBe(200);
  return context;
}

/** The address of the demo credit agreement, as the signed-in user of `context` sees it. */
export async function findDeedPath(context: BrowserContext, baseUrl: string): Promise<string> {
  const { deals } = (await (await context.request.get(`${baseUrl}/api/deals`)).json()) as {
    deals: Array<{ id: string; name: string }>;
  };
  const deal = deals.find((d) => d.name === DEAL_NAME);
  if (!deal) throw new Error(`${DEAL_NAME} is not visible`);
  const { deeds } = (await (await context.request.get(`${baseUrl}/api/deals/${deal.id}/deeds`)).json()) as {
    deeds: Array<{ id: string; title: string }>;
  };
  const deed = deeds.find((d) => d.title === DEED_TITLE);
  if (!deed) throw new Error(`${DEED_TITLE} is not visible`);
  return `/deals/${deal.id}/deeds/${deed.id}`;
}

/** Signs in and opens the deed editor directly by its address, waiting until it is live. */
export async function openDeed(browser: Browser, baseUrl: string, email: string): Promise<DeedSession> {
  const context = await signIn(browser, baseUrl, email);
  const page = await context.newPage();
  const pageErrors = collectPageErrors(page);
  await page.goto(`${baseUrl}${await findDeedPath(context, baseUrl)}`);
  await waitUntilConnected(page);
  return { context, page, pageErrors };
}

/** Closes the sessions' browsers, after checking that none threw an uncaught error. */
export async function closeSessions(...sessions: DeedSession[]): Promise<void> {
  for (const session of sessions) {
    await session.context.close();
    expect(session.pageErrors).toEqual([]);
  }
}

export async function waitUntilConnected(page: Page): Promise<void> {
  await page.getByTestId('deed-editor').waitFor();
  await expect
    .poll(() => page.getByTestId('connection-status').innerText(), { timeout: 15_000 })
    .toBe('Connecté');
}

/** The deed's text as typed, without the other people's caret labels (drawn inside the text). */
export function readDeedText(page: Page): Promise<string> {
  return page.getByTestId('deed-editor-content').evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });
}

/** Names on the remote carets drawn in this page. */
export function readCaretLabels(page: Page): Promise<string[]> {
  return page.locator('.collaboration-carets__label').allInnerTexts();
}

/** Puts the caret at the very end of the deed, on a new paragraph of its own. */
export async function startParagraphAtEnd(page: Page): Promise<void> {
  // Clicking past the end of the last line puts the caret at the end of the last paragraph.
  const lastParagraph = page.locator('.deed-document > p').last();
  await lastParagraph.scrollIntoViewIfNeeded();
  const box = await lastParagraph.boundingBox();
  if (!box) throw new Error('the deed has no last paragraph on screen');
  await lastParagraph.click({ position: { x: box.width - 2, y: box.height - 4 } });
  await expect.poll(() => isCaretAtEndOf(page, '.deed-document > p:last-of-type')).toBe(true);
  await page.keyboard.press('Enter');
}

function isCaretAtEndOf(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.querySelector(target);
    const selection = getSelection();
    if (!element || !selection?.focusNode || !element.contains(selection.focusNode)) return false;
    const range = document.createRange();
    range.selectNodeContents(element);
    range.setStart(selection.focusNode, selection.focusOffset);
    return (range.toString() ?? '').length === 0;
  }, selector);
}

/** Jumps to an article with the outline, then opens a new paragraph right under its title. */
export async function startParagraphUnderArticle(page: Page, articleTitle: string): Promise<void> {
  await page.getByTestId('deed-outline-entry').filter({ hasText: articleTitle }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
}

export interface ApiClient {
  userId: string;
  call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/** A signed-in API client outside any browser (the deal manager changing staffing, for example). */
export async function logInToApi(baseUrl: string, email: string): Promise<ApiClient> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: E2E_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { id: string } };
  return {
    userId: user.id,
    async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
      const headers: Record<string, string> = { cookie };
      if (method !== 'GET')
        Object.assign(headers, { 'content-type': 'application/json', 'x-csrf-token': csrfToken });
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

/**
 * Waits until every IndexedDB write the page has issued is committed: a read transaction on the
 * same store is scheduled after all earlier read-write ones, whatever the connection. Used before
 * a reload, which would otherwise abort the last writes on a slow machine.
 */
export async function waitForLocalCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const databases = await indexedDB.databases();
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((resolve, reject) => {
            if (!name) return resolve();
            const request = indexedDB.open(name);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              if (!db.objectStoreNames.contains('updates')) {
                db.close();
                return resolve();
              }
              const transaction = db.transaction('updates', 'readonly');
              transaction.objectStore('updates').count();
              transaction.oncomplete = () => {
                db.close();
                resolve();
              };
              transaction.onerror = () => reject(transaction.error);
            };
          }),
      ),
    );
  });
}

import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  closeSessions,
  type DeedSession,
  openDeed,
  PEOPLE,
  readDeedText,
  startParagraphUnderArticle,
  waitUntilConnected,
} from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const COMPARE_SCREENSHOT = path.resolve(import.meta.dirname, '../../docs/screenshots/compare-view.png');
const APPROVALS_SCREENSHOT = path.resolve(import.meta.dirname, '../../docs/screenshots/approvals.png');
const NOTARY = 'anne.dupuis@notaires-dupuis.example';
const BANK_MANAGER = 'marie.lefevre@banque-horizon.example';
const ADDED = 'Le Prêteur pourra exiger une caution personnelle du dirigeant de la Société Mère.';

const env = useAppAndBrowser();

async function openSideTab(page: Page, tab: 'versions' | 'approvals' | 'history'): Promise<void> {
  await page.getByTestId(`side-tab-${tab}`).click();
  await page.getByTestId(`${tab}-panel`).waitFor();
}

async function saveVersion(page: Page, name: string, note: string): Promise<void> {
  const before = await page.getByTestId('version-item').count();
  await page.getByTestId('versions-save').click();
  await page.getByTestId('save-version-name').fill(name);
  await page.getByTestId('save-version-note').fill(note);
  await page.getByTestId('save-version-submit').click();
  await expect.poll(() => page.getByTestId('version-item').count()).toBe(before + 1);
  await expect.poll(() => page.getByTestId('version-name').first().innerText()).toBe(name);
}

/** Selects `word` in the first paragraph containing it, as a double-click would. */
async function selectWord(page: Page, word: string): Promise<void> {
  await page.evaluate((target) => {
    const root = document.querySelector('.deed-document');
    const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`${target} is not in the deed`);
  }, word);
}

/** The summary scrolls smoothly to an article: waits until the window stops moving. */
async function waitForScrollToSettle(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const before = window.scrollY;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
        return window.scrollY === before && before > 0;
      }),
    )
    .toBe(true);
}

async function chooseOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

async function approve(page: Page): Promise<void> {
  await openSideTab(page, 'approvals');
  await page.getByTestId('approvals-approve').click();
  await page.getByTestId('approve-confirm').click();
  const mine = page.locator('[data-testid="approval-party"][data-mine]');
  await expect.poll(() => mine.getByTestId('party-status').innerText()).toBe('Bon pour accord');
}

async function expectLocked(session: DeedSession): Promise<void> {
  const { page } = session;
  await page.getByTestId('deed-lock-banner').waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('deed-lock-banner').innerText()).toContain(
    'Texte définitif verrouillé par Anne Dupuis',
  );
  await expect.poll(() => page.getByTestId('deed-editor').getAttribute('data-can-edit')).toBe('false');
  expect(await page.getByTestId('deed-toolbar').count()).toBe(0);
  expect(await page.getByTestId('deed-editor-content').getAttribute('contenteditable')).toBe('false');
}

describe('versions, comparison, approvals and the final lock of a deed', () => {
  it('saves two versions and shows the change in the redline, then all parties approve and the notary locks', async () => {
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    const marie = await openDeed(env.browser, env.app.url, BANK_MANAGER);

    // V1, then an edit, then V2.
    await openSideTab(paul.page, 'versions');
    await expect.poll(() => paul.page.getByTestId('versions-empty').count()).toBe(1);
    await saveVersion(paul.page, 'V1 envoyée au promoteur', 'Projet initial de la banque');
    await startParagraphUnderArticle(paul.page, 'Objet du crédit');
    await paul.page.keyboard.type(ADDED);
    await selectWord(paul.page, 'exclusivement');
    await paul.page.keyboard.type('principalement');
    await expect.poll(() => readDeedText(julie.page), { timeout: 15_000 }).toContain(ADDED);
    await expect.poll(() => readDeedText(julie.page)).toContain('destinée principalement au financement');
    await saveVersion(paul.page, 'V2 après relecture', 'Caution du dirigeant ajoutée');
    await paul.page.screenshot({ path: screenshotPath('deed-versions-panel.png') });

    // Compare V1 → V2: the redline shows the inserted and the deleted words.
    await chooseOption(paul.page, 'compare-from', 'V1 – V1 envoyée au promoteur');
    await chooseOption(paul.page, 'compare-to', 'V2 – V2 après relecture');
    await paul.page.getByTestId('compare-submit').click();
    await paul.page.getByTestId('redline-view').waitFor();
    const redline = paul.page.getByTestId('redline-view');
    await expect
      .poll(() => redline.locator('ins').allInnerTexts())
      .toContainEqual(expect.stringContaining('caution personnelle du dirigeant'));
    expect((await redline.locator('del').allInnerTexts()).join(' ')).toContain('exclusivement');
    expect(await paul.page.getByTestId('compare-sides').innerText()).toContain('V2 – V2 après relecture');
    const entry = paul.page.getByTestId('comparison-summary-entry').filter({ hasText: 'Objet du crédit' });
    await entry.click();
    await expect
      .poll(() => redline.locator('ins', { hasText: 'caution personnelle' }).first().isVisible())
      .toBe(true);
    await waitForScrollToSettle(paul.page);
    await paul.page.screenshot({ path: COMPARE_SCREENSHOT });
    await paul.page.getByRole('link', { name: 'Retour à l’acte' }).click();
    await waitUntilConnected(paul.page);

    // Every party approves the text now: the bank, the developer, then the notary.
    await approve(paul.page);
    await approve(julie.page);
    const anne = await openDeed(env.browser, env.app.url, NOTARY);
    await openSideTab(anne.page, 'approvals');
    await expect
      .poll(() => anne.page.getByTestId('approvals-blocker').innerText())
      .toContain('Office notarial Dupuis');
    await approve(anne.page);
    await anne.page.getByTestId('approvals-all-approved').waitFor();
    // The bank's own panel learns it without reloading (a deed signal).
    await openSideTab(paul.page, 'approvals');
    await paul.page.getByTestId('approvals-all-approved').waitFor({ timeout: 15_000 });
    await anne.page.screenshot({ path: APPROVALS_SCREENSHOT });

    await anne.page.getByTestId('approvals-lock').click();
    await anne.page.getByTestId('lock-confirm').click();

    // The lock holds in every browser: read-only, with the banner, and nothing typed gets through.
    for (const session of [anne, paul, julie, marie]) await expectLocked(session);
    const textAtLock = await readDeedText(paul.page);
    await julie.page.getByTestId('deed-editor-content').click();
    await julie.page.keyboard.type('Ajout après verrouillage');
    expect(await readDeedText(julie.page)).toBe(textAtLock);
    await openSideTab(marie.page, 'versions');
    await expect
      .poll(() => marie.page.getByTestId('version-name').first().innerText())
      .toBe('Texte définitif verrouillé');
    await openSideTab(marie.page, 'history');
    await expect
      .poll(() => marie.page.getByTestId('history-event').allInnerTexts())
      .toContainEqual(
        expect.stringContaining('Anne Dupuis (Office notarial) a verrouillé le texte définitif'),
      );
    expect((await marie.page.getByTestId('history-event').allInnerTexts()).join('\n')).toContain(
      'Paul Girard (Banque) a modifié l’acte',
    );
    await marie.page.screenshot({ path: screenshotPath('deed-history-locked.png') });
    expect(await readDeedText(paul.page)).toBe(textAtLock);
    await closeSessions(paul, julie, marie, anne);
  });
});

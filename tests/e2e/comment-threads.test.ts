import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeSessions, type DeedSession, openDeed, PEOPLE, readDeedText } from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

const INTERNAL_TEXT = 'Vérifier la marge interne avant envoi au promoteur';
const SHARED_TEXT = 'Merci de transmettre l’attestation de non-recours';
const REPLY_TEXT = 'Attestation envoyée ce matin au notaire.';
const SIDEBAR_SCREENSHOT = path.resolve(import.meta.dirname, '../../docs/screenshots/comment-sidebar.png');

/** Selects `phrase` in the deed's text, as a reader dragging over it would. */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector<HTMLElement>('.deed-document');
    if (!root) throw new Error('no deed on the page');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      root.focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`« ${wanted} » is not in the deed`);
  }, phrase);
  await expect.poll(() => page.getByTestId('comments-new').getAttribute('data-variant')).toBe('filled');
}

async function openCommentsTab(page: Page): Promise<void> {
  await page.getByTestId('side-tab-comments').click();
  await page.getByTestId('comments-panel').waitFor();
}

async function commentOn(
  page: Page,
  phrase: string,
  visibility: 'Toutes les parties' | 'Interne à ma banque',
  write: (page: Page) => Promise<void>,
): Promise<void> {
  await selectPhrase(page, phrase);
  await page.getByTestId('comments-new').click();
  const composer = page.getByTestId('comment-composer');
  await composer.locator('label', { hasText: visibility }).click();
  await page.getByTestId('comment-composer-input').click();
  await write(page);
  await page.screenshot({
    path: screenshotPath(`comment-composer-${visibility === 'Toutes les parties' ? 'all' : 'internal'}.png`),
  });
  await composer.getByTestId('comment-composer-submit').click();
  await composer.waitFor({ state: 'detached' });
}

function threads(page: Page) {
  return page.getByTestId('comment-thread');
}

describe('comment threads in the deed editor', () => {
  it('keeps a bank-internal comment among bank staff and shows all-parties threads and replies live to everyone', async () => {
    const sessions: DeedSession[] = [];
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    sessions.push(paul);
    await openCommentsTab(paul.page);
    await expect
      .poll(() => paul.page.getByTestId('comments-empty').innerText())
      .toContain('Aucun commentaire');

    // Paul (bank lawyer): an internal note, then a question to every party mentioning Julie.
    await commentOn(paul.page, 'promesse unilatérale de vente', 'Interne à ma banque', (page) =>
      page.keyboard.type(INTERNAL_TEXT),
    );
    await commentOn(paul.page, 'dont l’affichage', 'Toutes les parties', async (page) => {
      await page.keyboard.type(`${SHARED_TEXT}, `);
      await page.keyboard.type('@Jul');
      await page.getByTestId('mention-suggestion').filter({ hasText: 'Julie Morel' }).click();
      await page.keyboard.type('merci.');
    });
    await expect.poll(() => threads(paul.page).count()).toBe(2);
    const internalCard = paul.page.locator('[data-testid="comment-thread"][data-visibility="internal"]');
    expect(await internalCard.getByTestId('comment-internal-badge').textContent()).toBe('Interne · Banque');
    expect(await internalCard.innerText()).toContain(INTERNAL_TEXT);
    // Document order: « promesse… » (recital B) comes before « dont l’affichage » in the text.
    expect(await threads(paul.page).first().getAttribute('data-visibility')).toBe('internal');
    expect(await paul.page.locator('.deed-comment-anchor').count()).toBeGreaterThanOrEqual(2);
    expect(await paul.page.getByTestId('comments-open-count').getAttribute('data-count')).toBe('2');

    // Sophie (bank analyst, read-only deed) sees both threads, and may still start one.
    const sophie = await openDeed(env.browser, env.app.url, PEOPLE.analyst.email);
    sessions.push(sophie);
    await openCommentsTab(sophie.page);
    await expect.poll(() => threads(sophie.page).count()).toBe(2);
    expect(await sophie.page.getByTestId('comments-panel').innerText()).toContain(INTERNAL_TEXT);
    expect(await sophie.page.getByTestId('deed-toolbar').count()).toBe(0);
    await selectPhrase(sophie.page, 'commissaire de justice');
    await sophie.page.getByTestId('comments-new').click();
    const sophieComposer = sophie.page.getByTestId('comment-composer');
    expect(await sophieComposer.innerText()).toContain('« commissaire de justice »');
    await sophieComposer.getByRole('button', { name: 'Annuler' }).click();

    // Julie (developer) sees only the all-parties thread; the internal text is nowhere in her page.
    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    sessions.push(julie);
    await openCommentsTab(julie.page);
    await expect.poll(() => threads(julie.page).count()).toBe(1);
    const julieThread = threads(julie.page).first();
    expect(await julieThread.innerText()).toContain(SHARED_TEXT);
    expect(await julieThread.locator('[data-testid="comment-internal-badge"]').count()).toBe(0);
    expect(await julie.page.locator('.deed-comment-anchor').count()).toBe(1);
    expect(await julie.page.content()).not.toContain(INTERNAL_TEXT);

    // Julie replies; Paul and Sophie see it without reloading.
    await julieThread.getByTestId('comment-quote').click();
    await julie.page.getByTestId('comment-reply-input').click();
    await julie.page.keyboard.type(REPLY_TEXT);
    await julie.page.getByTestId('comment-reply-submit').click();
    await expect.poll(() => julieThread.getByTestId('comment').count()).toBe(2);
    for (const { page } of [paul, sophie]) {
      const shared = page.locator('[data-testid="comment-thread"][data-visibility="all"]');
      await expect.poll(() => shared.innerText(), { timeout: 10_000 }).toContain(REPLY_TEXT);
    }
    expect(await julie.page.content()).not.toContain(INTERNAL_TEXT);
    await julie.page.screenshot({ path: screenshotPath('comment-sidebar-developer.png') });

    // The sidebar as Paul sees it, the shared thread active.
    const sharedOnPaul = paul.page.locator('[data-testid="comment-thread"][data-visibility="all"]');
    await sharedOnPaul.getByTestId('comment-quote').click();
    await expect.poll(() => sharedOnPaul.getAttribute('data-active')).toBe('true');
    // The document scrolls (smoothly) to the thread's passage, highlighted more strongly.
    const activeRange = paul.page.locator('.deed-comment-anchor--active');
    await expect
      .poll(async () => {
        const box = await activeRange.first().boundingBox();
        return box !== null && box.y > 200 && box.y < 700;
      })
      .toBe(true);
    await paul.page.mouse.move(0, 0);
    await paul.page.screenshot({ path: SIDEBAR_SCREENSHOT });
    await paul.page.screenshot({ path: screenshotPath('comment-sidebar.png') });

    // Paul resolves the shared thread: it leaves everyone's « Ouverts » list, not the « Résolus » one.
    await sharedOnPaul.getByTestId('comment-resolve').click();
    await expect.poll(() => threads(julie.page).count()).toBe(0);
    await julie.page.getByTestId('comments-filter').getByText('Résolus (1)').click();
    await expect.poll(() => threads(julie.page).count()).toBe(1);
    expect(await threads(julie.page).first().getAttribute('data-status')).toBe('resolved');

    // Deleting the commented passage keeps its thread reachable, under « Texte supprimé ».
    await selectPhrase(paul.page, 'promesse unilatérale de vente');
    await paul.page.keyboard.press('Backspace');
    await expect.poll(() => readDeedText(sophie.page)).not.toContain('promesse unilatérale de vente');
    expect(await readDeedText(sophie.page)).toContain('dont l’affichage');
    await expect
      .poll(() => sophie.page.getByTestId('comments-detached').innerText(), { timeout: 10_000 })
      .toContain(INTERNAL_TEXT);
    expect(await sophie.page.getByTestId('comments-in-text').count()).toBe(0);
    await sophie.page.screenshot({ path: screenshotPath('comment-sidebar-deleted-text.png') });

    await closeSessions(...sessions);
  });
});

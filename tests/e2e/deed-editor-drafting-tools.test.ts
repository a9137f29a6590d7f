import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  closeSessions,
  openDeed,
  PEOPLE,
  readDeedText,
  startParagraphUnderArticle,
} from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

/** New articles come titled "Nouvel article", with the caret in their first paragraph: retitle. */
async function renameNewArticle(page: Page, title: string): Promise<void> {
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(title);
  await page.keyboard.press('ArrowDown');
}

/** What Chromium's accessibility tree (what a screen reader hears) names an article title. */
async function readAccessibleName(page: Page, titleText: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument');
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('h3.deed-article-title')].find((h) => h.textContent === ${JSON.stringify(titleText)})`,
    });
    if (!result.objectId) return '';
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    return String(nodes[0]?.name?.value ?? '');
  } finally {
    await cdp.detach();
  }
}

describe('the drafting tools of the deed editor', () => {
  it('inserts articles, sub-articles, defined terms, tables and page breaks, numbered automatically', async () => {
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const { page } = paul;
    const outline = page.getByTestId('deed-outline-entry');
    const articlesBefore = await outline.count();

    // A new article after "Objet du crédit" (Article 2) becomes Article 3; the rest renumber.
    await startParagraphUnderArticle(page, 'Objet du crédit');
    await page.keyboard.press('Control+Alt+a');
    await renameNewArticle(page, 'Clause de revoyure');
    await expect.poll(() => outline.count()).toBe(articlesBefore + 1);
    await expect
      .poll(() => outline.filter({ hasText: 'Clause de revoyure' }).innerText())
      .toMatch(/^Art\. 3\s+Clause de revoyure$/);
    expect(await outline.filter({ hasText: 'Description du Programme' }).innerText()).toMatch(/^Art\. 4\s/);
    // The number is drawn by CSS counters, and screen readers hear it with the title.
    expect(await readAccessibleName(page, 'Clause de revoyure')).toBe('Article 3 – Clause de revoyure');

    // A sub-article from the toolbar: 3.1.
    await page.getByTestId('toolbar-insert-sub-article').click();
    await renameNewArticle(page, 'Modalités de la revoyure');
    await expect
      .poll(() => outline.filter({ hasText: 'Modalités de la revoyure' }).innerText())
      .toMatch(/^3\.1\s/);
    expect(await readAccessibleName(page, 'Modalités de la revoyure')).toBe('3.1 Modalités de la revoyure');

    // A defined term (Ctrl+Shift+D) in the sub-article's first paragraph.
    await page.keyboard.type('Le ');
    await page.keyboard.press('Control+Shift+d');
    await page.keyboard.type('Ratio de Couverture Trimestriel');
    await page.keyboard.press('Control+Shift+d');
    await page.keyboard.type(' est calculé chaque semestre.');
    await expect
      .poll(() => page.locator('dfn.defined-term', { hasText: 'Ratio de Couverture Trimestriel' }).count())
      .toBe(1);

    // A page break from the toolbar, then a table (a drawdown schedule) with one more row.
    await page.keyboard.press('Enter');
    const breaks = page.getByTestId('deed-editor-content').locator('.page-break');
    const breaksBefore = await breaks.count();
    await page.getByTestId('toolbar-page-break').click();
    await expect.poll(() => breaks.count()).toBe(breaksBefore + 1);
    // Typing goes on after the break, on a new line, and does not replace it.
    await page.keyboard.type('Échéancier de revoyure :');
    await expect
      .poll(() =>
        page.locator('.deed-document .page-break + p', { hasText: 'Échéancier de revoyure' }).count(),
      )
      .toBe(1);
    expect(await breaks.count()).toBe(breaksBefore + 1);
    await page.keyboard.press('Enter');

    const tables = page.getByTestId('deed-editor-content').locator('table');
    const tablesBefore = await tables.count();
    await page.getByTestId('toolbar-table').click();
    await page.getByTestId('table-insert').click();
    await expect.poll(() => tables.count()).toBe(tablesBefore + 1);
    await page.keyboard.type('Date de revoyure');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Montant révisé');
    const newTable = page.locator('table', { hasText: 'Date de revoyure' });
    expect(await newTable.locator('tr').count()).toBe(3);
    await page.getByTestId('toolbar-table').click();
    await page.getByRole('menuitem', { name: 'Ajouter une ligne dessous' }).click();
    await expect.poll(() => newTable.locator('tr').count()).toBe(4);

    await page.locator('h3.deed-article-title', { hasText: 'Clause de revoyure' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('deed-editor-drafting-tools.png') });

    // Everything above reached the server: another person sees the same document.
    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    await expect.poll(() => readDeedText(julie.page), { timeout: 15_000 }).toBe(await readDeedText(page));
    await closeSessions(paul, julie);
  });

  it('can be driven from the keyboard: Alt+F10 to the toolbar, arrows across it, Escape back', async () => {
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const { page } = paul;
    await startParagraphUnderArticle(page, 'Objet du crédit');
    await page.keyboard.press('Alt+F10');
    const focusedLabel = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
      );
    expect(await focusedLabel()).toBe('Annuler');
    // Disabled buttons are skipped ("Rétablir": nothing to redo): Annuler, Style, Gras.
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel()).toMatch(/^Style du paragraphe/);
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel()).toBe('Gras');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-keyshortcuts'))).toBe(
      'Control+b',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(
      await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
      ),
    ).toBe('deed-editor-content');
    await page.keyboard.type('Texte en gras');
    await expect
      .poll(() => page.locator('.deed-document strong', { hasText: 'Texte en gras' }).count())
      .toBe(1);
    await closeSessions(paul);
  });
});

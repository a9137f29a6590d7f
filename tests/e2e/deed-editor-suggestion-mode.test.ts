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

describe('suggestion mode (track changes) in the deed editor', () => {
  it('holds the developer to suggestions; the bank lawyer sees who suggested what and accepts it', async () => {
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    // The bank sends its version to the developer, and holds them to suggestions from then on.
    await paul.page.getByTestId('side-tab-versions').click();
    await paul.page.getByTestId('versions-save').click();
    await paul.page.getByTestId('save-version-name').fill('V1 envoyée au promoteur');
    await paul.page.getByTestId('save-version-hold-developer').check();
    await paul.page.getByTestId('save-version-submit').click();
    await expect
      .poll(() => paul.page.getByTestId('version-name').first().innerText())
      .toBe('V1 envoyée au promoteur');
    await paul.page.getByTestId('side-tab-suggestions').click();
    await expect.poll(() => paul.page.getByTestId('force-suggestions-developer').isChecked()).toBe(true);

    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    await julie.page.getByTestId('suggestion-mode-banner').waitFor();
    const toggle = julie.page.getByTestId('suggest-toggle');
    expect(await toggle.isChecked()).toBe(true);
    expect(await toggle.isDisabled()).toBe(true);

    const proposal = 'Le Promoteur propose un différé d’amortissement de six mois.';
    await startParagraphUnderArticle(julie.page, 'Objet du crédit');
    await julie.page.keyboard.type(proposal, { delay: 10 });

    // The bank lawyer sees the text as a suggestion, signed with the developer's name.
    const suggested = paul.page.locator('ins.deed-suggestion-insertion', {
      hasText: 'différé d’amortissement',
    });
    await expect.poll(() => suggested.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const signed = paul.page.locator(
      '.deed-document [title^="Ajout proposé par Julie Morel (Atlantique Promotion)"]',
    );
    expect(await signed.filter({ hasText: 'différé' }).count()).toBeGreaterThan(0);
    const item = paul.page.getByTestId('suggestion-item').filter({ hasText: 'différé d’amortissement' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toContain('Julie Morel (Atlantique Promotion)');
    await item.locator('button').first().click();
    await paul.page.screenshot({ path: screenshotPath('suggestion-view.png') });

    await item.getByTestId('accept-suggestion').click();
    for (const page of [paul.page, julie.page]) {
      await expect
        .poll(() => page.locator('ins.deed-suggestion-insertion').count(), { timeout: 15_000 })
        .toBe(0);
      await expect.poll(() => readDeedText(page)).toContain(proposal);
    }
    // Nothing the developer typed was refused by the server.
    expect(await julie.page.getByTestId('collab-stop-notice').count()).toBe(0);
    await closeSessions(paul, julie);
  });
});

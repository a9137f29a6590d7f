import { describe, expect, it } from 'vitest';
import {
  closeSessions,
  collectPageErrors,
  DEAL_NAME,
  logInToApi,
  openDeed,
  PEOPLE,
  readDeedText,
  signIn,
  startParagraphAtEnd,
  waitUntilConnected,
} from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const DEAL_MANAGER = 'marie.lefevre@banque-horizon.example';

const env = useAppAndBrowser();

async function findDealId(manager: Awaited<ReturnType<typeof logInToApi>>): Promise<string> {
  const { deals } = await manager.call<{ deals: Array<{ id: string; name: string }> }>('GET', '/api/deals');
  const deal = deals.find((d) => d.name === DEAL_NAME);
  if (!deal) throw new Error(`${DEAL_NAME} is not visible to the manager`);
  return deal.id;
}

describe('the deed editor when access changes under it', () => {
  it('turns a read-only analyst into an editor as soon as the manager changes her role', async () => {
    const manager = await logInToApi(env.app.url, DEAL_MANAGER);
    const dealId = await findDealId(manager);
    const sophieApi = await logInToApi(env.app.url, PEOPLE.analyst.email);
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const sophie = await openDeed(env.browser, env.app.url, PEOPLE.analyst.email);
    await sophie.page.getByTestId('read-only-banner').waitFor();

    await manager.call('POST', `/api/deals/${dealId}/staff`, {
      userId: sophieApi.userId,
      role: 'bank_legal',
    });
    // ACCESS_CHANGED: the editor re-reads her rights and reconnects, now as a writer.
    await sophie.page.getByTestId('deed-toolbar').waitFor({ timeout: 15_000 });
    expect(await sophie.page.getByTestId('read-only-banner').count()).toBe(0);
    await waitUntilConnected(sophie.page);
    expect(await sophie.page.getByTestId('deed-my-role').innerText()).toBe('Juriste banque');

    const text = 'Clause relue et complétée par l’analyste.';
    await startParagraphAtEnd(sophie.page);
    await sophie.page.keyboard.type(text);
    await expect.poll(() => readDeedText(paul.page), { timeout: 15_000 }).toContain(text);

    // And back to read-only.
    await manager.call('POST', `/api/deals/${dealId}/staff`, {
      userId: sophieApi.userId,
      role: 'bank_analyst',
    });
    await sophie.page.getByTestId('read-only-banner').waitFor({ timeout: 15_000 });
    expect(await sophie.page.getByTestId('deed-toolbar').count()).toBe(0);
    await closeSessions(paul, sophie);
  });

  it('closes the deed with a French message when the person is removed from the deal', async () => {
    const manager = await logInToApi(env.app.url, DEAL_MANAGER);
    const dealId = await findDealId(manager);
    const lucasEmail = 'lucas.bernard@atlantique-promotion.example';
    const lucasApi = await logInToApi(env.app.url, lucasEmail);
    const lucas = await openDeed(env.browser, env.app.url, lucasEmail);

    await manager.call('DELETE', `/api/deals/${dealId}/staff/${lucasApi.userId}`);
    const notice = lucas.page.getByTestId('deed-unavailable');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('Votre accès à cet acte a été retiré');
    expect(await lucas.page.getByTestId('deed-editor-content').count()).toBe(0);
    await lucas.page.screenshot({ path: screenshotPath('deed-editor-access-withdrawn.png') });
    await closeSessions(lucas);
  });

  it('sends the user to the login page with "session expirée" when the session ends elsewhere', async () => {
    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    // Logging out from another tab of the same env.browser ends the session the editor relies on.
    const otherTab = await julie.context.newPage();
    await otherTab.goto(env.app.url);
    await otherTab.getByTestId('user-menu-button').click();
    await otherTab.getByTestId('user-menu-logout').click();
    await otherTab.getByTestId('login-form').waitFor();

    await julie.page.getByTestId('login-form').waitFor({ timeout: 15_000 });
    expect(await julie.page.locator('body').innerText()).toContain('Votre session a expiré');
    await closeSessions(julie);
  });

  it('shows "Acte introuvable" to a competing developer who has the deed’s address, and nothing of it', async () => {
    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    const deedPath = new URL(julie.page.url()).pathname;
    await closeSessions(julie);

    const karim = await signIn(env.browser, env.app.url, 'karim.benali@rhone-habitat.example');
    const page = await karim.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(`${env.app.url}${deedPath}`);
    await page.getByTestId('deed-unavailable').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('Acte introuvable');
    expect(text).not.toContain('Tilleuls');
    expect(text).not.toContain('Atlantique');
    await closeSessions({ context: karim, page, pageErrors });
  });
});

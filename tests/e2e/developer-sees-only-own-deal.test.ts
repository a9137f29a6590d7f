import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/launch-browser';
import { E2E_PASSWORD } from './support/start-app';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

describe('a developer in the env.browser', () => {
  it('logs in, sees their own deal and never the competing developer’s', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByTestId('login-form').waitFor();
    await page.screenshot({ path: screenshotPath('login.png') });

    await page.getByTestId('login-email').fill('julie.morel@atlantique-promotion.example');
    await page.getByTestId('login-password').fill(E2E_PASSWORD);
    await page.getByTestId('login-submit').click();

    const list = page.getByTestId('deal-list');
    await list.waitFor();
    await expect.poll(() => list.innerText()).toContain('Résidence Les Tilleuls');
    const listText = await page.locator('body').innerText();
    expect(listText).not.toContain('Les Terrasses du Rhône');
    expect(listText).not.toContain('Rhône Habitat');
    expect(await page.getByTestId('current-user-org').innerText()).toContain('Atlantique Promotion');
    await page.screenshot({ path: screenshotPath('deal-list.png') });

    await page.getByText('Résidence Les Tilleuls').first().click();
    const header = page.getByTestId('deal-header');
    await header.waitFor();
    expect(await page.getByTestId('deal-name').innerText()).toBe('Résidence Les Tilleuls');
    await expect
      .poll(() => page.getByTestId('deed-list').innerText())
      .toContain('Convention de crédit promoteur');
    const parties = await page.getByTestId('deal-parties').innerText();
    expect(parties).toContain('Banque Horizon');
    expect(parties).toContain('Office notarial Dupuis');
    expect(parties).not.toContain('Rhône Habitat');
    await page.screenshot({ path: screenshotPath('deal-page.png'), fullPage: true });

    await page.getByTestId('deal-tab-staff').click();
    await expect.poll(() => page.getByTestId('staff-list').innerText()).toContain('Marie Lefèvre');
    expect(await page.getByTestId('staff-list').innerText()).not.toContain('Karim');
    await page.screenshot({ path: screenshotPath('deal-staff.png') });
    await context.close();
  });

  it('opening the competing developer’s deal by its address shows "Dossier introuvable"', async () => {
    const karimContext = await env.browser.newContext();
    const karimLogin = await karimContext.request.post(`${env.app.url}/api/auth/login`, {
      data: { email: 'karim.benali@rhone-habitat.example', password: E2E_PASSWORD },
    });
    expect(karimLogin.status()).toBe(200);
    const karimDeals = (await (await karimContext.request.get(`${env.app.url}/api/deals`)).json()) as {
      deals: Array<{ id: string }>;
    };
    const foreignId = karimDeals.deals[0]?.id;
    expect(foreignId).toBeTruthy();
    await karimContext.close();

    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.app.url}/deals/${foreignId}`);
    await page.getByTestId('login-email').fill('julie.morel@atlantique-promotion.example');
    await page.getByTestId('login-password').fill(E2E_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('deal-not-found').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Les Terrasses du Rhône');
    expect(text.toLowerCase()).not.toContain('interdit');
    await page.screenshot({ path: screenshotPath('deal-not-found.png') });
    await context.close();
  });

  it('shows the French error for a wrong password and stays on the login page', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByTestId('login-email').fill('julie.morel@atlantique-promotion.example');
    await page.getByTestId('login-password').fill('mauvais-mot-de-passe');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').innerText()).toMatch(/incorrect/i);
    await context.close();
  });
});

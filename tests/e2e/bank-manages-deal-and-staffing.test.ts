import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, signIn } from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

const MARIE = 'marie.lefevre@banque-horizon.example';
const JULIE = 'julie.morel@atlantique-promotion.example';
const NEW_DEAL = 'Le Clos des Vignes';

/** Opens a Mantine select (or multi-select) and picks the option with this label (exact when a string). */
async function pickOption(page: Page, testId: string, label: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: typeof label === 'string' }).click();
}

/** Waits until a modal or menu (`selector`) has finished fading in, so that screenshots show it whole. */
async function waitUntilOpaque(page: Page, selector: string): Promise<void> {
  const element = page.locator(selector);
  await expect.poll(() => element.evaluate((node) => getComputedStyle(node).opacity)).toBe('1');
}

/** Spaces of any kind (French number formatting uses narrow no-break spaces) as plain spaces. */
function normaliseSpaces(text: string): string {
  return text.replace(/\s/g, ' ');
}

async function readStaffUserId(page: Page, email: string): Promise<string> {
  const userId = await page.locator(`[data-user-email="${email}"]`).getAttribute('data-user-id');
  if (!userId) throw new Error(`${email} is not in the staff list`);
  return userId;
}

describe('the bank manages deals and their staffing', () => {
  it('Marie opens a deal, staffs Julie, then removes her: Julie loses the deal at once', async () => {
    const marieContext = await signIn(env.browser, env.app.url, MARIE);
    const marie = await marieContext.newPage();
    const marieErrors = collectPageErrors(marie);
    await marie.goto(env.app.url);

    await marie.getByTestId('new-deal-button').click();
    const form = marie.getByTestId('new-deal-form');
    await form.waitFor();
    await marie.getByTestId('new-deal-submit').click();
    await expect.poll(() => form.innerText()).toContain('Saisissez le nom du programme.');
    expect(await form.innerText()).toContain('Choisissez le promoteur du programme.');
    await marie.screenshot({ path: screenshotPath('new-deal-form-errors.png') });

    await marie.getByTestId('deal-form-name').fill(NEW_DEAL);
    await marie.getByTestId('deal-form-city').fill('Angers');
    await marie.getByTestId('deal-form-lots').fill('36');
    await marie.getByTestId('deal-form-amount').fill('6250000');
    await pickOption(marie, 'deal-form-status', 'En instruction');
    await pickOption(marie, 'deal-form-developer', 'Atlantique Promotion');
    await pickOption(marie, 'deal-form-notaries', 'Office notarial Dupuis');
    await marie.keyboard.press('Escape');
    await expect.poll(() => form.innerText()).not.toContain('Saisissez le nom du programme.');
    await marie.screenshot({ path: screenshotPath('new-deal-form.png') });

    await marie.getByTestId('new-deal-submit').click();
    await marie.getByTestId('deal-header').waitFor();
    expect(await marie.getByTestId('deal-name').innerText()).toBe(NEW_DEAL);
    expect(marie.url()).toMatch(/\/deals\/[A-Za-z0-9_-]+$/);
    const header = normaliseSpaces(await marie.getByTestId('deal-header').innerText());
    expect(header).toContain('6 250 000 €');
    expect(header).toContain('Chargé d’affaires');
    const parties = await marie.getByTestId('deal-parties').innerText();
    expect(parties).toContain('Atlantique Promotion');
    expect(parties).toContain('Office notarial Dupuis');
    expect(parties).not.toContain('Rhône Habitat');
    const dealPath = new URL(marie.url()).pathname;

    await marie.getByTestId('deal-tab-staff').click();
    await marie.getByTestId('add-staff-button').click();
    await marie.getByTestId('add-staff-form').waitFor();
    await pickOption(marie, 'add-staff-person', /^Julie Morel/);
    await pickOption(marie, 'add-staff-role', 'Responsable de programme');
    await marie.screenshot({ path: screenshotPath('staffing-add-member.png') });
    await marie.getByTestId('add-staff-submit').click();
    await expect.poll(() => marie.getByTestId('staff-notice').innerText()).toContain('Julie Morel');
    const julieId = await readStaffUserId(marie, JULIE);
    expect(await marie.getByTestId(`staff-role-select-${julieId}`).inputValue()).toBe(
      'Responsable de programme',
    );

    // The last bank manager cannot step down: the refusal is explained in French.
    const marieId = await readStaffUserId(marie, MARIE);
    await pickOption(marie, `staff-role-select-${marieId}`, 'Juriste banque');
    await expect.poll(() => marie.getByTestId('staff-error').innerText()).toContain('chargé d’affaires');
    expect(await marie.getByTestId(`staff-role-select-${marieId}`).inputValue()).toBe('Chargé d’affaires');
    await marie.screenshot({ path: screenshotPath('staffing-manage.png') });

    const julieContext = await signIn(env.browser, env.app.url, JULIE);
    const julie = await julieContext.newPage();
    const julieErrors = collectPageErrors(julie);
    await julie.goto(env.app.url);
    await expect.poll(() => julie.getByTestId('deal-list').innerText()).toContain(NEW_DEAL);
    expect(await julie.getByTestId('new-deal-button').count()).toBe(0);
    await julie.getByTestId('user-menu-button').click();
    await julie.getByTestId('user-menu-change-password').waitFor();
    expect(await julie.getByTestId('user-menu-admin').count()).toBe(0);
    await julie.keyboard.press('Escape');
    await julie.goto(`${env.app.url}${dealPath}`);
    await julie.getByTestId('deal-header').waitFor();
    expect(await julie.getByTestId('deal-my-role').innerText()).toBe('Responsable de programme');
    expect(await julie.getByTestId('edit-deal-button').count()).toBe(0);
    await julie.getByTestId('deal-tab-staff').click();
    await expect.poll(() => julie.getByTestId('staff-list').innerText()).toContain('Marie Lefèvre');
    expect(await julie.getByTestId('staff-list').innerText()).toContain('Responsable de programme');
    expect(await julie.getByTestId('add-staff-button').count()).toBe(0);
    expect(
      await julie.locator('[data-testid^="staff-remove-"], [data-testid^="staff-role-select-"]').count(),
    ).toBe(0);

    await marie.getByTestId(`staff-remove-${julieId}`).click();
    await marie.getByTestId('remove-staff-dialog').waitFor();
    await waitUntilOpaque(marie, '.mantine-Modal-content');
    await marie.screenshot({ path: screenshotPath('staffing-remove-member.png') });
    expect(await marie.getByTestId('remove-staff-dialog').innerText()).toContain('Julie Morel');
    await marie.getByTestId('remove-staff-confirm').click();
    await expect.poll(() => marie.getByTestId(`staff-row-${julieId}`).count()).toBe(0);
    expect(await marie.getByTestId('staff-notice').innerText()).toContain('n’intervient plus');

    await julie.reload();
    await julie.getByTestId('deal-not-found').waitFor();
    expect(await julie.locator('body').innerText()).toContain('Dossier introuvable');
    await julie.goto(env.app.url);
    await julie.getByTestId('deal-list').waitFor();
    expect(await julie.getByTestId('deal-list').innerText()).not.toContain(NEW_DEAL);

    await julie.goto(`${env.app.url}/administration`);
    await julie.getByTestId('page-not-found').waitFor();
    expect(await julie.locator('body').innerText()).toContain('Page introuvable');

    await julieContext.close();
    await marieContext.close();
    expect(julieErrors).toEqual([]);
    expect(marieErrors).toEqual([]);
  });

  it('Marie edits the deal’s programme details from its header', async () => {
    const context = await signIn(env.browser, env.app.url, MARIE);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(env.app.url);
    await page.getByTestId('deal-list').getByText(NEW_DEAL).click();
    await page.getByTestId('edit-deal-button').click();
    const form = page.getByTestId('edit-deal-form');
    await form.waitFor();
    await page.getByTestId('deal-form-lots').fill('0');
    await page.getByTestId('edit-deal-submit').click();
    await expect
      .poll(() => form.innerText())
      .toContain('Le nombre de lots doit être un entier compris entre 1');
    // The keyboard focus goes to the field at fault.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('deal-form-lots');
    await page.screenshot({ path: screenshotPath('edit-deal-form.png') });
    await page.getByTestId('deal-form-lots').fill('38');
    await pickOption(page, 'deal-form-status', 'Crédit accordé');
    await page.getByTestId('edit-deal-submit').click();
    await expect.poll(() => form.count()).toBe(0);
    const header = normaliseSpaces(await page.getByTestId('deal-header').innerText());
    expect(header).toContain('38');
    expect(await page.getByTestId('deal-status').innerText()).toBe('Crédit accordé');
    await page.reload();
    await expect.poll(() => page.getByTestId('deal-status').innerText()).toBe('Crédit accordé');
    await context.close();
    expect(errors).toEqual([]);
  });

  it('the platform administrator creates an organisation and an account with a generated password', async () => {
    const context = await signIn(env.browser, env.app.url, MARIE);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(env.app.url);
    await page.getByTestId('user-menu-button').click();
    await page.getByTestId('user-menu-admin').waitFor();
    await waitUntilOpaque(page, '.mantine-Menu-dropdown');
    await page.screenshot({ path: screenshotPath('user-menu-admin.png') });
    await page.getByTestId('user-menu-admin').click();
    await page.getByTestId('admin-page').waitFor();
    const directory = page.getByTestId('org-directory');
    await expect.poll(() => directory.innerText()).toContain('Rhône Habitat');
    expect(await page.getByTestId('org-users-title').innerText()).toBe('Banque Horizon');
    await expect.poll(() => page.getByTestId('org-users-list').innerText()).toContain('Paul Girard');

    await page.getByTestId('create-org-button').click();
    await page.getByTestId('create-org-name').fill('atlantique promotion');
    await page.getByTestId('create-org-kind-developer').click();
    await page.getByTestId('create-org-submit').click();
    await expect
      .poll(() => page.getByTestId('create-org-form').innerText())
      .toContain('Une organisation porte déjà ce nom.');
    await page.getByTestId('create-org-name').fill('Étude Martin & Associés');
    await page.getByTestId('create-org-kind-notary').click();
    await expect
      .poll(() => page.getByTestId('create-org-kind-notary').getAttribute('aria-checked'))
      .toBe('true');
    await page.screenshot({ path: screenshotPath('admin-new-org.png') });
    await page.getByTestId('create-org-submit').click();
    await expect.poll(() => page.getByTestId('org-users-title').innerText()).toBe('Étude Martin & Associés');
    await page.getByTestId('org-users-empty').waitFor();
    expect(await directory.innerText()).toContain('Étude Martin & Associés');

    await page.getByTestId('create-user-button').click();
    await page.getByTestId('create-user-name').fill('Hugo Martin');
    await page.getByTestId('create-user-email').fill('hugo.martin@etude-martin.example');
    await page.getByTestId('create-user-submit').click();
    await expect
      .poll(() => page.getByTestId('create-user-form').innerText())
      .toContain('Le mot de passe doit contenir au moins 12 caractères.');
    expect(await page.getByTestId('create-user-admin').count()).toBe(0);
    await page.getByTestId('create-user-generate-password').click();
    const password = await page.getByTestId('create-user-password').inputValue();
    expect(password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect(await page.getByTestId('create-user-password').getAttribute('type')).toBe('text');
    await page.getByTestId('create-user-submit').click();
    await page.getByTestId('new-account-credentials').waitFor();
    expect(await page.getByTestId('new-account-password').innerText()).toBe(password);
    await page.screenshot({ path: screenshotPath('admin-new-account.png') });
    expect(await page.getByTestId('new-account-email').innerText()).toBe('hugo.martin@etude-martin.example');
    await page.getByTestId('new-account-done').click();
    await expect.poll(() => page.getByTestId('new-account-credentials').count()).toBe(0);
    await expect.poll(() => page.getByTestId('org-users-list').innerText()).toContain('Hugo Martin');
    expect(await page.locator('body').innerText()).not.toContain(password);
    await page.screenshot({ path: screenshotPath('admin-page.png') });

    const hugo = await env.browser.newContext();
    const login = await hugo.request.post(`${env.app.url}/api/auth/login`, {
      data: { email: 'hugo.martin@etude-martin.example', password },
    });
    expect(login.status()).toBe(200);
    await hugo.close();
    await context.close();
    expect(errors).toEqual([]);
  });
});

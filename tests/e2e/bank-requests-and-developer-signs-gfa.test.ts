import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, DEAL_NAME, signIn } from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { E2E_PASSWORD } from './support/start-app';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

const PAUL = 'paul.girard@banque-horizon.example';
const JULIE = 'julie.morel@atlantique-promotion.example';
const MARIE = 'marie.lefevre@banque-horizon.example';
const ANNE = 'anne.dupuis@notaires-dupuis.example';

async function api(context: BrowserContext, method: 'GET' | 'POST', urlPath: string) {
  const base = env.app.url;
  if (method === 'GET') return context.request.get(`${base}${urlPath}`);
  const session = (await (await context.request.get(`${base}/api/auth/session`)).json()) as {
    csrfToken: string;
  };
  return context.request.post(`${base}${urlPath}`, {
    data: {},
    headers: { 'x-csrf-token': session.csrfToken, origin: base },
  });
}

describe('the bank has a locked GFA signed by the developer and the bank, built-in provider', () => {
  it('requests, signs in order with the password, and files the sealed PDF in the vault', async () => {
    const { app, browser } = env;
    const paul = await signIn(browser, app.url, PAUL);
    const julie = await signIn(browser, app.url, JULIE);
    const marie = await signIn(browser, app.url, MARIE);
    const anne = await signIn(browser, app.url, ANNE);
    const { deals } = (await (await api(paul, 'GET', '/api/deals')).json()) as {
      deals: Array<{ id: string; name: string }>;
    };
    const dealId = deals.find((d) => d.name === DEAL_NAME)?.id ?? '';
    const { deeds } = (await (await api(paul, 'GET', `/api/deals/${dealId}/deeds`)).json()) as {
      deeds: Array<{ id: string; kind: string }>;
    };
    const gfaId = deeds.find((d) => d.kind === 'gfa')?.id ?? '';
    // Every party approves the GFA, then the bank's lawyer locks it.
    for (const party of [paul, julie, anne]) {
      expect((await api(party, 'POST', `/api/deeds/${gfaId}/approvals`)).status()).toBe(200);
    }
    expect((await api(paul, 'POST', `/api/deeds/${gfaId}/lock`)).status()).toBe(200);

    // The bank asks Julie (developer), then Marie (bank) to sign.
    const bankPage = await paul.newPage();
    const errors = collectPageErrors(bankPage);
    await bankPage.goto(`${app.url}/deals/${dealId}/signatures`);
    await bankPage.getByTestId('signature-new').click();
    await bankPage.getByTestId('signature-source').click();
    await bankPage.getByRole('option', { name: /Garantie financière/ }).click();
    await bankPage.getByTestId('signature-signers').click({ force: true });
    await bankPage.getByRole('option', { name: /Julie Morel/ }).click();
    await bankPage.getByRole('option', { name: /Marie Lefèvre/ }).click();
    await bankPage.keyboard.press('Escape');
    await bankPage.screenshot({ path: screenshotPath('signatures-1-request.png') });
    await bankPage.getByTestId('signature-new-submit').click();
    await bankPage.getByTestId('signature-request-detail').waitFor();
    await expect
      .poll(() => bankPage.getByTestId('signer-chip').first().getAttribute('data-status'))
      .toBe('sent');

    // Julie signs: a wrong password is refused, the right one signs.
    const developerPage = await julie.newPage();
    errors.push(...collectPageErrors(developerPage));
    await developerPage.goto(`${app.url}/deals/${dealId}/signatures`);
    await developerPage.getByTestId('signature-open').first().click();
    await developerPage.getByTestId('signature-sign').click();
    await developerPage.getByTestId('signature-password').fill('pas-le-bon-mot-de-passe');
    await developerPage.getByTestId('signature-sign-submit').click();
    await expect
      .poll(() => developerPage.getByTestId('signature-sign-error').innerText())
      .toContain('Mot de passe incorrect');
    await developerPage.screenshot({ path: screenshotPath('signatures-2-wrong-password.png') });
    await developerPage.getByTestId('signature-password').fill(E2E_PASSWORD);
    await developerPage.getByTestId('signature-sign-submit').click();
    await developerPage.getByTestId('signature-sign-modal').waitFor({ state: 'detached' });

    // The bank's page follows without a reload.
    await expect
      .poll(
        () =>
          bankPage
            .getByTestId('signature-request-detail')
            .getByTestId('signer-chip')
            .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-status'))),
        { timeout: 15_000 },
      )
      .toEqual(['signed', 'sent']);

    // Marie signs last: the document is sealed and filed.
    const managerPage = await marie.newPage();
    errors.push(...collectPageErrors(managerPage));
    await managerPage.goto(`${app.url}/deals/${dealId}/signatures`);
    await managerPage.getByTestId('signature-open').first().click();
    await managerPage.getByTestId('signature-sign').click();
    await managerPage.getByTestId('signature-password').fill(E2E_PASSWORD);
    await managerPage.getByTestId('signature-sign-submit').click();
    await managerPage.getByTestId('signature-download-signed').waitFor({ timeout: 30_000 });
    await managerPage.screenshot({ path: screenshotPath('signatures-3-completed.png') });
    await expect
      .poll(() => bankPage.getByTestId('signature-request-status').first().innerText(), { timeout: 15_000 })
      .toMatch(/terminée/i);

    // The signed PDF is in the developer's vault view, and verifies.
    await developerPage.goto(`${app.url}/deals/${dealId}/vault`);
    await expect
      .poll(() => developerPage.getByText(/signé\.pdf/).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const href = (await managerPage.getByTestId('signature-download-signed').getAttribute('href')) ?? '';
    const signed = await julie.request.get(`${app.url}${href}`);
    expect(signed.status()).toBe(200);
    const file = path.join(app.dataDir, 'gfa-signee.pdf');
    fs.writeFileSync(file, await signed.body());
    const check = spawnSync('pdfsig', ['-no-ocsp', file], { encoding: 'utf8' });
    expect(check.stdout).toContain('Signature is Valid');
    // Page images of the cover and the certificate page, to look at.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    for (const [page, name] of [
      [1, 'signatures-4-pdf-cover'],
      [pages, 'signatures-5-pdf-certificate'],
    ] as const) {
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-singlefile',
        '-f',
        String(page),
        '-l',
        String(page),
        file,
        screenshotPath(name),
      ]);
    }
    expect(execFileSync('pdftotext', ['-f', String(pages), file, '-'], { encoding: 'utf8' })).toContain(
      'Julie Morel',
    );
    expect(errors).toEqual([]);
    for (const context of [paul, julie, marie, anne]) await context.close();
  }, 180_000);
});

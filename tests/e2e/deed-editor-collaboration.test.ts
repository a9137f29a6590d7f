import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  closeSessions,
  collectPageErrors,
  DEAL_NAME,
  DEED_TITLE,
  findDeedPath,
  openDeed,
  PEOPLE,
  readCaretLabels,
  readDeedText,
  signIn,
  startParagraphAtEnd,
  startParagraphUnderArticle,
  waitForLocalCopy,
  waitUntilConnected,
} from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

describe('the deed editor, with the real collaboration server', () => {
  it('lets a bank lawyer and the developer type at the same time and end with the same text', async () => {
    // The bank lawyer goes the way users do: deal list, deal, "Actes", then the deed.
    const paulContext = await signIn(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const paulPage = await paulContext.newPage();
    const paulErrors = collectPageErrors(paulPage);
    await paulPage.goto(env.app.url);
    await paulPage.getByText(DEAL_NAME).first().click();
    await paulPage.getByTestId('deed-list').getByText(DEED_TITLE).click();
    await waitUntilConnected(paulPage);
    const paul = { context: paulContext, page: paulPage, pageErrors: paulErrors };
    expect(await paulPage.getByTestId('deed-title').innerText()).toBe(DEED_TITLE);
    expect(await paulPage.getByTestId('deed-back-link').innerText()).toContain(DEAL_NAME);
    await expect.poll(() => paulPage.getByTestId('deed-outline-entry').count()).toBeGreaterThan(5);
    expect(await paulPage.getByTestId('read-only-banner').count()).toBe(0);

    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    await expect.poll(() => readDeedText(julie.page)).toBe(await readDeedText(paulPage));

    // Each sees the other in the presence list, with their organisation.
    await expect.poll(() => paulPage.getByTestId('presence-list').innerText()).toContain('Julie Morel');
    expect(await paulPage.getByTestId('presence-list').innerText()).toContain('Atlantique Promotion');
    await expect.poll(() => julie.page.getByTestId('presence-list').innerText()).toContain('Paul Girard');

    // Each reaches an article through the outline and starts a paragraph under its title.
    await startParagraphUnderArticle(paulPage, 'Objet du crédit');
    await startParagraphUnderArticle(julie.page, 'Description du Programme');
    const paulText = 'Le Prêteur se réserve le droit de demander toute pièce complémentaire.';
    const julieText = 'L’Emprunteur transmettra l’état de commercialisation chaque trimestre.';
    await Promise.all([
      paulPage.keyboard.type(paulText, { delay: 15 }),
      julie.page.keyboard.type(julieText, { delay: 15 }),
    ]);

    for (const page of [paulPage, julie.page]) {
      await expect.poll(() => readDeedText(page), { timeout: 15_000 }).toContain(paulText);
      await expect.poll(() => readDeedText(page), { timeout: 15_000 }).toContain(julieText);
    }
    await expect
      .poll(async () => (await readDeedText(julie.page)) === (await readDeedText(paulPage)))
      .toBe(true);

    // Each sees the other's caret, labelled with their name.
    await expect.poll(() => readCaretLabels(paulPage)).toContain('Julie Morel');
    await expect.poll(() => readCaretLabels(julie.page)).toContain('Paul Girard');
    await paulPage.screenshot({ path: screenshotPath('deed-editor-two-users.png') });
    await julie.page.screenshot({ path: screenshotPath('deed-editor-two-users-developer.png') });
    await closeSessions(paul, julie);
  });

  it('keeps a read-only analyst from changing the text, locally and for everyone else', async () => {
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const sophie = await openDeed(env.browser, env.app.url, PEOPLE.analyst.email);
    await sophie.page.getByTestId('read-only-banner').waitFor();
    expect(await sophie.page.getByTestId('read-only-banner').innerText()).toBe(
      'Lecture seule : votre rôle ne permet pas de modifier cet acte',
    );
    expect(await sophie.page.getByTestId('deed-editor-content').getAttribute('contenteditable')).toBe(
      'false',
    );
    expect(await sophie.page.getByTestId('deed-toolbar').count()).toBe(0);
    await expect.poll(() => readDeedText(sophie.page)).toBe(await readDeedText(paul.page));
    const before = await readDeedText(sophie.page);

    await sophie.page.getByTestId('deed-editor-content').locator('p').nth(3).click();
    await sophie.page.keyboard.type('TEXTE INTERDIT');
    await sophie.page.keyboard.press('Enter');
    await sophie.page.keyboard.press('Backspace');
    await sophie.page.keyboard.press('Control+Enter');
    expect(await readDeedText(sophie.page)).toBe(before);

    // A change made after her attempt reaches her: had her keystrokes produced anything, it would
    // have been sent before this, and it reached no one.
    const marker = 'Mention ajoutée par la banque après la tentative de Sophie.';
    await startParagraphAtEnd(paul.page);
    await paul.page.keyboard.type(marker);
    await expect.poll(() => readDeedText(sophie.page), { timeout: 15_000 }).toContain(marker);
    expect(await readDeedText(sophie.page)).not.toContain('TEXTE INTERDIT');
    expect(await readDeedText(paul.page)).not.toContain('TEXTE INTERDIT');
    expect(await readDeedText(sophie.page)).toBe(await readDeedText(paul.page));
    expect(await sophie.page.getByTestId('pending-changes').count()).toBe(0);
    await sophie.page.screenshot({ path: screenshotPath('deed-editor-read-only.png') });

    // A third person opening the deed afterwards gets it from the server: no trace either.
    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);
    await expect.poll(() => readDeedText(julie.page)).toContain(marker);
    expect(await readDeedText(julie.page)).not.toContain('TEXTE INTERDIT');
    await closeSessions(paul, sophie, julie);
  });

  it('keeps editing offline and delivers the edits once the env.browser is back online', async () => {
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const julie = await openDeed(env.browser, env.app.url, PEOPLE.developer.email);

    await julie.context.setOffline(true);
    await expect.poll(() => julie.page.getByTestId('connection-status').innerText()).toContain('Hors ligne');

    const offlineText = 'Clause ajoutée hors connexion par le promoteur.';
    await startParagraphAtEnd(julie.page);
    await julie.page.keyboard.type(offlineText);
    expect(await readDeedText(julie.page)).toContain(offlineText);
    await expect
      .poll(() => julie.page.getByTestId('pending-changes').innerText())
      .toMatch(/modifications? non envoyées?/);
    await julie.page.screenshot({ path: screenshotPath('deed-editor-offline.png') });

    // Meanwhile the bank keeps drafting online.
    const onlineText = 'Précision apportée par la banque pendant la coupure.';
    await startParagraphUnderArticle(paul.page, 'Objet du crédit');
    await paul.page.keyboard.type(onlineText);
    expect(await readDeedText(paul.page)).not.toContain(offlineText);
    expect(await readDeedText(julie.page)).not.toContain(onlineText);

    await julie.context.setOffline(false);
    await waitUntilConnected(julie.page);
    await expect.poll(() => readDeedText(paul.page), { timeout: 15_000 }).toContain(offlineText);
    await expect.poll(() => readDeedText(julie.page), { timeout: 15_000 }).toContain(onlineText);
    await expect
      .poll(async () => (await readDeedText(julie.page)) === (await readDeedText(paul.page)))
      .toBe(true);
    expect(await julie.page.getByTestId('pending-changes').count()).toBe(0);
    await closeSessions(paul, julie);
  });

  it('keeps offline edits across reloads (IndexedDB) and sends them once the server is reachable', async () => {
    const paul = await openDeed(env.browser, env.app.url, PEOPLE.bankLawyer.email);
    const context = await signIn(env.browser, env.app.url, PEOPLE.developer.email);
    // The collaboration server can be cut off while the pages and the API still load.
    let isCollabReachable = true;
    const cutOffSockets: WebSocketRoute[] = [];
    await context.routeWebSocket(/\/collab\//, (socket) => {
      if (isCollabReachable) socket.connectToServer();
      else cutOffSockets.push(socket);
    });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(`${env.app.url}${await findDeedPath(context, env.app.url)}`);
    await waitUntilConnected(page);

    isCollabReachable = false;
    await page.reload();
    await page.getByTestId('deed-editor').waitFor();
    expect(await page.getByTestId('connection-status').innerText()).not.toBe('Connecté');
    const text = 'Rédigé pendant la panne du serveur, conservé sur le poste.';
    await startParagraphAtEnd(page);
    await page.keyboard.type(text);
    await expect
      .poll(() => page.getByTestId('pending-changes').innerText())
      .toBe('1 modification non envoyée');

    // A reload while the server is out of reach loses nothing: the local copy is in IndexedDB.
    await waitForLocalCopy(page);
    await page.reload();
    await page.getByTestId('deed-editor').waitFor();
    await expect.poll(() => readDeedText(page)).toContain(text);
    expect(await page.getByTestId('pending-changes').innerText()).toBe('1 modification non envoyée');
    expect(await readDeedText(paul.page)).not.toContain(text);
    await page.screenshot({ path: screenshotPath('deed-editor-unsent-after-reload.png') });

    isCollabReachable = true;
    for (const socket of cutOffSockets) await socket.close({ code: 1001, reason: 'server back' });
    await waitUntilConnected(page);
    await expect.poll(() => readDeedText(paul.page), { timeout: 15_000 }).toContain(text);
    expect(await page.getByTestId('pending-changes').count()).toBe(0);
    await closeSessions(paul, { context, page, pageErrors });
  });
});

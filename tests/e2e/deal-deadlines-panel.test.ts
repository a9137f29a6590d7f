import path from 'node:path';
import {
  addCalendarDays,
  addCalendarMonths,
  CSRF_HEADER,
  type DealWorkflow,
  describeNonWorkingDay,
  toParisCalendarDate,
} from '@deedroom/shared';
import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, DEAL_NAME, DEED_TITLE } from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { E2E_PASSWORD } from './support/start-app';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

const MARIE = 'marie.lefevre@banque-horizon.example';
const JULIE = 'julie.morel@atlantique-promotion.example';

function shot(name: string): string {
  const dir = process.env.WORKFLOW_SHOTS_DIR;
  return dir ? path.join(dir, name) : screenshotPath(name);
}

interface Session {
  context: BrowserContext;
  csrfToken: string;
}

async function signIn(email: string): Promise<Session> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'fr-FR' });
  const response = await context.request.post(`${env.app.url}/api/auth/login`, {
    data: { email, password: E2E_PASSWORD },
  });
  expect(response.status()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { context, csrfToken };
}

async function findDeal(request: APIRequestContext): Promise<{ dealId: string; deedId: string }> {
  const { deals } = (await (await request.get(`${env.app.url}/api/deals`)).json()) as {
    deals: Array<{ id: string; name: string }>;
  };
  const deal = deals.find((d) => d.name === DEAL_NAME);
  if (!deal) throw new Error(`${DEAL_NAME} is not visible`);
  const { deeds } = (await (await request.get(`${env.app.url}/api/deals/${deal.id}/deeds`)).json()) as {
    deeds: Array<{ id: string; title: string }>;
  };
  const deed = deeds.find((d) => d.title === DEED_TITLE);
  if (!deed) throw new Error(`${DEED_TITLE} is not visible`);
  return { dealId: deal.id, deedId: deed.id };
}

async function patchItem(session: Session, itemId: string, patch: object): Promise<DealWorkflow> {
  const response = await session.context.request.patch(`${env.app.url}/api/workflow/items/${itemId}`, {
    data: patch,
    headers: { [CSRF_HEADER]: session.csrfToken },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as DealWorkflow;
}

function itemId(workflow: DealWorkflow, titleStart: string): string {
  const item = workflow.items.find((candidate) => candidate.title.startsWith(titleStart));
  if (!item) throw new Error(`no item « ${titleStart} »`);
  return item.id;
}

/** A posting day whose « + 2 months » falls on a Saturday, some weeks before `today`. */
function postingDayEndingOnSaturday(today: string): string {
  for (let back = 40; back < 120; back += 1) {
    const candidate = addCalendarDays(today, -back);
    if (describeNonWorkingDay(addCalendarMonths(candidate, 2)) === 'samedi') return candidate;
  }
  throw new Error('no such day');
}

describe('the deal’s « Échéances » tab and the deed side tab', () => {
  it('lists the workflow by urgency, draws the timeline, edits a date and shows the deed’s deadlines', async () => {
    const marie = await signIn(MARIE);
    const { dealId, deedId } = await findDeal(marie.context.request);
    const workflowUrl = `${env.app.url}/api/deals/${dealId}/workflow`;
    let workflow = (await (await marie.context.request.get(workflowUrl)).json()) as DealWorkflow;
    expect(workflow.items.length).toBeGreaterThan(5);
    const today = toParisCalendarDate(new Date());
    const posting = postingDayEndingOnSaturday(today);

    await patchItem(marie, itemId(workflow, 'Promesse de vente'), {
      status: 'in_progress',
      due: { kind: 'absolute', date: addCalendarDays(today, -10) },
    });
    await patchItem(marie, itemId(workflow, 'Permis de construire'), {
      status: 'done',
      due: { kind: 'absolute', date: addCalendarDays(today, -150) },
    });
    await patchItem(marie, itemId(workflow, 'Affichage du permis'), {
      status: 'done',
      due: { kind: 'absolute', date: posting },
    });
    await patchItem(marie, itemId(workflow, 'Seuil de pré-commercialisation'), {
      due: { kind: 'absolute', date: addCalendarDays(today, 3) },
    });
    await patchItem(marie, itemId(workflow, 'Comité de crédit'), {
      status: 'in_progress',
      due: { kind: 'absolute', date: addCalendarDays(today, 20) },
    });
    const created = await marie.context.request.post(`${env.app.url}/api/deals/${dealId}/workflow/items`, {
      data: {
        title: 'Bon pour accord sur la convention de crédit',
        responsibleParties: ['developer', 'bank'],
        due: { kind: 'absolute', date: addCalendarDays(today, 5) },
        link: { kind: 'deed_approved', targetId: deedId },
      },
      headers: { [CSRF_HEADER]: marie.csrfToken },
    });
    expect(created.status(), await created.text()).toBe(201);
    workflow = (await created.json()) as DealWorkflow;
    const page = await marie.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${env.app.url}/deals/${dealId}/deadlines`);
    await page.getByTestId('deadlines-panel').getByTestId('workflow-item').first().waitFor();

    const purge = page.locator('[data-testid="workflow-item"][data-item-title="Purge du recours des tiers"]');
    await expect
      .poll(() => purge.getByTestId('workflow-item-non-working').innerText())
      .toContain('tombait un samedi, reportée au lundi');
    expect(await purge.getByTestId('workflow-item-rule').innerText()).toBe(
      'Affichage du permis sur site + 2 mois',
    );
    expect(await page.getByTestId('workflow-group-overdue').innerText()).toContain('Promesse de vente');
    const thisWeek = await page.getByTestId('workflow-group-this_week').innerText();
    expect(thisWeek).toContain('Seuil de pré-commercialisation atteint');
    expect(thisWeek).toContain('Bon pour accord sur la convention de crédit');
    expect(await page.getByTestId('workflow-group-blocked').innerText()).toContain(
      'bloqué par : Seuil de pré-commercialisation atteint',
    );
    await page.screenshot({ path: shot('workflow-list.png'), fullPage: true });

    // The timeline: one row per dated item, milestones as diamonds, today's line.
    await page.getByTestId('workflow-view').getByText('Chronologie').click();
    await page.getByTestId('workflow-gantt').waitFor();
    expect(await page.getByTestId('workflow-gantt-row').count()).toBe(
      workflow.items.filter((item) => item.dueDate !== null).length,
    );
    await page.getByTestId('workflow-gantt-today').waitFor();
    await page.screenshot({ path: shot('workflow-gantt.png'), fullPage: true });

    // Moving the notary's signature moves « Levée des conditions », 10 working days before it.
    await page.getByTestId('workflow-view').getByText('Liste').click();
    const signature = page.locator(
      '[data-testid="workflow-item"][data-item-title^="Signature chez le notaire"]',
    );
    const levee = page.locator('[data-testid="workflow-item"][data-item-title^="Levée des conditions"]');
    const leveeBefore = await levee.getByTestId('workflow-item-due').getAttribute('data-due');
    await signature.getByTestId('workflow-item-open').click();
    const drawer = page.getByTestId('workflow-item-drawer');
    await drawer.getByTestId('workflow-edit-due').waitFor();
    const moved = addCalendarDays(today, 120);
    await drawer.getByTestId('workflow-edit-due').fill(moved);
    await drawer.getByTestId('workflow-history').waitFor();
    await page.screenshot({ path: shot('workflow-drawer.png') });
    await drawer.getByTestId('workflow-save').click();
    await expect.poll(() => levee.getAttribute('data-moved')).toBe('true');
    expect(await levee.getByTestId('workflow-item-due').getAttribute('data-due')).not.toBe(leveeBefore);
    const expectedSignature = describeNonWorkingDay(moved) === null ? moved : null;
    if (expectedSignature)
      expect(await signature.getByTestId('workflow-item-due').getAttribute('data-due')).toBe(
        expectedSignature,
      );
    await page.screenshot({ path: shot('workflow-list-after-move.png'), fullPage: true });

    // A task added from the panel, then deleted after confirmation.
    await page.getByTestId('workflow-add').click();
    const adding = page.getByTestId('workflow-item-drawer');
    await adding.getByTestId('workflow-edit-title').fill('Relire la note de crédit');
    await adding.getByTestId('workflow-edit-due-mode').getByText('Date fixe').click();
    await adding.getByTestId('workflow-edit-due').fill(addCalendarDays(today, 2));
    await adding.getByTestId('workflow-save').click();
    const added = page.locator('[data-testid="workflow-item"][data-item-title="Relire la note de crédit"]');
    await added.waitFor();
    expect(await page.getByTestId('workflow-group-this_week').innerText()).toContain(
      'Relire la note de crédit',
    );
    await added.getByTestId('workflow-item-open').click();
    await page.getByTestId('workflow-delete').click();
    await page.getByTestId('workflow-delete-confirm-button').click();
    await added.waitFor({ state: 'detached' });

    // The bank manager makes this workflow her bank's template.
    await page.getByTestId('workflow-save-template').click();
    await page.getByTestId('workflow-save-template-confirm').click();
    await expect
      .poll(() => page.getByTestId('workflow-template-saved').innerText())
      .toContain('Modèle enregistré');

    // Julie (developer) sees « Moi » items in the deed editor's side tab.
    const julie = await signIn(JULIE);
    const deedPage = await julie.context.newPage();
    const deedErrors = collectPageErrors(deedPage);
    await deedPage.goto(`${env.app.url}/deals/${dealId}/deeds/${deedId}`);
    await deedPage.getByTestId('side-tab-deadlines').click();
    const side = deedPage.getByTestId('deed-deadlines-panel');
    await side.waitFor();
    await expect.poll(() => side.innerText()).toContain('Promesse de vente');
    const linked = side.locator('[data-testid="workflow-item"][data-marked]');
    expect(await linked.getAttribute('data-item-title')).toBe('Bon pour accord sur la convention de crédit');
    await deedPage.screenshot({ path: shot('deed-deadlines-tab.png') });
    await side.getByTestId('workflow-scope').getByText('Tout le monde').click();
    await deedPage.screenshot({ path: shot('deed-deadlines-tab-everyone.png') });
    await side.getByTestId('deed-deadlines-full-link').click();
    await deedPage.waitForURL(`**/deals/${dealId}/deadlines`);

    await marie.context.close();
    await julie.context.close();
    expect(errors).toEqual([]);
    expect(deedErrors).toEqual([]);
  });
});

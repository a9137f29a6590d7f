import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  describeNonWorkingDay,
  shiftToNextWorkingDay,
  toParisCalendarDate,
} from '@deedroom/shared';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, DEAL_NAME, findDeedPath, signIn } from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

const ANNE = 'anne.dupuis@notaires-dupuis.example';
const JULIE = 'julie.morel@atlantique-promotion.example';

function formatFrench(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

describe('the notary moves the signing date', () => {
  it('shifts the dates that depend on it, for the developer beside the deed, in « Mes actions » and in a notification', async () => {
    const today = toParisCalendarDate(new Date());
    // A working day about 100 days ahead: the demo signing is 75 days ahead.
    let moved = addCalendarDays(today, 100);
    while (describeNonWorkingDay(moved) !== null) moved = addCalendarDays(moved, 1);
    const expected = {
      levee: addWorkingDays(moved, -10),
      vefa: shiftToNextWorkingDay(addCalendarDays(moved, 21)),
      droc: shiftToNextWorkingDay(addCalendarMonths(moved, 1)),
    };

    const anne = await signIn(env.browser, env.app.url, ANNE);
    anne.setDefaultTimeout(15_000);
    const deedPath = await findDeedPath(anne, env.app.url);
    const dealPath = deedPath.replace(/\/deeds\/.*$/, '');
    const notary = await anne.newPage();
    const notaryErrors = collectPageErrors(notary);
    await notary.goto(`${env.app.url}${dealPath}/deadlines`);
    const row = (title: string) =>
      notary.locator(`[data-testid="workflow-item"][data-item-title^="${title}"]`);
    const dueOf = (title: string) => row(title).getByTestId('workflow-item-due').getAttribute('data-due');
    await row('Signature chez le notaire').waitFor();
    const drocBefore = await dueOf('DROC');
    expect(drocBefore).not.toBe(expected.droc);

    await row('Signature chez le notaire').getByTestId('workflow-item-open').click();
    const drawer = notary.getByTestId('workflow-item-drawer');
    await drawer.getByTestId('workflow-edit-due').fill(moved);
    await drawer.getByTestId('workflow-save').click();
    await expect.poll(() => dueOf('Signature chez le notaire')).toBe(moved);
    expect(await dueOf('Levée des conditions')).toBe(expected.levee);
    expect(await dueOf('Signature des actes VEFA')).toBe(expected.vefa);
    expect(await dueOf('DROC')).toBe(expected.droc);
    expect(await row('DROC').getAttribute('data-moved')).toBe('true');
    await notary.screenshot({ path: screenshotPath('workflow-notary-moved-signing.png'), fullPage: true });

    // The developer, in the deed editor: the « Échéances » side tab shows her items (« Moi »).
    const julie = await signIn(env.browser, env.app.url, JULIE);
    julie.setDefaultTimeout(15_000);
    const developer = await julie.newPage();
    const developerErrors = collectPageErrors(developer);
    await developer.goto(`${env.app.url}${deedPath}`);
    await developer.getByTestId('side-tab-deadlines').click();
    const side = developer.getByTestId('deed-deadlines-panel');
    const drocBeside = side.locator('[data-testid="workflow-item"][data-item-title^="DROC"]');
    await expect
      .poll(() => drocBeside.getByTestId('workflow-item-due').getAttribute('data-due'))
      .toBe(expected.droc);
    // The notary's own milestone is not the developer's action.
    expect(await side.locator('[data-item-title^="Signature chez le notaire"]').count()).toBe(0);
    await developer.screenshot({ path: screenshotPath('workflow-deed-side-tab.png') });

    // « Mes actions », across her deals, and the notification of the move.
    await developer.getByTestId('nav-my-actions').click();
    await developer.getByTestId('my-actions-page').waitFor();
    const action = developer.locator('[data-testid="my-action"][data-item-title^="DROC"]');
    await expect.poll(() => action.getByTestId('my-action-due').getAttribute('data-due')).toBe(expected.droc);
    expect(await action.innerText()).toContain(DEAL_NAME);
    await developer.screenshot({ path: screenshotPath('workflow-my-actions.png'), fullPage: true });

    const bell = developer.getByTestId('notifications-bell');
    await expect.poll(async () => Number(await bell.getAttribute('data-unread-count'))).toBeGreaterThan(0);
    await bell.click();
    const notice = developer.getByTestId('notification-item').filter({
      hasText: `échéance déplacée du ${formatFrench(drocBefore ?? '')} au ${formatFrench(expected.droc)}`,
    });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Anne Dupuis');
    await developer.screenshot({ path: screenshotPath('workflow-notifications.png') });

    await anne.close();
    await julie.close();
    expect(notaryErrors).toEqual([]);
    expect(developerErrors).toEqual([]);
  });
});

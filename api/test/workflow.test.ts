import fs from 'node:fs';
import path from 'node:path';
import type {
  DealWorkflow,
  MyActions,
  NotificationList,
  WorkflowItemHistory,
  WorkflowItemView,
} from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeVaultUpload } from '../src/services/vault/store-vault-upload';
import { closeLinkedWorkflowItems } from '../src/services/workflow/close-linked-workflow-items';
import { ANNE, JULIE, KARIM, LUCAS, MARIE, PAUL, TERRASSES, TILLEULS } from './support/emails';
import {
  type Caller,
  createTestContext,
  findDealId,
  findDeedId,
  readError,
  type TestContext,
} from './support/test-context';

let ctx: TestContext;
let paul: Caller;
let marie: Caller;
let julie: Caller;
let lucas: Caller;
let anne: Caller;
let karim: Caller;
let dealId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn(PAUL);
  marie = await ctx.signIn(MARIE);
  julie = await ctx.signIn(JULIE);
  lucas = await ctx.signIn(LUCAS);
  anne = await ctx.signIn(ANNE);
  karim = await ctx.signIn(KARIM);
  dealId = await findDealId(ctx, paul, TILLEULS);
});
afterAll(async () => {
  await ctx.close();
});

async function workflow(as: Caller, id = dealId): Promise<DealWorkflow> {
  const res = await ctx.request('GET', `/api/deals/${id}/workflow`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as DealWorkflow;
}

function itemOf(state: DealWorkflow, titleStart: string): WorkflowItemView {
  const item = state.items.find((i) => i.title.startsWith(titleStart));
  if (!item) throw new Error(`no item « ${titleStart} »`);
  return item;
}

async function patch(as: Caller, itemId: string, body: unknown): Promise<Response> {
  return ctx.request('PATCH', `/api/workflow/items/${itemId}`, { as, body });
}

async function notifications(as: Caller): Promise<NotificationList> {
  const res = await ctx.request('GET', '/api/me/notifications', { as });
  expect(res.status).toBe(200);
  return (await res.json()) as NotificationList;
}

const SIGNING = 'Signature chez le notaire';

describe('a deal’s workflow', () => {
  it('starts from the template, dated, with bank-internal items for the bank only', async () => {
    const forBank = await workflow(paul);
    const forDeveloper = await workflow(julie);
    expect(forBank.today).toBe('2026-11-27');
    expect(forBank.items).toHaveLength(18);
    expect(forDeveloper.items).toHaveLength(17);
    expect(forDeveloper.items.some((i) => i.visibility === 'internal')).toBe(false);
    expect(itemOf(forBank, 'Présentation du dossier au comité').visibility).toBe('internal');
    expect(forDeveloper.canManage).toBe(true);
    expect(forDeveloper.canUseInternal).toBe(false);
    expect(forBank.canUseInternal).toBe(true);

    // Affichage on Sunday 18 October 2026: purge at +2 months, a Friday; non-retrait at +3 months.
    expect(itemOf(forDeveloper, 'Affichage du permis').dueDate).toBe('2026-10-18');
    expect(itemOf(forDeveloper, 'Affichage du permis').nonWorkingDay).toBe('dimanche');
    expect(itemOf(forDeveloper, 'Purge du recours').dueDate).toBe('2026-12-18');
    expect(itemOf(forDeveloper, 'Purge du retrait').dueDate).toBe('2027-01-18');
    // Signing 75 days ahead; conditions 10 working days before; VEFA +21 days; works +1 month.
    expect(itemOf(forDeveloper, SIGNING).dueDate).toBe('2027-02-10');
    expect(itemOf(forDeveloper, 'Levée des conditions').dueDate).toBe('2027-01-27');
    expect(itemOf(forDeveloper, 'Signature des actes VEFA').dueDate).toBe('2027-03-03');
    expect(itemOf(forDeveloper, 'DROC').dueDate).toBe('2027-03-10');

    const insurance = itemOf(forDeveloper, 'Fournir les attestations');
    expect(insurance.displayStatus).toBe('overdue');
    expect(insurance.isMine).toBe(true);
    expect(insurance.link?.label).toBe('Attestations d’assurance');
    // Undated items come last, dated ones in order.
    const dates = forDeveloper.items.map((i) => i.dueDate);
    const firstUndated = dates.indexOf(null);
    expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
    expect([...dates.slice(0, firstUndated)].sort()).toEqual(dates.slice(0, firstUndated));
  });

  it('moves every date relative to the signing when the notary moves it, and tells the people concerned', async () => {
    const before = await workflow(anne);
    const signing = itemOf(before, SIGNING);
    const works = itemOf(before, 'DROC');
    // A third level: a task 5 working days after the works start.
    const created = await ctx.request('POST', `/api/deals/${dealId}/workflow/items`, {
      as: julie,
      body: {
        title: 'Déclaration d’ouverture de chantier en mairie',
        responsibleParties: ['developer'],
        due: { kind: 'relative', to: works.id, offset: { workingDays: 5 } },
        dependsOn: [works.id],
      },
    });
    expect(created.status).toBe(201);
    expect(itemOf((await created.json()) as DealWorkflow, 'Déclaration d’ouverture').dueDate).toBe(
      '2027-03-17',
    );

    const res = await patch(anne, signing.id, { due: { kind: 'absolute', date: '2027-03-01' } });
    expect(res.status).toBe(200);
    const after = (await res.json()) as DealWorkflow;
    expect(itemOf(after, SIGNING).dueDate).toBe('2027-03-01');
    expect(itemOf(after, 'Levée des conditions').dueDate).toBe('2027-02-15');
    expect(itemOf(after, 'Signature des actes VEFA').dueDate).toBe('2027-03-22');
    expect(itemOf(after, 'DROC').dueDate).toBe('2027-04-01');
    // 1 April 2027 + 5 working days skips the weekend and Easter Monday (29 March is before).
    expect(itemOf(after, 'Déclaration d’ouverture').dueDate).toBe('2027-04-08');

    const history = await ctx.request('GET', `/api/workflow/items/${signing.id}/history`, { as: julie });
    const { events } = (await history.json()) as WorkflowItemHistory;
    expect(events.at(-1)).toMatchObject({
      kind: 'rescheduled',
      summary: 'Échéance : 10/02/2027 → 01/03/2027',
      actor: { name: 'Anne Dupuis' },
    });

    const julieSees = await notifications(julie);
    const moved = julieSees.notifications.filter((n) => n.kind === 'rescheduled').map((n) => n.message);
    expect(moved).toContainEqual(
      expect.stringContaining(
        '« DROC, démarrage des travaux » : échéance déplacée du 10/03/2027 au 01/04/2027',
      ),
    );
    expect(moved.some((m) => m.includes('Déclaration d’ouverture'))).toBe(true);
    // The notary's own items are not the developer's news, and the author is not told.
    expect(moved.some((m) => m.includes(SIGNING))).toBe(false);
    expect((await notifications(anne)).notifications.some((n) => n.kind === 'rescheduled')).toBe(false);

    const actions = (await (await ctx.request('GET', '/api/me/actions', { as: julie })).json()) as MyActions;
    expect(actions.items.find((i) => i.title.startsWith('DROC'))?.dueDate).toBe('2027-04-01');
  });

  it('rolls a date falling on a weekend or public holiday where the rule says so', async () => {
    const signing = itemOf(await workflow(anne), SIGNING);
    // Saturday 8 May 2027 is also Victoire 1945.
    const res = await patch(anne, signing.id, { due: { kind: 'absolute', date: '2027-05-08' } });
    const rolled = itemOf((await res.json()) as DealWorkflow, SIGNING);
    expect(rolled).toMatchObject({
      unrolledDueDate: '2027-05-08',
      dueDate: '2027-05-10',
      isRolled: true,
      nonWorkingDay: 'Victoire 1945',
    });
    const fixed = await patch(anne, signing.id, { rollsToWorkingDay: false });
    expect(itemOf((await fixed.json()) as DealWorkflow, SIGNING)).toMatchObject({
      dueDate: '2027-05-08',
      isRolled: false,
      nonWorkingDay: 'Victoire 1945',
    });
    await patch(anne, signing.id, { due: { kind: 'absolute', date: '2027-03-01' }, rollsToWorkingDay: true });
  });

  it('lets a collaborator without deadline.manage only change the status of their own items', async () => {
    const state = await workflow(lucas);
    expect(state.canManage).toBe(false);
    const insurance = itemOf(state, 'Fournir les attestations');
    const retitle = await patch(lucas, insurance.id, { title: 'Autre chose' });
    expect(retitle.status).toBe(403);
    const notMine = await patch(lucas, itemOf(state, SIGNING).id, { status: 'done' });
    expect(notMine.status).toBe(403);
    const mine = await patch(lucas, insurance.id, { status: 'in_progress' });
    expect(mine.status).toBe(200);
    expect(itemOf((await mine.json()) as DealWorkflow, 'Fournir les attestations').status).toBe(
      'in_progress',
    );
  });
});

describe('the wall around workflows', () => {
  it('hides a deal’s workflow from another tenant and bank-internal items from the other parties', async () => {
    const rival = await ctx.request('GET', `/api/deals/${dealId}/workflow`, { as: karim });
    expect(rival.status).toBe(404);
    const internal = itemOf(await workflow(paul), 'Présentation du dossier au comité');
    for (const caller of [julie, anne]) {
      expect(
        (await ctx.request('GET', `/api/workflow/items/${internal.id}/history`, { as: caller })).status,
      ).toBe(404);
      expect((await patch(caller, internal.id, { status: 'done' })).status).toBe(404);
      expect((await ctx.request('DELETE', `/api/workflow/items/${internal.id}`, { as: caller })).status).toBe(
        404,
      );
    }
    const asKarim = await patch(karim, itemOf(await workflow(julie), SIGNING).id, { status: 'done' });
    expect(asKarim.status).toBe(404);
    const makeInternal = await ctx.request('POST', `/api/deals/${dealId}/workflow/items`, {
      as: julie,
      body: { title: 'Secret', responsibleParties: ['developer'], visibility: 'internal' },
    });
    expect(makeInternal.status).toBe(403);

    const actions = (await (await ctx.request('GET', '/api/me/actions', { as: karim })).json()) as MyActions;
    expect(actions.items.every((i) => i.dealName === TERRASSES)).toBe(true);
    const julieActions = (await (
      await ctx.request('GET', '/api/me/actions', { as: julie })
    ).json()) as MyActions;
    expect(julieActions.items.some((i) => i.visibility === 'internal')).toBe(false);
    const marieActions = (await (
      await ctx.request('GET', '/api/me/actions', { as: marie })
    ).json()) as MyActions;
    expect(marieActions.items.some((i) => i.title.startsWith('Présentation du dossier au comité'))).toBe(
      true,
    );
  });
});

describe('bad input', () => {
  it('refuses a change that does not hold together, and changes nothing', async () => {
    const before = await workflow(paul);
    const signing = itemOf(before, SIGNING);
    const conditions = itemOf(before, 'Levée des conditions');
    const internal = itemOf(before, 'Présentation du dossier au comité');
    const terrassesDeed = await findDeedId(ctx, paul, TERRASSES);
    const cases: Array<[string, unknown, string]> = [
      // The conditions already count their date from the signing.
      [
        signing.id,
        { due: { kind: 'relative', to: conditions.id, offset: { days: 10 } } },
        'Boucle de dates relatives',
      ],
      [conditions.id, { dependsOn: [signing.id] }, 'Boucle de dépendances'],
      [signing.id, { due: { kind: 'relative', to: 'nothing-here', offset: { days: 1 } } }, 'étape inconnue'],
      [signing.id, { dependsOn: [internal.id] }, 'ne peut pas dépendre de l’étape interne'],
      [signing.id, { due: { kind: 'absolute', date: '2027-02-30' } }, 'Données invalides'],
      [
        signing.id,
        { due: { kind: 'relative', to: conditions.id, offset: { days: 1.5 } } },
        'Données invalides',
      ],
      [
        signing.id,
        { assigneeId: (await ctx.stores.users.findByEmail(KARIM))?.id },
        'n’intervient pas sur ce dossier',
      ],
      [
        signing.id,
        { link: { kind: 'deed_locked', targetId: terrassesDeed } },
        'n’appartient pas à ce dossier',
      ],
      [signing.id, {}, 'Données invalides'],
      [signing.id, { status: 'finished' }, 'Données invalides'],
      [signing.id, { title: '' }, 'Données invalides'],
      [signing.id, { title: 'x'.repeat(201) }, 'Données invalides'],
      [signing.id, { extra: true }, 'Données invalides'],
    ];
    for (const [itemId, body, message] of cases) {
      const res = await patch(paul, itemId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = await readError(res);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toContain(message);
    }
    const malformed = await ctx.request('PATCH', `/api/workflow/items/${signing.id}`, {
      as: paul,
      rawBody: '{"due":',
    });
    expect(malformed.status).toBe(400);
    const deleteUsed = await ctx.request('DELETE', `/api/workflow/items/${signing.id}`, { as: paul });
    expect(deleteUsed.status).toBe(409);
    expect((await readError(deleteUsed)).message).toContain('Levée des conditions');
    expect(await workflow(paul)).toEqual(before);
  });
});

describe('events close the linked tasks', () => {
  it('closes the task when the bank accepts the requested document', async () => {
    const task = itemOf(await workflow(julie), 'Fournir les attestations');
    const requestId = task.link?.targetId ?? '';
    const julieUser = await ctx.stores.users.findByEmail(JULIE);
    if (!julieUser) throw new Error('no julie');
    const filePath = path.join(ctx.dataDir, 'attestation-do.txt');
    fs.writeFileSync(filePath, 'Attestation d’assurance dommages-ouvrage\n');
    await storeVaultUpload(
      ctx.deps,
      { user: julieUser, ip: null },
      {
        uploadId: 'a'.repeat(32),
        filePath,
        size: fs.statSync(filePath).size,
        plan: {
          dealId,
          filename: 'attestation-do.txt',
          documentId: null,
          requestId,
          visibility: 'all',
          userId: julieUser.id,
        },
      },
    );
    expect(itemOf(await workflow(julie), 'Fournir les attestations').status).toBe('in_progress');
    const decided = await ctx.request('POST', `/api/vault/requests/${requestId}/decision`, {
      as: paul,
      body: { decision: 'accept' },
    });
    expect(decided.status).toBe(200);
    const closed = itemOf(await workflow(julie), 'Fournir les attestations');
    expect(closed.status).toBe('done');
    expect(closed.completedAt).not.toBeNull();
    const { events } = (await (
      await ctx.request('GET', `/api/workflow/items/${task.id}/history`, { as: julie })
    ).json()) as WorkflowItemHistory;
    expect(events.at(-1)).toMatchObject({
      kind: 'closed_by_event',
      actor: null,
      summary: 'Terminée automatiquement : document accepté dans la data room (« Attestations d’assurance »)',
    });
    const told = await notifications(lucas);
    expect(
      told.notifications.some(
        (n) => n.kind === 'closed_by_event' && n.message.includes('Fournir les attestations'),
      ),
    ).toBe(true);
  });

  it('closes tasks when every party approved the deed, then when it is locked', async () => {
    const deedId = await findDeedId(ctx, paul, TILLEULS, 'gfa');
    const created = await ctx.request('POST', `/api/deals/${dealId}/workflow/items`, {
      as: paul,
      body: {
        title: 'Bon pour accord de toutes les parties sur la GFA',
        responsibleParties: ['bank', 'developer', 'notary'],
        link: { kind: 'deed_approved', targetId: deedId },
      },
    });
    expect(created.status).toBe(201);
    expect(itemOf(await workflow(paul), 'Comité de crédit').link).toMatchObject({
      kind: 'deed_locked',
      targetId: deedId,
    });

    for (const caller of [paul, julie]) {
      expect(
        (await ctx.request('POST', `/api/deeds/${deedId}/approvals`, { as: caller, body: {} })).status,
      ).toBe(200);
    }
    expect(itemOf(await workflow(paul), 'Bon pour accord').status).toBe('upcoming');
    expect((await ctx.request('POST', `/api/deeds/${deedId}/approvals`, { as: anne, body: {} })).status).toBe(
      200,
    );
    expect(itemOf(await workflow(paul), 'Bon pour accord').status).toBe('done');
    expect(itemOf(await workflow(paul), 'Comité de crédit').status).toBe('upcoming');

    expect((await ctx.request('POST', `/api/deeds/${deedId}/lock`, { as: anne })).status).toBe(200);
    const locked = itemOf(await workflow(paul), 'Comité de crédit');
    expect(locked.status).toBe('done');
    const { events } = (await (
      await ctx.request('GET', `/api/workflow/items/${locked.id}/history`, { as: paul })
    ).json()) as WorkflowItemHistory;
    expect(events.at(-1)?.summary).toContain(
      'acte verrouillé (« Garantie financière d’achèvement – Résidence Les Tilleuls »)',
    );
  });

  it('closes a task linked to a signature request when the signature is completed, once', async () => {
    const state = await workflow(paul);
    const item = itemOf(state, 'Signature des actes VEFA');
    // Signature requests arrive with the signature module; the link is stored as it will be.
    const stored = await ctx.stores.workflow.findItem(item.id);
    if (!stored) throw new Error('missing');
    await ctx.stores.workflow.updateItem(
      item.id,
      { link: { kind: 'signature_completed', targetId: 'signature-request-1' }, updatedAt: stored.updatedAt },
      {
        id: 'evt-link',
        itemId: item.id,
        dealId,
        at: stored.updatedAt,
        actorId: null,
        kind: 'updated',
        summary: 'Liée',
      },
    );
    const event = {
      kind: 'signature_completed' as const,
      targetId: 'signature-request-1',
      label: 'Actes VEFA',
    };
    expect(await closeLinkedWorkflowItems(ctx.deps, null, event)).toBe(1);
    expect(itemOf(await workflow(paul), 'Signature des actes VEFA').status).toBe('done');
    // A replayed event finds nothing left to close.
    expect(await closeLinkedWorkflowItems(ctx.deps, null, event)).toBe(0);
    // Another kind of event on the same target does not close it.
    expect(
      await closeLinkedWorkflowItems(ctx.deps, null, {
        kind: 'deed_locked',
        targetId: 'signature-request-1',
        label: '',
      }),
    ).toBe(0);
  });
});

describe('« Mes actions »', () => {
  it('lists what the caller must do across deals, most urgent first, with counts', async () => {
    const res = await ctx.request('GET', '/api/me/actions', { as: marie });
    expect(res.status).toBe(200);
    const actions = (await res.json()) as MyActions;
    expect(actions.dealCount).toBe(2);
    expect(actions.items.length).toBe(actions.counts.total);
    expect(actions.items.every((i) => i.isMine && i.status !== 'done')).toBe(true);
    expect(actions.items.every((i) => i.responsibleParties.includes('bank'))).toBe(true);
    expect(new Set(actions.items.map((i) => i.dealName))).toEqual(new Set([TILLEULS, TERRASSES]));
    const overdueFirst = actions.items.findIndex((i) => i.displayStatus !== 'overdue');
    expect(actions.items.slice(overdueFirst).some((i) => i.displayStatus === 'overdue')).toBe(false);
    expect(actions.items[0]?.title).toBe('Présentation du dossier au comité de crédit');
  });
});

describe('the bank’s template', () => {
  it('becomes the starting point of the bank’s next deals, without this deal’s fixed dates', async () => {
    const forbidden = await ctx.request('PUT', `/api/deals/${dealId}/workflow/template`, { as: julie });
    expect(forbidden.status).toBe(403);
    const saved = await ctx.request('PUT', `/api/deals/${dealId}/workflow/template`, { as: marie });
    expect(saved.status).toBe(200);
    const { itemCount } = (await saved.json()) as { itemCount: number };
    const source = await workflow(marie);
    expect(itemCount).toBe(source.items.length);

    const orgs = (await (await ctx.request('GET', '/api/orgs', { as: marie })).json()) as {
      orgs: Array<{ id: string; kind: string; name: string }>;
    };
    const created = await ctx.request('POST', '/api/deals', {
      as: marie,
      body: {
        name: 'Le Clos des Vignes',
        city: 'Angers',
        lots: 18,
        amountCents: 3_000_000_00,
        status: 'draft',
        developerOrgId: orgs.orgs.find((o) => o.kind === 'developer')?.id,
        bankOrgIds: [],
        notaryOrgIds: [orgs.orgs.find((o) => o.kind === 'notary')?.id],
      },
    });
    expect(created.status).toBe(201);
    const newDeal = (await created.json()) as { id: string };
    const fresh = await workflow(marie, newDeal.id);
    expect(fresh.items.map((i) => i.title).sort()).toEqual(source.items.map((i) => i.title).sort());
    expect(fresh.items.every((i) => i.status === 'upcoming' && i.link === null)).toBe(true);
    expect(itemOf(fresh, SIGNING).due).toBeNull();
    expect(itemOf(fresh, 'Levée des conditions').due).toMatchObject({
      kind: 'relative',
      offset: { workingDays: -10 },
    });
    expect(itemOf(fresh, 'Présentation du dossier au comité').visibility).toBe('internal');
  });
});

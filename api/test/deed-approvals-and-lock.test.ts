import { DeedFrozenError } from '@deedroom/collab-server';
import {
  createSuggestionId,
  DEED_FIELD,
  type DeedApprovals,
  type DeedDetail,
  type DeedHistory,
  type DeedVersionList,
} from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANNE, JULIE, LUCAS, MARIE, PAUL, TILLEULS } from './support/emails';
import { addParagraph, readLiveText } from './support/live-deed-text';
import {
  type Caller,
  createTestContext,
  findDeedId,
  readError,
  type TestContext,
} from './support/test-context';

let ctx: TestContext;
let paul: Caller;
let marie: Caller;
let julie: Caller;
let anne: Caller;
let deedId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn(PAUL);
  marie = await ctx.signIn(MARIE);
  julie = await ctx.signIn(JULIE);
  anne = await ctx.signIn(ANNE);
  deedId = await findDeedId(ctx, paul, TILLEULS);
});
afterAll(async () => {
  await ctx.close();
});

async function approvals(as: Caller = paul): Promise<DeedApprovals> {
  const res = await ctx.request('GET', `/api/deeds/${deedId}/approvals`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as DeedApprovals;
}

async function approve(as: Caller, body: { versionId?: string } = {}): Promise<DeedApprovals> {
  const res = await ctx.request('POST', `/api/deeds/${deedId}/approvals`, { as, body });
  expect(res.status).toBe(200);
  return (await res.json()) as DeedApprovals;
}

function partyOf(state: DeedApprovals, name: string) {
  const party = state.parties.find((p) => p.org.name === name);
  if (!party) throw new Error(`no party ${name}`);
  return party;
}

async function versions(): Promise<DeedVersionList> {
  return (await (
    await ctx.request('GET', `/api/deeds/${deedId}/versions`, { as: paul })
  ).json()) as DeedVersionList;
}

describe('approvals (« Bon pour accord ») and the final lock', () => {
  it('lists every party as pending, then records each approval of the text now, once as a version', async () => {
    const start = await approvals();
    expect(start.parties.map((p) => p.org.name).sort()).toEqual([
      'Atlantique Promotion',
      'Banque Horizon',
      'Office notarial Dupuis',
    ]);
    expect(start.parties.every((p) => p.approval === null)).toBe(true);
    expect(start.canLock).toBe(false);
    expect(start.lockBlocker).toContain('En attente');

    const afterBank = await approve(paul);
    const bank = partyOf(afterBank, 'Banque Horizon');
    expect(bank).toMatchObject({
      isStale: false,
      isMine: true,
      approval: { approvedBy: { name: 'Paul Girard' }, contentHash: afterBank.currentHash },
    });
    expect(bank.approval?.version.name).toBe('Bon pour accord – Banque Horizon');

    // Same text: the developer's approval reuses the version the bank's approval created.
    const afterDeveloper = await approve(julie);
    expect(partyOf(afterDeveloper, 'Atlantique Promotion').approval?.version.id).toBe(
      bank.approval?.version.id,
    );
    expect((await versions()).versions.filter((v) => v.kind === 'approval')).toHaveLength(1);
    expect(afterDeveloper.lockBlocker).toContain('Office notarial Dupuis');

    const refused = await ctx.request('POST', `/api/deeds/${deedId}/lock`, { as: anne });
    expect(refused.status).toBe(409);
    expect((await readError(refused)).message).toContain('Office notarial Dupuis');

    const all = await approve(anne);
    expect(all.canLock).toBe(true);
    expect(all.lockBlocker).toBeNull();
    expect(all.articles.length).toBeGreaterThan(10);
    expect(all.articles.every((a) => a.status === 'approved')).toBe(true);
    expect(ctx.deedSignals.some((s) => s.deedId === deedId && s.topic === 'approvals')).toBe(true);
  });

  it('refuses approvals to roles without deed.approve', async () => {
    const lucas = await ctx.signIn(LUCAS);
    const res = await ctx.request('POST', `/api/deeds/${deedId}/approvals`, { as: lucas, body: {} });
    expect(res.status).toBe(403);
  });

  it('shows every approval as stale after a change of the text, flags the changed article, and refuses the lock', async () => {
    await addParagraph(ctx, deedId, 'Le Promoteur remettra chaque trimestre un état de commercialisation.', {
      articleIndex: 1,
    });
    const state = await approvals(julie);
    expect(state.parties.every((p) => p.approval !== null && p.isStale)).toBe(true);
    expect(state.canLock).toBe(false);
    expect(state.lockBlocker).toContain('modifié depuis l’accord');
    const changed = state.articles.filter((a) => a.status === 'changed');
    expect(changed.map((a) => a.number)).toEqual(['2']);
    expect(state.articles.find((a) => a.number === '1')?.status).toBe('approved');

    const refused = await ctx.request('POST', `/api/deeds/${deedId}/lock`, { as: anne });
    expect(refused.status).toBe(409);
    expect((await readError(refused)).message).toContain('modifié depuis l’accord');
    // A refused lock leaves the deed open to edits.
    await addParagraph(ctx, deedId, 'Ajout possible après un verrouillage refusé.');
  });

  it('lets a party withdraw its approval, and repeat the withdrawal harmlessly', async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await ctx.request('DELETE', `/api/deeds/${deedId}/approvals`, { as: julie });
      expect(res.status).toBe(200);
      const state = (await res.json()) as DeedApprovals;
      expect(partyOf(state, 'Atlantique Promotion').approval).toBeNull();
      expect(partyOf(state, 'Banque Horizon').approval).not.toBeNull();
    }
  });

  it('refuses to lock a text that still holds a suggestion, even approved by every party', async () => {
    const suggested = new Y.XmlText();
    suggested.insert(0, 'Différé d’amortissement de six mois.', {
      insertion: { id: createSuggestionId('julie', new Date(), 'a1b2c3') },
    });
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [suggested]);
    const body = (doc: Y.Doc) => doc.getXmlFragment(DEED_FIELD);
    await ctx.deps.deedContent.applyChange(deedId, (doc) => body(doc).push([paragraph]), {
      actorId: null,
      reason: 'test suggestion',
    });
    for (const party of [paul, julie, anne]) await approve(party);
    const state = await approvals();
    expect(state.canLock).toBe(false);
    expect(state.lockBlocker).toContain('une suggestion en attente');
    const refused = await ctx.request('POST', `/api/deeds/${deedId}/lock`, { as: anne });
    expect(refused.status).toBe(409);
    expect((await readError(refused)).message).toContain('une suggestion en attente');
    // Rejecting it (the paragraph goes) leaves the deed open again.
    await ctx.deps.deedContent.applyChange(deedId, (doc) => body(doc).delete(body(doc).length - 1, 1), {
      actorId: null,
      reason: 'test rejection',
    });
    expect(await readLiveText(ctx, deedId)).not.toContain('Différé d’amortissement');
  });

  it('locks once every party approved the same text: a lock version, read-only for all, nothing changes it', async () => {
    await approve(paul);
    await approve(julie);
    await approve(anne);
    const forbidden = await ctx.request('POST', `/api/deeds/${deedId}/lock`, { as: marie });
    expect(forbidden.status).toBe(403);

    ctx.accessEvents.length = 0;
    const res = await ctx.request('POST', `/api/deeds/${deedId}/lock`, { as: anne });
    expect(res.status).toBe(200);
    const deed = (await res.json()) as DeedDetail;
    expect(deed.lock?.lockedBy.name).toBe('Anne Dupuis');
    expect(deed.editMode).toBe('read');
    const [lockVersion] = (await versions()).versions;
    expect(lockVersion).toMatchObject({ kind: 'lock', id: deed.lock?.versionId });
    expect(ctx.accessEvents).toContainEqual({ type: 'deed-changed', deedId });
    for (const who of [paul, julie, marie]) {
      const seen = (await (
        await ctx.request('GET', `/api/deeds/${deedId}`, { as: who })
      ).json()) as DeedDetail;
      expect(seen.canEdit).toBe(false);
    }

    const textBefore = await readLiveText(ctx, deedId);
    await expect(addParagraph(ctx, deedId, 'Ajout après verrouillage')).rejects.toBeInstanceOf(
      DeedFrozenError,
    );
    expect(await readLiveText(ctx, deedId)).toBe(textBefore);
    for (const [method, path, body] of [
      ['POST', `/api/deeds/${deedId}/versions/${lockVersion?.id}/restore`, undefined],
      ['POST', `/api/deeds/${deedId}/approvals`, {}],
      ['DELETE', `/api/deeds/${deedId}/approvals`, undefined],
      ['POST', `/api/deeds/${deedId}/lock`, undefined],
    ] as const) {
      const conflict = await ctx.request(method, path, { as: paul, body });
      expect(conflict.status, `${method} ${path}`).toBe(409);
    }
    const state = await approvals();
    expect(state).toMatchObject({ isLocked: true, canLock: false });
  });

  it('unlocks only with a reason, which the audit log keeps, and the text may change again', async () => {
    const noReason = await ctx.request('POST', `/api/deeds/${deedId}/unlock`, {
      as: paul,
      body: { reason: 'x' },
    });
    expect(noReason.status).toBe(400);
    const notAllowed = await ctx.request('POST', `/api/deeds/${deedId}/unlock`, {
      as: julie,
      body: { reason: 'Je veux modifier' },
    });
    expect(notAllowed.status).toBe(403);

    const reason = 'Erreur matérielle dans le tableau d’amortissement';
    const res = await ctx.request('POST', `/api/deeds/${deedId}/unlock`, { as: paul, body: { reason } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as DeedDetail).lock).toBeNull();
    const audit = await ctx.stores.audit.listAfter(0, 10_000);
    const entry = audit.find((e) => e.action === 'deed.unlock');
    expect(entry?.detail.reason).toBe(reason);

    await addParagraph(ctx, deedId, 'Correction après déverrouillage.');
    expect(await readLiveText(ctx, deedId)).toContain('Correction après déverrouillage.');
    expect((await approvals()).parties.every((p) => p.isStale)).toBe(true);

    const history = (await (
      await ctx.request('GET', `/api/deeds/${deedId}/history`, { as: julie })
    ).json()) as DeedHistory;
    const types = history.events.map((e) => e.type);
    expect(types).toContain('lock');
    expect(types).toContain('approval-withdrawn');
    expect(history.events.find((e) => e.type === 'unlock')).toMatchObject({
      reason,
      actor: { name: 'Paul Girard' },
    });
  });
});

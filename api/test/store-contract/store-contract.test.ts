// biome-ignore-all lint/style/noRestrictedImports: tests reach into src through their own folder
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createId } from '../../src/create-id';
import { hashAuditEntry } from '../../src/services/audit/hash-audit-entry';
import { verifyAuditChain } from '../../src/services/audit/verify-audit-chain';
import type { VaultDocumentRecord, VaultVersionRecord } from '../../src/store/vault-records';
import { createTestContext, type TestContext } from '../support/test-context';

/**
 * One contract for every store implementation: the same calls give the same answers on SQLite
 * and on PostgreSQL, including where concurrency or the dialects differ (sequences, bigints,
 * byte arrays, transactions racing for the next number, compaction by two nodes at once).
 */
describe.each(['sqlite', 'postgres'] as const)('the %s store', (store) => {
  let ctx: TestContext;
  let tilleuls: { dealId: string; deedId: string; bankOrgId: string; bankUserId: string };

  beforeAll(async () => {
    ctx = await createTestContext({ store });
    const marie = await ctx.stores.users.findByEmail('marie.lefevre@banque-horizon.example');
    if (!marie) throw new Error('demo not seeded');
    const deal = (await ctx.stores.deals.listForUser(marie.id)).find(
      (d) => d.name === 'Résidence Les Tilleuls',
    );
    if (!deal) throw new Error('no Tilleuls deal');
    const [deed] = await ctx.stores.deeds.listByDeal(deal.id);
    if (!deed) throw new Error('no deed');
    tilleuls = { dealId: deal.id, deedId: deed.id, bankOrgId: marie.orgId, bankUserId: marie.id };
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('reports its dialect and answers a ping', async () => {
    expect(ctx.stores.dialect).toBe(store);
    await expect(ctx.stores.ping()).resolves.toBeUndefined();
    expect(ctx.stores.poolStats() === undefined).toBe(store === 'sqlite');
  });

  it('lists deals per staffed user and hides the others', async () => {
    const karim = await ctx.stores.users.findByEmail('karim.benali@rhone-habitat.example');
    const julie = await ctx.stores.users.findByEmail('julie.morel@atlantique-promotion.example');
    const karimDeals = (await ctx.stores.deals.listForUser(karim?.id ?? '')).map((d) => d.name);
    const julieDeals = (await ctx.stores.deals.listForUser(julie?.id ?? '')).map((d) => d.name);
    expect(karimDeals).toEqual(['Les Terrasses du Rhône']);
    expect(julieDeals).toEqual(['Résidence Les Tilleuls']);
    const deal = await ctx.stores.deals.findById(tilleuls.dealId);
    expect(typeof deal?.amountCents).toBe('number');
    expect(typeof deal?.lots).toBe('number');
  });

  it('keeps the update log: appends in order, loads everything not in the snapshot', async () => {
    const deedId = tilleuls.deedId;
    const before = await ctx.stores.deedUpdates.load(deedId);
    const doc = new Y.Doc();
    for (const u of [before.snapshot, ...before.updates]) if (u) Y.applyUpdate(doc, u);
    const text = doc.getText('contract');
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (const word of ['un ', 'deux ', 'trois ']) text.insert(text.length, word);
    const ids = await ctx.stores.deedUpdates.append(
      updates.map((update) => ({ deedId, update, userId: tilleuls.bankUserId })),
    );
    expect(ids).toHaveLength(3);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const after = await ctx.stores.deedUpdates.load(deedId);
    expect(after.updateIds.slice(-3)).toEqual(ids);
    expect(after.updates.slice(-1)[0]).toEqual(updates[2]);
    const activity = await ctx.stores.deedEditActivity.listByDeed(deedId);
    expect(activity.some((a) => a.userId === tilleuls.bankUserId && a.updateCount >= 3)).toBe(true);
  });

  it('compacts as a compare-and-set and never drops an update it did not fold in', async () => {
    const deedId = tilleuls.deedId;
    const read = await ctx.stores.deedUpdates.load(deedId);
    const doc = new Y.Doc();
    for (const u of [read.snapshot, ...read.updates]) if (u) Y.applyUpdate(doc, u);
    // Another node commits an update after this compaction read the log.
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(doc));
    const lateUpdates: Uint8Array[] = [];
    late.on('update', (u: Uint8Array) => lateUpdates.push(u));
    late.getText('contract').insert(0, 'tardif ');
    await ctx.stores.deedUpdates.append(lateUpdates.map((update) => ({ deedId, update, userId: null })));

    const compaction = {
      snapshot: Y.encodeStateAsUpdate(doc),
      coveredIds: read.updateIds,
      expectedGeneration: read.generation,
    };
    expect(await ctx.stores.deedUpdates.compact(deedId, compaction)).toBe(true);
    // A second compaction built from the same read lost the race and changes nothing.
    expect(await ctx.stores.deedUpdates.compact(deedId, compaction)).toBe(false);

    const after = await ctx.stores.deedUpdates.load(deedId);
    expect(after.generation).toBe(read.generation + 1);
    expect(after.updates).toHaveLength(1);
    const reloaded = new Y.Doc();
    for (const u of [after.snapshot, ...after.updates]) if (u) Y.applyUpdate(reloaded, u);
    expect(reloaded.getText('contract').toString()).toBe('tardif un deux trois ');
  });

  it('numbers deed versions without gaps or duplicates when created concurrently', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        ctx.stores.deedVersions.create({
          id: createId(),
          deedId: tilleuls.deedId,
          name: `Version ${i}`,
          note: '',
          kind: 'manual',
          contentHash: 'a'.repeat(64),
          contentJson: '{"type":"doc"}',
          state: new Uint8Array([0, 0, 255, 1]),
          createdBy: tilleuls.bankUserId,
          createdAt: new Date().toISOString(),
          restoredFrom: null,
        }),
      ),
    );
    const numbers = created.map((v) => v.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.at(-1) ?? 0).toBe((numbers[0] ?? 0) + 11);
    const stored = await ctx.stores.deedVersions.findById(created[0]?.id ?? '');
    expect(stored?.state).toEqual(new Uint8Array([0, 0, 255, 1]));
  });

  it('chains audit entries appended concurrently into one verifiable sequence', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        ctx.stores.audit.append(
          {
            at: new Date().toISOString(),
            actorId: tilleuls.bankUserId,
            action: 'contract.test',
            outcome: 'success',
            dealId: tilleuls.dealId,
            target: `entry-${i}`,
            ip: null,
            detail: { i },
          },
          hashAuditEntry,
        ),
      ),
    );
    const verification = await verifyAuditChain(ctx.stores.audit);
    expect(verification.ok).toBe(true);
    const entries = await ctx.stores.audit.listAfter(0, 100_000);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
  });

  it('stores vault sizes past 2 GiB and numbers versions under concurrency', async () => {
    const at = new Date().toISOString();
    const documentId = createId();
    const version = (n: number): VaultVersionRecord => ({
      id: createId(),
      documentId,
      dealId: tilleuls.dealId,
      orgId: tilleuls.bankOrgId,
      number: 1,
      originalName: `plan-${n}.pdf`,
      size: 5 * 1024 ** 3 + n,
      mediaType: 'application/pdf',
      sha256: createId().padEnd(64, '0').slice(0, 64),
      blobKey: createId(),
      uploadedBy: tilleuls.bankUserId,
      uploadedAt: at,
      analysisStatus: 'pending',
      metadata: {} as VaultVersionRecord['metadata'],
    });
    const first = version(0);
    const document: VaultDocumentRecord = {
      id: documentId,
      dealId: tilleuls.dealId,
      orgId: tilleuls.bankOrgId,
      title: 'Plans de masse',
      category: null,
      categorySource: 'pending',
      categoryConfidence: null,
      visibility: 'all',
      requestId: null,
      currentVersionId: first.id,
      versionCount: 1,
      createdBy: tilleuls.bankUserId,
      createdAt: at,
      updatedAt: at,
    };
    expect(await ctx.stores.vault.createDocument(document, first)).toBe(true);
    const added = await Promise.all([1, 2, 3, 4].map((n) => ctx.stores.vault.addVersion(version(n), at)));
    expect(added.map((v) => v?.number).sort()).toEqual([2, 3, 4, 5]);
    const stored = await ctx.stores.vault.findVersion(first.id);
    expect(stored?.size).toBe(5 * 1024 ** 3);
    expect((await ctx.stores.vault.findDocument(documentId))?.versionCount).toBe(5);
  });

  it('hands each pending analysis to one claimant at a time, and again once its claim lapsed', async () => {
    const pending = await ctx.stores.vault.countPendingAnalyses();
    expect(pending).toBeGreaterThanOrEqual(5);
    const now = '2030-01-01T00:00:00.000Z';
    const until = '2030-01-01T00:15:00.000Z';
    const claims = await Promise.all(
      Array.from({ length: pending + 2 }, () => ctx.stores.vault.claimPendingAnalysis(now, until)),
    );
    const claimed = claims.flatMap((v) => (v ? [v.id] : []));
    expect(new Set(claimed).size).toBe(claimed.length);
    // Racing claimants may come back empty-handed, but nothing stays unclaimed.
    const rest = await ctx.stores.vault.claimPendingAnalysis(now, until);
    expect(rest).toBeUndefined();
    expect(claimed.length).toBeGreaterThan(0);
    const lapsed = await ctx.stores.vault.claimPendingAnalysis(
      '2030-01-01T00:16:00.000Z',
      '2030-01-01T00:31:00.000Z',
    );
    expect(lapsed && claimed.includes(lapsed.id)).toBe(true);
    expect(await ctx.stores.vault.countPendingAnalyses()).toBe(pending);
  });
});

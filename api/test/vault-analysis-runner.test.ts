import { Readable } from 'node:stream';
import { CLASSIFIER_CONFIDENCE_THRESHOLD, type DocumentCategory } from '@deedroom/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createId } from '../src/create-id';
import { type AnalyzeDocument, createAnalysisRunner } from '../src/vault/analysis-runner';
import { createTestContext, findDealId, type TestContext } from './support/test-context';

let ctx: TestContext;
let dealId: string;
let uploaderId: string;
let orgId: string;

beforeEach(async () => {
  ctx = await createTestContext();
  const julie = await ctx.signIn('julie.morel@atlantique-promotion.example');
  dealId = await findDealId(ctx, julie, 'Résidence Les Tilleuls');
  const user = await ctx.stores.users.findByEmail('julie.morel@atlantique-promotion.example');
  if (!user) throw new Error('demo user missing');
  uploaderId = user.id;
  orgId = user.orgId;
});
afterEach(async () => {
  await ctx.close();
});

/** A stored document with one pending version, as an upload leaves it. */
async function storeDocument(text: string): Promise<{ documentId: string; versionId: string }> {
  const now = ctx.clock.now().toISOString();
  const blob = await ctx.deps.blobs.put(Readable.from([Buffer.from(text)]));
  const documentId = createId();
  const versionId = createId();
  await ctx.stores.vault.createDocument(
    {
      id: documentId,
      dealId,
      orgId,
      title: 'piece.txt',
      category: null,
      categorySource: 'pending',
      categoryConfidence: null,
      visibility: 'all',
      requestId: null,
      currentVersionId: versionId,
      versionCount: 1,
      createdBy: uploaderId,
      createdAt: now,
      updatedAt: now,
    },
    {
      id: versionId,
      documentId,
      dealId,
      orgId,
      number: 1,
      originalName: 'piece.txt',
      size: blob.size,
      mediaType: 'text/plain',
      sha256: createId(),
      blobKey: blob.key,
      uploadedBy: uploaderId,
      uploadedAt: now,
      analysisStatus: 'pending',
      metadata: { dates: [], sirens: [], amounts: [] },
    },
  );
  return { documentId, versionId };
}

function fakeAnalysis(category: DocumentCategory, confidence: number): AnalyzeDocument {
  return async () => ({
    // Longer than the text the vault keeps.
    text: `texte de la pièce ${'x'.repeat(300_000)}`,
    category,
    confidence,
    metadata: { dates: ['2026-11-27'], sirens: ['552100554'], amounts: [1250000] },
  });
}

describe('the vault analysis runner', () => {
  it('files a confident prediction, and flags an unsure one « à vérifier » with its best guess', async () => {
    const sure = await storeDocument('Extrait Kbis');
    const runner = createAnalysisRunner(ctx.deps, { analyze: fakeAnalysis('kbis', 0.93), idleMs: 10 });
    runner.start();
    await runner.drain();
    await runner.stop();
    const filed = await ctx.stores.vault.findDocument(sure.documentId);
    expect(filed).toMatchObject({ category: 'kbis', categorySource: 'predicted', categoryConfidence: 0.93 });
    const version = await ctx.stores.vault.findVersion(sure.versionId);
    expect(version).toMatchObject({ analysisStatus: 'done', metadata: { sirens: ['552100554'] } });
    expect((await ctx.stores.vault.readText(sure.versionId)).length).toBe(200_000);

    const unsure = await storeDocument('Quelque chose');
    const second = createAnalysisRunner(ctx.deps, {
      analyze: fakeAnalysis('comptes', CLASSIFIER_CONFIDENCE_THRESHOLD - 0.01),
      idleMs: 10,
    });
    second.start();
    await second.drain();
    await second.stop();
    expect(await ctx.stores.vault.findDocument(unsure.documentId)).toMatchObject({
      category: 'comptes',
      categorySource: 'to_review',
    });
  });

  it('never overrides a person’s filing, and marks a failed analysis « à vérifier »', async () => {
    const filedByHand = await storeDocument('Statuts');
    await ctx.stores.vault.updateDocument(filedByHand.documentId, {
      category: 'statuts',
      categorySource: 'person',
      updatedAt: ctx.clock.now().toISOString(),
    });
    const runner = createAnalysisRunner(ctx.deps, { analyze: fakeAnalysis('kbis', 0.99), idleMs: 10 });
    runner.start();
    await runner.drain();
    await runner.stop();
    expect(await ctx.stores.vault.findDocument(filedByHand.documentId)).toMatchObject({
      category: 'statuts',
      categorySource: 'person',
    });

    const broken = await storeDocument('illisible');
    const failing = createAnalysisRunner(ctx.deps, {
      analyze: async () => {
        throw new Error('unreadable');
      },
      idleMs: 10,
    });
    failing.start();
    await failing.drain();
    await failing.stop();
    expect(await ctx.stores.vault.findVersion(broken.versionId)).toMatchObject({ analysisStatus: 'failed' });
    expect(await ctx.stores.vault.findDocument(broken.documentId)).toMatchObject({
      category: null,
      categorySource: 'to_review',
    });
  });

  it('retrains the classifier with people’s corrections once five have accumulated, and not before', async () => {
    const corrected: Array<{ documentId: string; versionId: string; text: string }> = [];
    for (let i = 0; i < 6; i += 1) {
      const text = `Attestation d’assurance dommages-ouvrage n° ${i}`;
      const stored = await storeDocument(text);
      await ctx.stores.vault.completeAnalysis(
        stored.versionId,
        {
          text,
          metadata: { dates: [], sirens: [], amounts: [] },
          category: 'autre',
          confidence: 0.3,
          source: 'to_review',
        },
        ctx.clock.now().toISOString(),
      );
      corrected.push({ ...stored, text });
    }
    const correct = async (index: number) => {
      const item = corrected[index];
      if (!item) throw new Error('no such document');
      await ctx.stores.vault.addCorrection({
        id: createId(),
        documentId: item.documentId,
        versionId: item.versionId,
        fromCategory: 'autre',
        fromSource: 'to_review',
        toCategory: 'assurances',
        correctedBy: uploaderId,
        correctedAt: ctx.clock.now().toISOString(),
      });
    };
    const retrainings: Array<Array<{ text: string; category: DocumentCategory }>> = [];
    const runner = createAnalysisRunner(ctx.deps, {
      analyze: fakeAnalysis('autre', 0.3),
      retrain: async (samples) => {
        retrainings.push(samples);
      },
      idleMs: 10,
    });
    runner.start();
    for (let i = 0; i < 4; i += 1) await correct(i);
    await runner.drain();
    expect(retrainings).toHaveLength(0);
    await correct(4);
    await runner.drain();
    expect(retrainings).toHaveLength(1);
    expect(retrainings[0]).toHaveLength(5);
    expect(retrainings[0]).toEqual(
      expect.arrayContaining(corrected.slice(0, 5).map(({ text }) => ({ text, category: 'assurances' }))),
    );
    await correct(5);
    await runner.drain();
    await runner.stop();
    expect(retrainings).toHaveLength(1);
  });
});

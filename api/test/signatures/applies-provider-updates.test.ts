import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { SignatureRequestDetail } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createId } from '../../src/create-id';
import { verifyAuditChain } from '../../src/services/audit/verify-audit-chain';
import { applyProviderUpdate } from '../../src/services/signatures/apply-provider-update';
import { authorizeVaultUpload } from '../../src/services/vault/authorize-vault-upload';
import { renderSignaturePdf } from '../../src/signatures/render-signature-pdf';
import type { SignatureProvider } from '../../src/signatures/signature-provider';
import {
  type Caller,
  createTestContext,
  DEMO_PASSWORD,
  findDealId,
  type TestContext,
} from '../support/test-context';

let ctx: TestContext;
let paul: Caller;
let julie: Caller;
let dealId: string;
let documentId: string;
let versionId: string;
let julieId: string;
const cancelled: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn('paul.girard@banque-horizon.example');
  julie = await ctx.signIn('julie.morel@atlantique-promotion.example');
  dealId = await findDealId(ctx, paul, 'Résidence Les Tilleuls');
  julieId = (await ctx.stores.users.findByEmail('julie.morel@atlantique-promotion.example'))?.id ?? '';
  const bank = await ctx.stores.users.findByEmail('paul.girard@banque-horizon.example');
  // A commitment PDF the bank put in the vault.
  const pdf = await renderSignaturePdf(
    { content: ['Acte de caution solidaire — 2 500 000,00 €'] },
    ctx.clock.now(),
  );
  const blob = await ctx.deps.blobs.put(Readable.from([pdf]));
  documentId = createId();
  versionId = createId();
  const now = ctx.clock.now().toISOString();
  await ctx.stores.vault.createDocument(
    {
      id: documentId,
      dealId,
      orgId: bank?.orgId ?? '',
      title: 'Acte de caution.pdf',
      category: 'garanties',
      categorySource: 'person',
      categoryConfidence: null,
      visibility: 'all',
      requestId: null,
      currentVersionId: versionId,
      versionCount: 1,
      createdBy: bank?.id ?? '',
      createdAt: now,
      updatedAt: now,
    },
    {
      id: versionId,
      documentId,
      dealId,
      orgId: bank?.orgId ?? '',
      number: 1,
      originalName: 'Acte de caution.pdf',
      size: blob.size,
      mediaType: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
      blobKey: blob.key,
      uploadedBy: bank?.id ?? '',
      uploadedAt: now,
      analysisStatus: 'done',
      metadata: { dates: [], sirens: [], amounts: [] },
    },
  );
  const signedPdf = await renderSignaturePdf({ content: ['Signé chez le prestataire'] }, ctx.clock.now());
  const certificate = await renderSignaturePdf({ content: ['Certificate of completion'] }, ctx.clock.now());
  const provider: SignatureProvider = {
    kind: 'docusign',
    createEnvelope: async ({ requestId }) => ({ envelopeId: `env-${requestId}` }),
    createSigningUrl: async ({ signer }) => `https://docusign.test/signing/${signer.userId}`,
    fetchCompletedDocuments: async () => ({ signedPdf, certificate }),
    cancel: async (envelopeId) => {
      cancelled.push(envelopeId);
    },
  };
  ctx.deps.signatureProvider = provider;
}, 60_000);

afterAll(async () => {
  await ctx?.close();
});

async function createRequest(): Promise<SignatureRequestDetail> {
  const res = await ctx.request('POST', `/api/deals/${dealId}/signature-requests`, {
    as: paul,
    body: {
      title: 'Acte de caution',
      source: { kind: 'vault_version', documentId, versionId },
      signers: [{ userId: julieId }],
      expiresAt: new Date(ctx.clock.now().getTime() + 86_400_000).toISOString(),
    },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as SignatureRequestDetail;
}

describe('a provider’s envelope updates (DocuSign Connect, mapped)', () => {
  it('follows the signer, ignores replays, files the signed PDF and the certificate read-only', async () => {
    const created = await createRequest();
    expect(created.provider).toBe('docusign');
    expect(created.envelopeId).toBe(`env-${created.id}`);
    const envelopeId = created.envelopeId ?? '';

    // Signing happens at the provider: the built-in route refuses, the embedded URL is given.
    const builtin = await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
      as: julie,
      body: { password: DEMO_PASSWORD },
    });
    expect(builtin.status).toBe(409);
    const url = await ctx.request('POST', `/api/signature-requests/${created.id}/signing-url`, {
      as: julie,
      body: { returnUrl: 'http://deedroom.test/retour' },
    });
    expect(await url.json()).toEqual({ url: `https://docusign.test/signing/${julieId}` });

    const signed = {
      envelopeId,
      envelopeStatus: 'in_progress' as const,
      signers: [{ userId: julieId, email: null, status: 'signed' as const, at: '2026-11-27T10:00:00.000Z' }],
    };
    await applyProviderUpdate(ctx.deps, signed);
    await applyProviderUpdate(ctx.deps, signed);
    const events = await ctx.stores.signatures.listEvents(created.id);
    expect(events.filter((e) => e.kind === 'signed')).toHaveLength(1);

    const done = await applyProviderUpdate(ctx.deps, { ...signed, envelopeStatus: 'completed' });
    expect(done.status).toBe('completed');
    expect(done.signedDocumentId).not.toBeNull();
    expect(done.certificateDocumentId).not.toBeNull();
    // A replayed completion changes nothing.
    await applyProviderUpdate(ctx.deps, { ...signed, envelopeStatus: 'completed' });
    expect(
      (await ctx.stores.signatures.listEvents(created.id)).filter((e) => e.kind === 'completed'),
    ).toHaveLength(1);
    for (const id of [done.signedDocumentId, done.certificateDocumentId]) {
      const refile = await ctx.request('PATCH', `/api/vault/documents/${id}`, {
        as: paul,
        body: { category: 'autre' },
      });
      expect(refile.status).toBe(409);
    }
    // Nor a new version, even for the organisation that filed it.
    const bank = await ctx.stores.users.findByEmail('paul.girard@banque-horizon.example');
    if (!bank) throw new Error('paul');
    await expect(
      authorizeVaultUpload(
        ctx.deps,
        { user: bank, ip: null },
        { dealId, filename: 'autre.pdf', documentId: done.signedDocumentId, size: 1_000 },
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const completed = (await ctx.stores.audit.listAfter(0, 100_000)).find(
      (e) => e.action === 'signature.completed' && e.target === `signature-request:${created.id}`,
    );
    expect(completed?.detail).toMatchObject({ envelopeId, signedSha256: done.signedSha256 });
    expect((await verifyAuditChain(ctx.stores.audit)).ok).toBe(true);
  });

  it('ends the request when the signer declines at the provider, and refuses an unknown envelope', async () => {
    const created = await createRequest();
    const declined = await applyProviderUpdate(ctx.deps, {
      envelopeId: created.envelopeId ?? '',
      envelopeStatus: 'declined',
      signers: [
        {
          userId: null,
          email: 'JULIE.MOREL@atlantique-promotion.example',
          status: 'declined',
          at: null,
          declineReason: 'Montant',
        },
      ],
    });
    expect(declined.status).toBe('declined');
    await expect(
      applyProviderUpdate(ctx.deps, { envelopeId: 'env-unknown', envelopeStatus: 'completed', signers: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cancels the envelope at the provider when the bank cancels', async () => {
    const created = await createRequest();
    const res = await ctx.request('POST', `/api/signature-requests/${created.id}/cancel`, {
      as: paul,
      body: { reason: 'Remplacée par une nouvelle version' },
    });
    expect(res.status).toBe(200);
    expect(cancelled).toContain(created.envelopeId);
  });
});

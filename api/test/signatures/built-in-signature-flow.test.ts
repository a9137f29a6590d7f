import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SignatureRequestDetail, SignatureRequestList, SignatureSources } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/services/audit/verify-audit-chain';
import { runSignatureJobs } from '../../src/services/signatures/expire-signature-requests';
import { signDocument } from '../../src/services/signatures/sign-document';
import { readDeedContent } from '../../src/services/versions/read-deed-content';
import { saveDeedVersion } from '../../src/services/versions/save-deed-version';
import { ProviderError, type SignatureProvider } from '../../src/signatures/signature-provider';
import {
  type Caller,
  createTestContext,
  DEMO_PASSWORD,
  findDealId,
  findDeedId,
  readError,
  type TestContext,
} from '../support/test-context';

const DEAL = 'Résidence Les Tilleuls';
let ctx: TestContext;
let paul: Caller; // bank_legal: requests signatures
let marie: Caller; // bank_manager: signs for the bank
let julie: Caller; // developer_lead: signs for the developer
let karim: Caller; // another developer, on another deal
let anne: Caller; // notary
let dealId: string;
let gfaId: string;
let lockedVersionId: string;
const ids: Record<string, string> = {};

const PDFSIG_ARGS = spawnSync('pdfsig', ['-h'], { encoding: 'utf8' }).stderr.includes('-nodate')
  ? ['-nodate', '-no-ocsp']
  : ['-no-ocsp'];

function pdfsig(file: string): string {
  const run = spawnSync('pdfsig', [...PDFSIG_ARGS, file], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

async function json<T>(res: Response, status: number): Promise<T> {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function userId(email: string): Promise<string> {
  const user = await ctx.stores.users.findByEmail(email);
  if (!user) throw new Error(email);
  return user.id;
}

function inOneWeek(): string {
  return new Date(ctx.clock.now().getTime() + 7 * 24 * 3600 * 1000).toISOString();
}

async function requestSignatures(
  as: Caller,
  signers: string[],
  source: unknown = { kind: 'deed_version', deedId: gfaId, versionId: lockedVersionId },
): Promise<Response> {
  return ctx.request('POST', `/api/deals/${dealId}/signature-requests`, {
    as,
    body: {
      title: 'GFA – Résidence Les Tilleuls',
      source,
      signers: signers.map((id) => ({ userId: id })),
      message: 'Merci de signer la garantie financière d’achèvement.',
      expiresAt: inOneWeek(),
    },
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn('paul.girard@banque-horizon.example');
  marie = await ctx.signIn('marie.lefevre@banque-horizon.example');
  julie = await ctx.signIn('julie.morel@atlantique-promotion.example');
  karim = await ctx.signIn('karim.benali@rhone-habitat.example');
  anne = await ctx.signIn('anne.dupuis@notaires-dupuis.example');
  for (const [key, email] of [
    ['marie', 'marie.lefevre@banque-horizon.example'],
    ['julie', 'julie.morel@atlantique-promotion.example'],
    ['lucas', 'lucas.bernard@atlantique-promotion.example'],
    ['karim', 'karim.benali@rhone-habitat.example'],
  ] as const) {
    ids[key] = await userId(email);
  }
  dealId = await findDealId(ctx, paul, DEAL);
  gfaId = await findDeedId(ctx, paul, DEAL, 'gfa');
  // Every party approves the GFA, then the bank's lawyer locks it.
  for (const caller of [paul, julie, anne]) {
    await json(await ctx.request('POST', `/api/deeds/${gfaId}/approvals`, { as: caller, body: {} }), 200);
  }
  await json(await ctx.request('POST', `/api/deeds/${gfaId}/lock`, { as: paul }), 200);
  const gfa = await ctx.stores.deeds.findById(gfaId);
  if (!gfa?.lock?.versionId) throw new Error('GFA not locked');
  lockedVersionId = gfa.lock.versionId;
}, 60_000);

afterAll(async () => {
  await ctx?.close();
});

describe('built-in signature of a locked GFA', () => {
  it('collects the developer’s and the bank’s signatures, seals the PDF, files it read-only and keeps the evidence', async () => {
    const sources = await json<SignatureSources>(
      await ctx.request('GET', `/api/deals/${dealId}/signature-sources`, { as: paul }),
      200,
    );
    expect(sources.deedVersions.map((v) => v.versionId)).toContain(lockedVersionId);
    expect(sources.signers.map((s) => s.userId).sort()).toEqual([ids.julie, ids.marie].sort());

    // A workflow task waiting for this signature.
    const created = await json<SignatureRequestDetail>(
      await requestSignatures(paul, [ids.julie ?? '', ids.marie ?? '']),
      201,
    );
    expect(created.status).toBe('in_progress');
    expect(created.envelopeId).toBe(`builtin-${created.id}`);
    expect(created.signers.map((s) => [s.name, s.status, s.anchor])).toEqual([
      ['Julie Morel', 'sent', '/sig1/'],
      ['Marie Lefèvre', 'sent', '/sig2/'],
    ]);
    expect(created.currentSignerId).toBe(ids.julie);
    const task = await ctx.request('POST', `/api/deals/${dealId}/workflow/items`, {
      as: paul,
      body: {
        title: 'GFA signée',
        responsibleParties: ['bank'],
        link: { kind: 'signature_completed', targetId: created.id },
      },
    });
    expect(task.status).toBe(201);

    // The developer reads the document first (« Consulté »), then signs with a wrong password.
    const doc = await ctx.request('GET', `/api/signature-requests/${created.id}/document`, { as: julie });
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    const submitted = Buffer.from(await doc.arrayBuffer());
    expect(createHash('sha256').update(submitted).digest('hex')).toBe(created.documentSha256);

    const wrong = await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
      as: julie,
      body: { password: 'not-my-password' },
    });
    expect(wrong.status).toBe(401);
    expect((await readError(wrong)).code).toBe('INVALID_CREDENTIALS');

    // The bank may not sign before the developer.
    const early = await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
      as: marie,
      body: { password: DEMO_PASSWORD },
    });
    expect(early.status).toBe(409);

    ctx.clock.advance(60_000);
    // Through the service, to give the caller an address (in-process requests have none).
    const julieUser = await ctx.stores.users.findById(ids.julie ?? '');
    if (!julieUser) throw new Error('julie');
    await signDocument(ctx.deps, { user: julieUser, ip: '203.0.113.7' }, created.id, DEMO_PASSWORD);
    const afterJulie = await json<SignatureRequestDetail>(
      await ctx.request('GET', `/api/signature-requests/${created.id}`, { as: julie }),
      200,
    );
    expect(afterJulie.signers[0]?.signedIp).toBe('203.0.113.7');
    expect(afterJulie.signers.map((s) => s.status)).toEqual(['signed', 'sent']);
    expect(afterJulie.currentSignerId).toBe(ids.marie);

    const again = await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
      as: julie,
      body: { password: DEMO_PASSWORD },
    });
    expect(again.status).toBe(409);

    ctx.clock.advance(60_000);
    const done = await json<SignatureRequestDetail>(
      await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
        as: marie,
        body: { password: DEMO_PASSWORD },
      }),
      200,
    );
    expect(done.status).toBe('completed');
    expect(done.signers.every((s) => s.status === 'signed' && s.signedAt)).toBe(true);
    expect(done.signed).not.toBeNull();
    expect(done.events.map((e) => e.kind)).toEqual([
      'created',
      'sent',
      'viewed',
      'signed',
      'signed',
      'completed',
    ]);

    // The sealed PDF is in the vault, « Garanties et sûretés », and verifies.
    const signed = done.signed;
    if (!signed) throw new Error('no signed file');
    const download = await ctx.request(
      'GET',
      `/api/vault/documents/${signed.documentId}/versions/${signed.versionId}/content`,
      { as: julie },
    );
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(signed.sha256);
    const document = await ctx.stores.vault.findDocument(signed.documentId);
    expect(document?.category).toBe('garanties');

    const file = path.join(ctx.dataDir, 'signed.pdf');
    fs.writeFileSync(file, bytes);
    const report = pdfsig(file);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('Total document signed');
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );

    // The certificate page names the signers, their addresses and the document's hash.
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Certificat de signature électronique');
    expect(text).toContain('Julie Morel');
    expect(text).toContain('Marie Lefèvre');
    expect(text).toContain(created.documentSha256);
    expect(text).toContain(created.id);
    expect(text).toContain('Garantie financière d’achèvement');
    expect(text).toContain('203.0.113.7');

    // One byte changed inside the signed range: pdfsig no longer says valid.
    const byteRange = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(bytes.toString('latin1'));
    if (!byteRange) throw new Error('no ByteRange');
    const altered = Buffer.from(bytes);
    const at = Math.floor(Number(byteRange[2]) / 2);
    altered[at] = (altered[at] ?? 0) ^ 0x01;
    const alteredFile = path.join(ctx.dataDir, 'altered.pdf');
    fs.writeFileSync(alteredFile, altered);
    const alteredReport = pdfsig(alteredFile);
    expect(alteredReport).not.toContain('Signature is Valid');

    // Read-only in the vault: no re-filing.
    const refile = await ctx.request('PATCH', `/api/vault/documents/${signed.documentId}`, {
      as: paul,
      body: { category: 'autre' },
    });
    expect(refile.status).toBe(409);

    // The linked task is done; the evidence is in the audit chain, which still verifies.
    const workflow = await json<{ items: Array<{ title: string; status: string }> }>(
      await ctx.request('GET', `/api/deals/${dealId}/workflow`, { as: paul }),
      200,
    );
    expect(workflow.items.find((i) => i.title === 'GFA signée')?.status).toBe('done');
    const audit = await ctx.stores.audit.listAfter(0, 100_000);
    const actions = audit.filter((e) => e.target === `signature-request:${created.id}`).map((e) => e.action);
    expect(actions).toEqual([
      'signature.created',
      'signature.sent',
      'signature.viewed',
      'signature.reauth',
      'signature.signed',
      'signature.signed',
      'signature.completed',
    ]);
    const signedEntries = audit.filter((e) => e.action === 'signature.signed');
    expect(signedEntries[0]?.ip).toBe('203.0.113.7');
    const completed = audit.find((e) => e.action === 'signature.completed');
    expect(completed?.detail).toMatchObject({ signedSha256: signed.sha256, envelopeId: created.envelopeId });
    expect((await verifyAuditChain(ctx.stores.audit)).ok).toBe(true);

    // The installation's sealing key was generated once, readable by its owner only.
    const p12 = fs.statSync(path.join(ctx.dataDir, 'signing', 'seal.p12'));
    const passphrase = fs.statSync(path.join(ctx.dataDir, 'signing', 'seal.p12.passphrase'));
    expect(p12.mode & 0o777).toBe(0o600);
    expect(passphrase.mode & 0o777).toBe(0o600);

    // Everyone on the deal sees the list.
    const list = await json<SignatureRequestList>(
      await ctx.request('GET', `/api/deals/${dealId}/signature-requests`, { as: anne }),
      200,
    );
    expect(list.requests.find((r) => r.id === created.id)?.status).toBe('completed');
  }, 60_000);
});

describe('signature requests refuse bad input', () => {
  it('refuses a version that is not locked (409)', async () => {
    const creditId = await findDeedId(ctx, paul, DEAL);
    const version = await saveDeedVersion(ctx.deps, {
      deedId: creditId,
      kind: 'manual',
      name: 'Projet',
      note: '',
      createdBy: ids.marie ?? '',
      snapshot: await readDeedContent(ctx.deps, creditId),
    });
    const res = await requestSignatures(paul, [ids.julie ?? ''], {
      kind: 'deed_version',
      deedId: creditId,
      versionId: version.id,
    });
    expect(res.status).toBe(409);
    expect((await readError(res)).message).toContain('verrouill');
  });

  it('refuses a signer not staffed on the deal, or whose role may not sign (400)', async () => {
    const foreign = await requestSignatures(paul, [ids.karim ?? '']);
    expect(foreign.status).toBe(400);
    expect((await readError(foreign)).code).toBe('VALIDATION_FAILED');
    const member = await requestSignatures(paul, [ids.lucas ?? '']);
    expect(member.status).toBe(400);
  });

  it('refuses a role without signature.request (403) and another tenant (404)', async () => {
    expect((await requestSignatures(julie, [ids.marie ?? ''])).status).toBe(403);
    const created = await json<SignatureRequestDetail>(await requestSignatures(paul, [ids.julie ?? '']), 201);
    expect((await ctx.request('GET', `/api/signature-requests/${created.id}`, { as: karim })).status).toBe(
      404,
    );
    expect(
      (
        await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
          as: karim,
          body: { password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(404);
    expect((await ctx.request('GET', `/api/deals/${dealId}/signature-requests`, { as: karim })).status).toBe(
      404,
    );
  });

  it('does not let anyone sign a cancelled request, nor someone who is not a signer', async () => {
    const created = await json<SignatureRequestDetail>(await requestSignatures(paul, [ids.julie ?? '']), 201);
    const notSigner = await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
      as: marie,
      body: { password: DEMO_PASSWORD },
    });
    expect(notSigner.status).toBe(403);
    const cancelled = await json<SignatureRequestDetail>(
      await ctx.request('POST', `/api/signature-requests/${created.id}/cancel`, {
        as: paul,
        body: { reason: 'Montant à corriger' },
      }),
      200,
    );
    expect(cancelled.status).toBe('cancelled');
    const sign = await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
      as: julie,
      body: { password: DEMO_PASSWORD },
    });
    expect(sign.status).toBe(409);
    expect((await readError(sign)).message).toContain('annulée');
  });

  it('expires a request past its date: signers « Expiré », no signature accepted', async () => {
    const created = await json<SignatureRequestDetail>(await requestSignatures(paul, [ids.julie ?? '']), 201);
    // The date passes (moving the clock a week would also end everyone's session).
    const past = new Date(ctx.clock.now().getTime() - 1_000).toISOString();
    await ctx.stores.signatures.update(created.id, ['in_progress'], { expiresAt: past, updatedAt: past });
    const expired = await json<SignatureRequestDetail>(
      await ctx.request('GET', `/api/signature-requests/${created.id}`, { as: paul }),
      200,
    );
    expect(expired.status).toBe('expired');
    expect(expired.signers.map((s) => s.status)).toEqual(['expired']);
    expect(expired.events.at(-1)?.kind).toBe('expired');
    const sign = await ctx.request('POST', `/api/signature-requests/${created.id}/sign`, {
      as: julie,
      body: { password: DEMO_PASSWORD },
    });
    expect(sign.status).toBe(409);
  });

  it('records a refusal', async () => {
    const created = await json<SignatureRequestDetail>(await requestSignatures(paul, [ids.julie ?? '']), 201);
    const declined = await json<SignatureRequestDetail>(
      await ctx.request('POST', `/api/signature-requests/${created.id}/decline`, {
        as: julie,
        body: { reason: 'Le montant garanti est erroné' },
      }),
      200,
    );
    expect(declined.status).toBe('declined');
    expect(declined.signers[0]?.status).toBe('declined');
    expect(declined.events.at(-1)?.kind).toBe('declined');
  });

  it('keeps the request when the provider fails, shows the error and retries with backoff', async () => {
    const builtin = ctx.deps.signatureProvider;
    let calls = 0;
    const flaky: SignatureProvider = {
      ...builtin,
      kind: 'builtin',
      async createEnvelope(input) {
        calls += 1;
        if (calls === 1) throw new ProviderError('Service indisponible (503)', true, 503);
        return builtin.createEnvelope(input);
      },
    };
    ctx.deps.signatureProvider = flaky;
    try {
      const created = await json<SignatureRequestDetail>(
        await requestSignatures(paul, [ids.julie ?? '']),
        201,
      );
      expect(created.status).toBe('error');
      expect(created.errorMessage).toContain('Service indisponible');
      expect(created.nextAttemptAt).not.toBeNull();
      // Not due yet.
      await runSignatureJobs(ctx.deps);
      expect(calls).toBe(1);
      ctx.clock.advance(31_000);
      await runSignatureJobs(ctx.deps);
      expect(calls).toBe(2);
      const after = await json<SignatureRequestDetail>(
        await ctx.request('GET', `/api/signature-requests/${created.id}`, { as: paul }),
        200,
      );
      expect(after.status).toBe('in_progress');
      expect(after.errorMessage).toBeNull();
      expect(after.events.map((e) => e.kind)).toEqual(['created', 'provider_error', 'sent']);
    } finally {
      ctx.deps.signatureProvider = builtin;
    }
  });
});

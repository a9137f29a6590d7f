import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  LIMITS,
  type VaultDocumentDetail,
  type VaultDocumentList,
  type VaultRequest,
  type VaultRequestList,
  type VaultUploadResult,
} from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, callApi } from './support/api-session';
import { JULIE, LUCAS, PAUL, TILLEULS } from './support/fixtures';
import { createUpload, headOffset, patchUpload, uploadFile } from './support/tus-client';
import { getAs, startVaultWorld, type VaultWorld } from './support/vault-server';

let world: VaultWorld;
let julie: ApiSession;
let lucas: ApiSession;
let paul: ApiSession;
let dealId: string;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A file the server takes as a PDF (sniffed from its first bytes), with random content after. */
const pdfLike = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
const contentPath = (documentId: string, versionId: string) =>
  `/api/vault/documents/${documentId}/versions/${versionId}/content`;

async function downloadBytes(session: ApiSession, urlPath: string): Promise<Buffer> {
  const res = await getAs(session, urlPath);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

beforeAll(async () => {
  world = await startVaultWorld('deedroom-vault-');
  julie = await world.logIn(JULIE);
  lucas = await world.logIn(LUCAS);
  paul = await world.logIn(PAUL);
  dealId = await world.dealIdOf(julie, TILLEULS);
});
afterAll(async () => {
  await world?.close();
});

describe('vault uploads over tus, downloads, versions and the checklist', () => {
  it('starts every deal with the default checklist from the taxonomy', async () => {
    const { requests } = await callApi<VaultRequestList>(julie, 'GET', `/api/deals/${dealId}/vault/requests`);
    expect(requests.map((r) => r.category).sort()).toEqual(
      [
        'kbis',
        'statuts',
        'comptes',
        'titre_propriete',
        'etat_hypothecaire',
        'etudes_sol',
        'permis_construire',
        'affichage_recours',
        'bilan_promoteur',
        'grille_prix',
        'etat_commercialisation',
        'marches_travaux',
        'assurances',
        'garanties',
        'notarial',
      ].sort(),
    );
    expect(requests.filter((r) => r.mandatory)).toHaveLength(10);
    expect(requests.every((r) => r.status === 'missing')).toBe(true);
  });

  it('stores an upload answering a request and gives back the same bytes (SHA-256), audited', async () => {
    const { requests } = await callApi<VaultRequestList>(julie, 'GET', `/api/deals/${dealId}/vault/requests`);
    const kbis = requests.find((r) => r.category === 'kbis');
    if (!kbis) throw new Error('no kbis request');
    const bytes = pdfLike(3 * 1024 * 1024 + 17);
    const uploaded = await uploadFile(julie, bytes, {
      dealId,
      filename: 'Extrait Kbis SCCV Tilleuls — été.pdf',
      requestId: kbis.id,
    });
    const result = await callApi<VaultUploadResult>(
      julie,
      'GET',
      `/api/vault/uploads/${uploaded.uploadId}/document`,
    );
    expect(result.isDuplicate).toBe(false);
    expect(result.document.id).toBe(uploaded.documentId);
    const version = result.document.currentVersion;
    expect(version).toMatchObject({
      number: 1,
      size: bytes.length,
      mediaType: 'application/pdf',
      sha256: sha256(bytes),
    });
    expect(result.document.requestId).toBe(kbis.id);

    const res = await getAs(julie, `${contentPath(result.document.id, version.id)}?disposition=inline`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    // The app may frame the file for its preview; nobody else may (and the rest of the API stays unframeable).
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const list = await fetch(`${julie.baseUrl}/api/deals/${dealId}/vault/requests`, {
      headers: { cookie: julie.cookie },
    });
    expect(list.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="Extrait Kbis SCCV Tilleuls _ ete.pdf"; filename*=UTF-8''Extrait%20Kbis%20SCCV%20Tilleuls%20%E2%80%94%20%C3%A9t%C3%A9.pdf`,
    );
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(sha256(bytes));

    const after = await callApi<VaultRequestList>(paul, 'GET', `/api/deals/${dealId}/vault/requests`);
    expect(after.requests.find((r) => r.id === kbis.id)).toMatchObject({
      status: 'received',
      documentId: result.document.id,
    });

    const audit = await world.server.deps.stores.audit.listAfter(0, 100_000);
    const downloads = audit.filter(
      (e) => e.action === 'vault.download' && e.target === `vault-version:${version.id}`,
    );
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ actorId: julie.userId, outcome: 'success', dealId });
  });

  it('resumes after the connection is cut mid-file, and the bytes match the source', async () => {
    const bytes = pdfLike(16 * 1024 * 1024);
    const created = await createUpload(julie, bytes.length, { dealId, filename: 'plans-permis.pdf' });
    expect(created.status).toBe(201);
    const url = created.url ?? '';
    const half = bytes.length / 2;
    const controller = new AbortController();
    let sent = 0;
    const firstHalf = new ReadableStream<Uint8Array>({
      async pull(stream) {
        if (sent >= half) {
          // Everything of the first half is out: cut the connection as a dropped network would.
          await new Promise((resolve) => setTimeout(resolve, 300));
          controller.abort();
          return;
        }
        const chunk = bytes.subarray(sent, Math.min(sent + 256 * 1024, half));
        sent += chunk.length;
        stream.enqueue(chunk);
      },
    });
    await expect(patchUpload(julie, url, 0, firstHalf, controller.signal)).rejects.toThrow();

    let offset = -1;
    await expect
      .poll(async () => {
        offset = (await headOffset(julie, url)).offset;
        return offset;
      })
      .toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(half);
    const rest = await patchUpload(julie, url, offset, bytes.subarray(offset));
    expect(rest.status).toBe(204);
    expect(rest.offset).toBe(bytes.length);
    const detail = await callApi<VaultDocumentDetail>(
      julie,
      'GET',
      `/api/vault/documents/${rest.documentId}`,
    );
    expect(detail.currentVersion.sha256).toBe(sha256(bytes));
    const downloaded = await downloadBytes(julie, contentPath(detail.id, detail.currentVersion.id));
    expect(sha256(downloaded)).toBe(sha256(bytes));
  });

  it('deletes an interrupted upload once it has expired', async () => {
    const bytes = pdfLike(64 * 1024);
    const created = await createUpload(julie, bytes.length, { dealId, filename: 'abandonne.pdf' });
    const url = created.url ?? '';
    expect((await patchUpload(julie, url, 0, bytes.subarray(0, 1000))).offset).toBe(1000);
    const id = url.split('/').pop() ?? '';
    const infoPath = path.join(world.dataDir, 'uploads', `${id}.json`);
    expect(await world.server.cleanUpExpiredUploads()).toBe(0);
    // Pretend it was created just past the expiry.
    const info = JSON.parse(fs.readFileSync(infoPath, 'utf8')) as { creation_date: string };
    info.creation_date = new Date(Date.now() - LIMITS.vaultUploadExpiryMs - 1000).toISOString();
    fs.writeFileSync(infoPath, JSON.stringify(info));
    expect(await world.server.cleanUpExpiredUploads()).toBe(1);
    expect(fs.existsSync(infoPath)).toBe(false);
    expect(fs.existsSync(path.join(world.dataDir, 'uploads', id))).toBe(false);
    expect((await headOffset(julie, url)).status).toBe(404);
  });

  it('keeps every version: a new one becomes current and both stay downloadable', async () => {
    const first = Buffer.from('Grille de prix v1\nLot;Prix\nA01;215000\n');
    const second = Buffer.from('Grille de prix v2\nLot;Prix\nA01;219000\nA02;241000\n');
    const v1 = await uploadFile(julie, first, { dealId, filename: 'grille-prix.csv' });
    const v2 = await uploadFile(julie, second, {
      dealId,
      filename: 'grille-prix-v2.csv',
      documentId: v1.documentId,
    });
    expect(v2.documentId).toBe(v1.documentId);
    const detail = await callApi<VaultDocumentDetail>(paul, 'GET', `/api/vault/documents/${v1.documentId}`);
    expect(detail.versionCount).toBe(2);
    expect(detail.title).toBe('grille-prix-v2.csv');
    expect(detail.versions.map((v) => [v.number, v.mediaType])).toEqual([
      [2, 'text/csv'],
      [1, 'text/csv'],
    ]);
    const [newest, oldest] = detail.versions;
    if (!newest || !oldest) throw new Error('two versions expected');
    expect(await downloadBytes(paul, contentPath(detail.id, oldest.id))).toEqual(first);
    expect(await downloadBytes(paul, contentPath(detail.id, newest.id))).toEqual(second);
  });

  it('answers Range requests with 206 and the right bytes, and 416 outside the file', async () => {
    const bytes = Buffer.from(`Bilan promoteur\n${'0123456789'.repeat(100)}\n`);
    const { documentId } = await uploadFile(lucas, bytes, { dealId, filename: 'bilan.txt' });
    const detail = await callApi<VaultDocumentDetail>(lucas, 'GET', `/api/vault/documents/${documentId}`);
    const urlPath = contentPath(documentId, detail.currentVersion.id);

    const middle = await getAs(lucas, urlPath, { range: 'bytes=16-25' });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 16-25/${bytes.length}`);
    expect(Buffer.from(await middle.arrayBuffer())).toEqual(bytes.subarray(16, 26));

    const suffix = await getAs(lucas, urlPath, { range: 'bytes=-5' });
    expect(suffix.status).toBe(206);
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 5));

    const head = await fetch(`${lucas.baseUrl}${urlPath}`, {
      method: 'HEAD',
      headers: { cookie: lucas.cookie },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));

    const outside = await getAs(lucas, urlPath, { range: `bytes=${bytes.length}-` });
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
  });

  it('lets the bank reject with a reason and accept, never the developer, and keeps corrections', async () => {
    const { requests } = await callApi<VaultRequestList>(julie, 'GET', `/api/deals/${dealId}/vault/requests`);
    const statuts = requests.find((r) => r.category === 'statuts');
    if (!statuts) throw new Error('no statuts request');
    const { documentId } = await uploadFile(julie, Buffer.from('Statuts de la SCCV Les Tilleuls\n'), {
      dealId,
      filename: 'statuts.txt',
      requestId: statuts.id,
    });
    const decide = (session: ApiSession, body: unknown) =>
      fetch(`${session.baseUrl}/api/vault/requests/${statuts.id}/decision`, {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
    expect((await decide(julie, { decision: 'accept' })).status).toBe(403);
    expect((await decide(paul, { decision: 'reject' })).status).toBe(400);
    const rejected = (await (
      await decide(paul, { decision: 'reject', reason: 'Statuts non signés' })
    ).json()) as VaultRequest;
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Statuts non signés', documentId });
    expect(rejected.decidedBy?.name).toBe('Paul Girard');
    const accepted = (await (await decide(paul, { decision: 'accept' })).json()) as VaultRequest;
    expect(accepted).toMatchObject({ status: 'accepted', rejectionReason: null });

    const created = await fetch(`${julie.baseUrl}/api/deals/${dealId}/vault/requests`, {
      method: 'POST',
      headers: { cookie: julie.cookie, 'x-csrf-token': julie.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'garanties', description: 'GFA' }),
    });
    expect(created.status).toBe(403);

    const corrected = await fetch(`${paul.baseUrl}/api/vault/documents/${documentId}`, {
      method: 'PATCH',
      headers: { cookie: paul.cookie, 'x-csrf-token': paul.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'statuts' }),
    });
    expect(corrected.status).toBe(200);
    expect(await corrected.json()).toMatchObject({
      category: 'statuts',
      categorySource: 'person',
      categoryConfidence: null,
    });
    const corrections = await world.server.deps.stores.vault.listCorrections();
    expect(corrections.find((c) => c.documentId === documentId)).toMatchObject({ toCategory: 'statuts' });
  });

  it('analyses an upload in the background: text, category, metadata, and search by content', async () => {
    const text = [
      'EXTRAIT KBIS',
      'Greffe du tribunal de commerce de Nantes',
      'Immatriculation au RCS, numéro 552 100 554 R.C.S. Nantes',
      'Dénomination : SCCV LES TILLEULS — société civile de construction vente',
      'Capital social : 1 000,00 €',
      'Date d’immatriculation : 12/03/2024',
      'Gérant : Atlantique Promotion',
    ].join('\n');
    const { documentId } = await uploadFile(julie, Buffer.from(`${text}\n`), {
      dealId,
      filename: 'piece-017.txt',
    });
    let detail: VaultDocumentDetail | undefined;
    await expect
      .poll(
        async () => {
          detail = await callApi<VaultDocumentDetail>(julie, 'GET', `/api/vault/documents/${documentId}`);
          return detail.currentVersion.analysisStatus;
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe('done');
    if (!detail) throw new Error('no detail');
    expect(['predicted', 'to_review']).toContain(detail.categorySource);
    expect(detail.category).not.toBeNull();
    expect(detail.currentVersion.metadata.sirens).toContain('552100554');
    const extracted = await callApi<{ text: string }>(
      julie,
      'GET',
      `/api/vault/documents/${documentId}/versions/${detail.currentVersion.id}/text`,
    );
    expect(extracted.text).toContain('SCCV LES TILLEULS');
    const found = await callApi<VaultDocumentList>(
      paul,
      'GET',
      `/api/deals/${dealId}/vault/documents?q=greffe du tribunal`,
    );
    expect(found.documents.map((d) => d.id)).toEqual([documentId]);
  });

  it('searches the deal by file name and category', async () => {
    const byName = await callApi<VaultDocumentList>(
      paul,
      'GET',
      `/api/deals/${dealId}/vault/documents?q=GRILLE`,
    );
    expect(byName.documents.map((d) => d.title)).toEqual(['grille-prix-v2.csv']);
    const byCategory = await callApi<VaultDocumentList>(
      paul,
      'GET',
      `/api/deals/${dealId}/vault/documents?category=statuts`,
    );
    expect(byCategory.documents.map((d) => d.title)).toEqual(['statuts.txt']);
  });
});

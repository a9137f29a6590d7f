import fs from 'node:fs';
import path from 'node:path';
import { LIMITS, type VaultDocumentList } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, callApi } from './support/api-session';
import { buildDocx, buildSimpleDocx } from './support/build-zip';
import { JULIE, KARIM, LUCAS, PAUL, TERRASSES, TILLEULS } from './support/fixtures';
import { createUpload, errorCodeOf, patchUpload, uploadFile } from './support/tus-client';
import { getAs, startVaultWorld, type VaultWorld } from './support/vault-server';

let world: VaultWorld;
let julie: ApiSession;
let lucas: ApiSession;
let paul: ApiSession;
let karim: ApiSession;
let dealId: string;

beforeAll(async () => {
  world = await startVaultWorld('deedroom-vault-bad-');
  julie = await world.logIn(JULIE);
  lucas = await world.logIn(LUCAS);
  paul = await world.logIn(PAUL);
  karim = await world.logIn(KARIM);
  dealId = await world.dealIdOf(julie, TILLEULS);
});
afterAll(async () => {
  await world?.close();
});

async function documentsOf(session: ApiSession): Promise<VaultDocumentList['documents']> {
  return (await callApi<VaultDocumentList>(session, 'GET', `/api/deals/${dealId}/vault/documents`)).documents;
}

/** Files under a data folder (recursively); refusals must leave none behind. */
function filesUnder(folder: string): string[] {
  const root = path.join(world.dataDir, folder);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

/** Creates the upload and sends the whole file; returns the final status and error code. */
async function sendWhole(
  session: ApiSession,
  bytes: Uint8Array,
  metadata: Record<string, string>,
): Promise<{ status: number; code: string | undefined }> {
  const created = await createUpload(session, bytes.length, metadata);
  if (created.status !== 201 || !created.url)
    return { status: created.status, code: errorCodeOf(created.body) };
  const patched = await patchUpload(session, created.url, 0, bytes);
  return { status: patched.status, code: errorCodeOf(patched.body) };
}

describe('the vault refuses bad input with a clear error and keeps nothing', () => {
  it('refuses an executable renamed .pdf, from its content', async () => {
    const exe = Buffer.alloc(4096);
    exe.write('MZ');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    const result = await sendWhole(julie, exe, { dealId, filename: 'facture.pdf' });
    expect(result).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('refuses content outside the allow-list (a plain ZIP) and binary noise', async () => {
    const zip = buildDocx(Buffer.from('x')).subarray(0); // then break the DOCX marker:
    const plainZip = Buffer.from(
      zip.toString('latin1').replace('[Content_Types].xml', '[Content_Typez].xml'),
      'latin1',
    );
    expect(await sendWhole(julie, plainZip, { dealId, filename: 'archive.zip' })).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
    expect((await sendWhole(julie, noise, { dealId, filename: 'bruit.bin' })).status).toBe(415);
  });

  it('refuses a DOCX decompression bomb without decompressing it', async () => {
    const bomb = buildDocx(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await sendWhole(julie, bomb, { dealId, filename: 'rapport.docx' })).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    // An ordinary DOCX goes through.
    const fine = await uploadFile(julie, buildSimpleDocx('Notice descriptive'), {
      dealId,
      filename: 'notice.docx',
    });
    expect(fine.documentId).toBeTruthy();
  });

  it('refuses empty files, names with paths, control characters or 5,000 characters, and missing names', async () => {
    const bytes = Buffer.from('contenu\n');
    const cases: Array<[number, Record<string, string>]> = [
      [0, { dealId, filename: 'vide.txt' }],
      [bytes.length, { dealId, filename: '../../etc/passwd' }],
      [bytes.length, { dealId, filename: '..\\windows\\system.ini' }],
      [bytes.length, { dealId, filename: 'rapport\u0007\u001b[31m.txt' }],
      [bytes.length, { dealId, filename: 'facture\u202Efdp.exe' }],
      [bytes.length, { dealId, filename: `${'a'.repeat(5_000)}.pdf` }],
      [bytes.length, { dealId, filename: '   ' }],
      [bytes.length, { dealId }],
    ];
    for (const [length, metadata] of cases) {
      const created = await createUpload(julie, length, metadata);
      expect([created.status, errorCodeOf(created.body)], JSON.stringify(metadata).slice(0, 80)).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
      expect(created.url).toBeUndefined();
    }
  });

  it('refuses an upload past the size limit before any byte, and a client sending more than announced', async () => {
    const tooBig = await createUpload(julie, LIMITS.vaultMaxFileBytes + 1, { dealId, filename: 'scan.pdf' });
    expect(tooBig.status).toBe(413);
    expect(errorCodeOf(tooBig.body)).toBe('PAYLOAD_TOO_LARGE');

    const announced = Buffer.from('%PDF-1.7\n'.padEnd(100, 'x'));
    const created = await createUpload(julie, announced.length, { dealId, filename: 'court.pdf' });
    expect(created.status).toBe(201);
    const more = await patchUpload(julie, created.url ?? '', 0, Buffer.concat([announced, announced]));
    expect(more.status).toBe(413);
    expect(errorCodeOf(more.body)).toBe('PAYLOAD_TOO_LARGE');
    expect((await documentsOf(julie)).some((d) => d.title === 'court.pdf')).toBe(false);
    await fetch(created.url ?? '', {
      method: 'DELETE',
      headers: { 'Tus-Resumable': '1.0.0', cookie: julie.cookie, 'x-csrf-token': julie.csrfToken },
    });
  });

  it('stores concurrent uploads of the same file once', async () => {
    const bytes = Buffer.from(`%PDF-1.7\n${'Attestation dommages-ouvrage '.repeat(20_000)}`);
    const results = await Promise.all(
      [1, 2, 3].map(() => uploadFile(julie, bytes, { dealId, filename: 'attestation-do.pdf' })),
    );
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    expect((await documentsOf(julie)).filter((d) => d.title === 'attestation-do.pdf')).toHaveLength(1);
    const again = await uploadFile(lucas, bytes, { dealId, filename: 'copie.pdf' });
    expect(again.documentId).toBe(results[0]?.documentId);
  });

  it('answers 404 to an upload into a foreign deal and to a foreign document', async () => {
    const foreign = await createUpload(karim, 10, { dealId, filename: 'intrus.txt' });
    expect([foreign.status, errorCodeOf(foreign.body)]).toEqual([404, 'NOT_FOUND']);

    const { documentId } = await uploadFile(julie, Buffer.from('Promesse de vente du terrain\n'), {
      dealId,
      filename: 'promesse.txt',
    });
    const detail = await getAs(julie, `/api/vault/documents/${documentId}`);
    const { currentVersion } = (await detail.json()) as { currentVersion: { id: string } };
    for (const urlPath of [
      `/api/vault/documents/${documentId}`,
      `/api/vault/documents/${documentId}/versions/${currentVersion.id}/content`,
      `/api/vault/documents/${documentId}/versions/${currentVersion.id}/text`,
      `/api/deals/${dealId}/vault/documents`,
    ]) {
      expect((await getAs(karim, urlPath)).status, urlPath).toBe(404);
    }
    // A new version of it, from the rival developer's own deal, is refused the same way.
    const terrasses = await world.dealIdOf(karim, TERRASSES);
    const version = await createUpload(karim, 10, { dealId: terrasses, filename: 'v2.txt', documentId });
    expect(version.status).toBe(404);
  });

  it('keeps internal documents to the uploading organisation', async () => {
    const { documentId } = await uploadFile(julie, Buffer.from('Bilan promoteur — hypothèses internes\n'), {
      dealId,
      filename: 'bilan-interne.txt',
      visibility: 'internal',
    });
    expect((await documentsOf(lucas)).some((d) => d.id === documentId)).toBe(true);
    expect((await documentsOf(paul)).some((d) => d.id === documentId)).toBe(false);
    expect((await getAs(paul, `/api/vault/documents/${documentId}`)).status).toBe(404);
    const search = await callApi<VaultDocumentList>(
      paul,
      'GET',
      `/api/deals/${dealId}/vault/documents?q=interne`,
    );
    expect(search.documents).toEqual([]);
  });

  it('leaves no refused file on disk: one blob per stored version, no finished upload left', async () => {
    const docs = await documentsOf(julie);
    const versions = docs.reduce((n, d) => n + d.versionCount, 0);
    // Julie sees every document stored in this file (none internal to another organisation).
    expect(filesUnder('blobs')).toHaveLength(versions);
    expect(filesUnder('uploads')).toEqual([]);
  });
});

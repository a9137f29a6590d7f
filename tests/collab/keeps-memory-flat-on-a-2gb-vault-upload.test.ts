import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VaultDocumentDetail } from '@deedroom/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiSession, callApi, logIn } from './support/api-session';
import { JULIE, PASSWORD, TILLEULS } from './support/fixtures';
import { findFreePort, type ServerProcess, startServerProcess } from './support/server-process';
import { createUpload, patchUpload } from './support/tus-client';

const TOTAL_BYTES = 2 * 1024 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const MAX_RSS_GROWTH_BYTES = 200 * 1024 * 1024;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-vault-2gb-'));
let server: ServerProcess;
let julie: ApiSession;

beforeAll(async () => {
  server = await startServerProcess(await findFreePort(), {
    DEEDROOM_DATA_DIR: dataDir,
    DEEDROOM_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
  });
  julie = await logIn(server.url, JULIE, PASSWORD);
});
afterAll(async () => {
  await server?.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** 2 GiB produced chunk by chunk (a PDF header, then counter-stamped filler), hashed as it goes. */
function generatedFile(hash: ReturnType<typeof createHash>): ReadableStream<Uint8Array> {
  let sent = 0;
  let n = 0;
  const filler = Buffer.alloc(CHUNK_BYTES, 'Plan de masse — permis de construire. ');
  return new ReadableStream<Uint8Array>(
    {
      pull(stream) {
        if (sent >= TOTAL_BYTES) {
          stream.close();
          return;
        }
        const chunk = Buffer.from(filler);
        if (n === 0) chunk.write('%PDF-1.7\n');
        chunk.writeUInt32LE(n, CHUNK_BYTES - 4);
        n += 1;
        sent += chunk.length;
        hash.update(chunk);
        stream.enqueue(chunk);
      },
    },
    { highWaterMark: 4 },
  );
}

it('streams a 2 GB upload to disk and back with the server’s memory flat, and stores its SHA-256', async () => {
  const { deals } = await callApi<{ deals: Array<{ id: string; name: string }> }>(julie, 'GET', '/api/deals');
  const dealId = deals.find((d) => d.name === TILLEULS)?.id ?? '';
  // Warm the server up (routes, database, tus) before taking the baseline.
  const warm = await createUpload(julie, 16, { dealId, filename: 'echauffement.txt' });
  await patchUpload(julie, warm.url ?? '', 0, Buffer.from('echauffement ok\n'));
  const baseline = server.rssBytes();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, server.rssBytes());
  }, 100);
  const started = performance.now();
  const hash = createHash('sha256');
  try {
    const created = await createUpload(julie, TOTAL_BYTES, { dealId, filename: 'plans-2go.pdf' });
    expect(created.status).toBe(201);
    const patched = await patchUpload(julie, created.url ?? '', 0, generatedFile(hash));
    expect(patched.status, patched.body).toBe(204);
    expect(patched.offset).toBe(TOTAL_BYTES);
    const seconds = (performance.now() - started) / 1000;
    const growth = peak - baseline;
    console.log(
      `2 GiB vault upload: ${seconds.toFixed(1)} s (${(TOTAL_BYTES / 1024 / 1024 / seconds).toFixed(0)} MiB/s incl. hashing), ` +
        `server RSS ${(baseline / 1024 / 1024).toFixed(0)} MiB -> peak ${(peak / 1024 / 1024).toFixed(0)} MiB ` +
        `(growth ${(growth / 1024 / 1024).toFixed(1)} MiB)`,
    );
    expect(growth).toBeLessThan(MAX_RSS_GROWTH_BYTES);
    const detail = await callApi<VaultDocumentDetail>(
      julie,
      'GET',
      `/api/vault/documents/${patched.documentId}`,
    );
    const sourceSha = hash.digest('hex');
    expect(detail.currentVersion).toMatchObject({
      size: TOTAL_BYTES,
      sha256: sourceSha,
      mediaType: 'application/pdf',
    });

    // The download streams too: read it back, hashing as it comes.
    const downloadBaseline = server.rssBytes();
    peak = downloadBaseline;
    const res = await fetch(
      `${server.url}/api/vault/documents/${detail.id}/versions/${detail.currentVersion.id}/content`,
      { headers: { cookie: julie.cookie } },
    );
    expect(res.status).toBe(200);
    const downloaded = createHash('sha256');
    let received = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      downloaded.update(chunk);
      received += chunk.byteLength;
    }
    const downloadGrowth = peak - downloadBaseline;
    console.log(`2 GiB vault download: server RSS growth ${(downloadGrowth / 1024 / 1024).toFixed(1)} MiB`);
    expect(received).toBe(TOTAL_BYTES);
    expect(downloaded.digest('hex')).toBe(sourceSha);
    expect(downloadGrowth).toBeLessThan(MAX_RSS_GROWTH_BYTES);
  } finally {
    clearInterval(sampler);
  }
}, 180_000);

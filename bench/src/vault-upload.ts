/**
 * What the vault's resumable uploads cost against the disk's own limit: one 1 GiB file sent
 * through tus to the real server (one PATCH, as tus-js-client does without `chunkSize`; the time
 * includes the server's SHA-256 pass, content sniffing and the move into the blob store), next to
 * plain copies of the same bytes on the same disk (`copyFile`, and a read-stream → write-stream copy).
 * The client runs in a worker thread of this process; both share the machine's cores.
 *
 *   pnpm bench:vault            (BENCH_VAULT_MIB=256 for a quicker run)
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { createLogger, DEMO_USERS, loadConfig, startServer } from '@deedroom/api';
import { CSRF_HEADER } from '@deedroom/shared';

const MIB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_VAULT_MIB ?? 1024) * MIB;
const RUNS = 3;
const PASSWORD = 'bench-vault-password-2026';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-bench-vault-'));
const source = path.join(workDir, 'source.pdf');

async function writeSource(): Promise<void> {
  const chunk = Buffer.alloc(MIB, 'Plan de masse — permis de construire. ');
  chunk.write('%PDF-1.7\n');
  async function* chunks() {
    for (let n = 0; n < SIZE / MIB; n += 1) {
      const copy = Buffer.from(chunk);
      copy.writeUInt32LE(n, MIB - 4);
      yield copy;
    }
  }
  await pipeline(Readable.from(chunks()), fs.createWriteStream(source));
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

function rate(seconds: number): string {
  return `${(SIZE / MIB / seconds).toFixed(0).padStart(5)} MiB/s  (${seconds.toFixed(2)} s)`;
}

/**
 * The tus client runs in a worker thread, so the server's event loop is not shared with it (the
 * two still share the machine's cores). Plain JavaScript: POST creation, then one streamed PATCH.
 */
const CLIENT_SOURCE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const fs = require('node:fs');
const { Readable } = require('node:stream');
(async () => {
  const started = performance.now();
  const created = await fetch(w.baseUrl + '/api/vault/uploads', {
    method: 'POST',
    headers: { ...w.headers, 'Upload-Length': String(w.size), 'Upload-Metadata': w.metadata },
  });
  const location = created.headers.get('location');
  if (created.status !== 201 || !location) throw new Error('create: ' + created.status + ' ' + (await created.text()));
  const patched = await fetch(new URL(location, w.baseUrl), {
    method: 'PATCH',
    headers: { ...w.headers, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
    body: Readable.toWeb(fs.createReadStream(w.source, { highWaterMark: 1024 * 1024 })),
    duplex: 'half',
  });
  if (patched.status !== 204) throw new Error('patch: ' + patched.status + ' ' + (await patched.text()));
  parentPort.postMessage((performance.now() - started) / 1000);
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

interface UploadJob {
  baseUrl: string;
  headers: Record<string, string>;
  source: string;
  size: number;
  metadata: string;
}

function uploadInWorker(job: UploadJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT_SOURCE, { eval: true, workerData: job });
    worker.once('message', (message: number | { error: string }) => {
      void worker.terminate();
      if (typeof message === 'number') resolve(message);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  await writeSource();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DEEDROOM_DATA_DIR: path.join(workDir, 'data'),
    DEEDROOM_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'silent',
  });
  const server = await startServer({ config, logger: createLogger('silent') });
  try {
    const developer = DEMO_USERS.find((u) => u.roles.tilleuls === 'developer_lead');
    if (!developer) throw new Error('no demo developer');
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: developer.email, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'Tus-Resumable': '1.0.0', cookie, [CSRF_HEADER]: csrfToken };
    const deals = (await (await fetch(`${server.url}/api/deals`, { headers: { cookie } })).json()) as {
      deals: Array<{ id: string; name: string }>;
    };
    const dealId = deals.deals[0]?.id ?? '';

    const copyFile: number[] = [];
    const streamCopy: number[] = [];
    const tus: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const target = path.join(workDir, `copy-${run}.pdf`);
      copyFile.push(await timed(() => fsp.copyFile(source, target)));
      await fsp.rm(target);
      streamCopy.push(await timed(() => pipeline(fs.createReadStream(source), fs.createWriteStream(target))));
      await fsp.rm(target);
      // Each run stamps its last bytes so the vault stores it (identical files are deduplicated).
      const handle = await fsp.open(source, 'r+');
      await handle.write(Buffer.from(`run ${run}`), 0, undefined, SIZE - 16);
      await handle.close();
      tus.push(
        await uploadInWorker({
          baseUrl: server.url,
          headers,
          source,
          size: SIZE,
          metadata: `dealId ${Buffer.from(dealId).toString('base64')},filename ${Buffer.from(`plans-${run}.pdf`).toString('base64')}`,
        }),
      );
    }
    console.log(
      `Vault upload throughput, ${SIZE / MIB} MiB file, median of ${RUNS} runs (${os.cpus().length} cores)`,
    );
    console.log(`  plain copy (fs.copyFile)          ${rate(median(copyFile))}`);
    console.log(`  plain copy (read → write streams) ${rate(median(streamCopy))}`);
    console.log(
      `  tus upload to the vault           ${rate(median(tus))}   incl. SHA-256, sniffing, blob store`,
    );
    console.log(
      `  tus / stream copy: ${((median(streamCopy) / median(tus)) * 100).toFixed(0)}% of the disk copy's throughput`,
    );
  } finally {
    await server.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();

/**
 * What the vault's resumable uploads cost against the disk's own limit: one 1 GiB file sent
 * through tus to the real server (one PATCH, as tus-js-client does without `chunkSize`; the time
 * includes the server's SHA-256 pass, content sniffing and the move into the blob store), next to
 * plain copies of the same bytes on the same disk (`copyFile`, and a read-stream → write-stream copy).
 * Server and client share this process (and the machine's cores).
 *
 *   pnpm bench:vault            (BENCH_VAULT_MIB=256 for a quicker run)
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
        await timed(async () => {
          const created = await fetch(`${server.url}/api/vault/uploads`, {
            method: 'POST',
            headers: {
              ...headers,
              'Upload-Length': String(SIZE),
              'Upload-Metadata': `dealId ${Buffer.from(dealId).toString('base64')},filename ${Buffer.from(`plans-${run}.pdf`).toString('base64')}`,
            },
          });
          const location = created.headers.get('location');
          if (created.status !== 201 || !location)
            throw new Error(`create: ${created.status} ${await created.text()}`);
          const patched = await fetch(new URL(location, server.url), {
            method: 'PATCH',
            headers: { ...headers, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
            body: Readable.toWeb(fs.createReadStream(source, { highWaterMark: MIB })) as ReadableStream,
            duplex: 'half',
          } as RequestInit);
          if (patched.status !== 204) throw new Error(`patch: ${patched.status} ${await patched.text()}`);
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

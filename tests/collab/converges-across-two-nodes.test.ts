import { createHash, randomBytes } from 'node:crypto';
import { COLLAB_CLOSE } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type ApiSession, callApi, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { type Cluster, startCluster } from './support/cluster';
import { JULIE, MARIE, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { openProvider, type ProviderClient } from './support/open-provider';
import { createUpload, headOffset, patchUpload } from './support/tus-client';

/**
 * The scale-out mode: two nodes on one PostgreSQL and one Redis, clients spread over both. They
 * converge to the same text, through a node being killed and restarted; a permission change
 * made through one node reaches the sockets held by the other; an upload begun on one node
 * resumes on the other.
 */
let cluster: Cluster;
let paul: ApiSession;
let julie: ApiSession;
let deedId = '';
const clients: ProviderClient[] = [];

function items(doc: Y.Doc): string[] {
  return doc.getArray<string>('cluster-test').toArray();
}

function open(nodeIndex: number, token: string): ProviderClient {
  const client = openProvider(cluster.nodes[nodeIndex]?.server.url ?? '', deedId, token);
  clients.push(client);
  return client;
}

async function typeItems(client: ProviderClient, prefix: string, count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    client.doc.getArray<string>('cluster-test').push([`${prefix}-${n}`]);
    if (n % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
  }
}

beforeAll(async () => {
  cluster = await startCluster(2);
  const [a, b] = cluster.nodes;
  paul = await logIn(a?.server.url ?? '', PAUL, PASSWORD);
  // A session opened on node B is honoured by node A: sessions live in the database.
  julie = await logIn(b?.server.url ?? '', JULIE, PASSWORD);
  deedId = await findDeedId(paul, TILLEULS);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await cluster?.close();
});

describe('two nodes on one PostgreSQL and one Redis', () => {
  it('reports both stores ready on every node', async () => {
    for (const node of cluster.nodes) {
      const health = (await (await fetch(`${node.server.url}/api/health`)).json()) as { store: string };
      expect(health.store).toBe('postgres');
      const ready = await fetch(`${node.server.url}/api/ready`);
      const body = (await ready.json()) as { checks: Array<{ name: string; ok: boolean }> };
      expect(ready.status).toBe(200);
      expect(body.checks.map((c) => c.name).sort()).toEqual(['blobs', 'database', 'redis']);
    }
  });

  it('converges clients spread over both nodes to identical content', async () => {
    const [paulToken, julieToken] = await Promise.all([
      issueCollabToken(paul, deedId),
      issueCollabToken(julie, deedId),
    ]);
    const writers = [open(0, paulToken), open(1, julieToken), open(0, julieToken), open(1, paulToken)];
    await Promise.all(writers.map((w) => w.waitForSync()));
    await Promise.all(writers.map((w, i) => typeItems(w, `spread-w${i}`, 150)));
    await expect
      .poll(() => writers.map((w) => items(w.doc).filter((x) => x.startsWith('spread-')).length), {
        timeout: 30_000,
      })
      .toEqual([600, 600, 600, 600]);
    const reference = JSON.stringify(items(writers[0]?.doc as Y.Doc));
    for (const w of writers) expect(JSON.stringify(items(w.doc))).toBe(reference);

    // A latecomer on either node loads the same state from the store.
    const late = open(1, paulToken);
    await late.waitForSync();
    expect(JSON.stringify(items(late.doc))).toBe(reference);
  });

  it('loses nothing acknowledged when a node is killed mid-typing and restarted', async () => {
    const [a, b] = cluster.nodes;
    if (!a || !b) throw new Error('two nodes expected');
    const token = await issueCollabToken(paul, deedId);
    // The observer on node A records everything broadcast to it: committed, so acknowledged.
    const observer = open(0, token);
    const onA = open(0, token);
    const onB = open(1, token);
    await Promise.all([observer, onA, onB].map((c) => c.waitForSync()));
    const seen = new Set<string>();
    observer.doc.getArray<string>('cluster-test').observe((event) => {
      for (const item of event.changes.delta.flatMap((d) => (d.insert as string[] | undefined) ?? []))
        seen.add(item);
    });

    let isWriting = true;
    const writing = [onA, onB].map(async (client, w) => {
      for (let n = 0; isWriting; n += 1) {
        client.doc.getArray<string>('cluster-test').push([`kill-w${w}-${n}`]);
        // 50 updates/s: under the per-socket rate limit.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await expect.poll(() => seen.size, { timeout: 20_000 }).toBeGreaterThan(40);
    await b.server.kill('SIGKILL');
    // Node A keeps serving its own clients while B is down.
    const before = seen.size;
    await expect.poll(() => seen.size, { timeout: 20_000 }).toBeGreaterThan(before + 20);
    await b.restart();
    await expect.poll(() => onB.provider.wsconnected, { timeout: 20_000 }).toBe(true);
    // Typing goes on through the restarted node until the observer on A has seen some of it.
    const typedOnB = () => [...seen].filter((item) => item.startsWith('kill-w1-')).length;
    const onBBefore = typedOnB();
    await expect.poll(typedOnB, { timeout: 20_000 }).toBeGreaterThan(onBBefore + 10);
    isWriting = false;
    await Promise.all(writing);

    const checker = open(1, token);
    await checker.waitForSync();
    await expect
      .poll(
        () => {
          const present = new Set(items(checker.doc));
          return [...seen].filter((item) => !present.has(item)).length;
        },
        { timeout: 20_000 },
      )
      .toBe(0);
    // Every client ends on the same text, including the one whose node was killed.
    await expect
      .poll(() => new Set([observer, onA, onB, checker].map((c) => JSON.stringify(items(c.doc)))).size, {
        timeout: 20_000,
      })
      .toBe(1);
    expect(items(checker.doc).filter((x) => x.startsWith('kill-w1-')).length).toBeGreaterThan(0);
  });

  it('closes a socket on node B when the person is removed from the deal through node A', async () => {
    const [a, b] = cluster.nodes;
    const marie = await logIn(a?.server.url ?? '', MARIE, PASSWORD);
    const socket = open(1, await issueCollabToken(julie, deedId));
    await socket.waitForSync();
    const dealId = (
      await callApi<{ deals: Array<{ id: string; name: string }> }>(marie, 'GET', '/api/deals')
    ).deals.find((d) => d.name === TILLEULS)?.id;
    await callApi(marie, 'DELETE', `/api/deals/${dealId}/staff/${julie.userId}`);
    await expect.poll(() => socket.closeCodes[0], { timeout: 10_000 }).toBe(COLLAB_CLOSE.FORBIDDEN);
    // 44xx codes are final for the stock client; a deliberate reconnection to node B is refused.
    socket.provider.connect();
    await expect.poll(() => socket.closeCodes[1], { timeout: 10_000 }).toBe(COLLAB_CLOSE.NOT_FOUND);
    expect(b?.server.child.exitCode).toBeNull();
  });

  it('resumes on node B a vault upload begun on node A, and serves it from either', async () => {
    const [a, b] = cluster.nodes;
    const onA = { ...paul, baseUrl: a?.server.url ?? '' };
    const onB = { ...paul, baseUrl: b?.server.url ?? '' };
    const dealId = (
      await callApi<{ deals: Array<{ id: string; name: string }> }>(onA, 'GET', '/api/deals')
    ).deals.find((d) => d.name === TILLEULS)?.id;
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * 1024 * 1024)]);
    const created = await createUpload(onA, bytes.length, {
      dealId: dealId ?? '',
      filename: 'plans-masse.pdf',
    });
    expect(created.status).toBe(201);
    const urlOnA = created.url ?? '';
    const half = Math.floor(bytes.length / 2);
    expect((await patchUpload(onA, urlOnA, 0, bytes.subarray(0, half))).offset).toBe(half);

    // The same upload, asked of the other node: its state is in the shared folder.
    const urlOnB = urlOnA.replace(onA.baseUrl, onB.baseUrl);
    expect(await headOffset(onB, urlOnB)).toEqual({ status: 200, offset: half });
    const rest = await patchUpload(onB, urlOnB, half, bytes.subarray(half));
    expect(rest.status).toBe(204);

    const detail = await callApi<{ versions: Array<{ id: string }> }>(
      onA,
      'GET',
      `/api/vault/documents/${rest.documentId}`,
    );
    const versionId = detail.versions[0]?.id;
    const download = await fetch(
      `${onA.baseUrl}/api/vault/documents/${rest.documentId}/versions/${versionId}/content`,
      { headers: { cookie: onA.cookie } },
    );
    expect(download.status).toBe(200);
    const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
  });
});

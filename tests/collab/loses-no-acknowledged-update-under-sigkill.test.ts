import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type ApiSession, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { createRandom } from './support/create-random';
import { JULIE, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { openProvider, type ProviderClient } from './support/open-provider';
import { findFreePort, type ServerProcess, startServerProcess } from './support/server-process';

/**
 * Property 1: no acknowledged edit is ever lost. A real server runs in a child process; three
 * writers append items while an observer records every item the server broadcast to it (the
 * server broadcasts only after the store committed). The server is killed with SIGKILL at a
 * random moment, over and over, with compaction set to run every few updates; after each restart
 * every item the observer ever saw must still be in the deed.
 */
const KILLS = 22;
const WRITERS = 3;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-crash-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function itemsOf(doc: Y.Doc): string[] {
  return doc.getArray<string>('crash-test').toArray();
}

describe('crash safety', () => {
  it(`keeps every broadcast update across ${KILLS} SIGKILLs during edits and compaction`, async () => {
    const port = await findFreePort();
    const env = {
      DEEDROOM_DATA_DIR: dataDir,
      DEEDROOM_DEMO_PASSWORD: PASSWORD,
      DEEDROOM_COLLAB_COMPACT_EVERY: '8',
      LOG_LEVEL: 'debug',
    };
    const random = createRandom(20261127);
    const seen = new Set<string>();
    let killsDuringCompaction = 0;
    let compactions = 0;
    let sessions: ApiSession[] = [];
    let tokens: string[] = [];
    let deedId = '';

    for (let round = 0; round < KILLS; round += 1) {
      server = await startServerProcess(port, env);
      if (round === 0) {
        // Sessions and tokens live in the store: they survive every restart.
        sessions = [await logIn(server.url, PAUL, PASSWORD), await logIn(server.url, JULIE, PASSWORD)];
        deedId = await findDeedId(sessions[0] as ApiSession, TILLEULS);
        tokens = await Promise.all(sessions.map((s) => issueCollabToken(s, deedId)));
      }
      const observer = openProvider(server.url, deedId, tokens[0] ?? '');
      const writers = Array.from({ length: WRITERS }, (_, i) =>
        openProvider(server?.url ?? '', deedId, tokens[i % 2] ?? ''),
      );
      const clients: ProviderClient[] = [observer, ...writers];
      await Promise.all(clients.map((c) => c.waitForSync()));
      for (const item of itemsOf(observer.doc)) seen.add(item);
      observer.doc.getArray<string>('crash-test').observe((event) => {
        for (const item of event.changes.delta.flatMap((d) => (d.insert as string[] | undefined) ?? []))
          seen.add(item);
      });

      let isWriting = true;
      const writing = writers.map(async (writer, w) => {
        for (let n = 0; isWriting && n < 5000; n += 1) {
          writer.doc.getArray<string>('crash-test').push([`r${round}-w${w}-${n}`]);
          await new Promise((resolve) => setTimeout(resolve, 1 + Math.floor(random() * 4)));
        }
      });
      // Let edits flow for a random while, then pull the plug.
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(random() * 600)));
      const compactionLogs = server.logs.filter(
        (l) => l.msg === 'compaction started' || l.msg === 'compaction finished',
      );
      await server.kill('SIGKILL');
      if (compactionLogs.at(-1)?.msg === 'compaction started') killsDuringCompaction += 1;
      compactions += compactionLogs.filter((l) => l.msg === 'compaction finished').length;
      isWriting = false;
      for (const c of clients) c.destroy();
      await Promise.all(writing);
    }

    server = await startServerProcess(port, env);
    const checker = openProvider(server.url, deedId, tokens[0] ?? '');
    await checker.waitForSync();
    const present = new Set(itemsOf(checker.doc));
    checker.destroy();
    const lost = [...seen].filter((item) => !present.has(item));
    process.stdout.write(
      `crash test: ${KILLS} SIGKILLs (${killsDuringCompaction} during a compaction, ${compactions} compactions completed), ` +
        `${seen.size} updates broadcast to the observer, ${present.size} in the deed after restart, ${lost.length} lost\n`,
    );
    expect(seen.size).toBeGreaterThan(KILLS * 20);
    expect(lost).toEqual([]);
    expect(compactions).toBeGreaterThan(KILLS);
  }, 300_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findDeedId, issueCollabToken, logIn } from './support/api-session';
import { createRandom } from './support/create-random';
import { appendParagraph, bodyOf } from './support/deed-text';
import { PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { varint } from './support/frames';
import { openProvider } from './support/open-provider';
import { openRawSocket } from './support/raw-socket';
import { findFreePort, type ServerProcess, startServerProcess } from './support/server-process';

/**
 * Property 4 on the socket: thousands of random and mutated protocol messages against a live
 * server (in a child process, so its memory can be read) while a well-behaved client keeps
 * editing. Hostile sockets are closed with a clear code; the good client never notices.
 */
const MESSAGES = 4000;
const PER_SOCKET = 5;
const PARALLEL = 16;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-fuzz-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function makeHostileMessage(random: () => number, validUpdate: Uint8Array): Uint8Array | string {
  const bytes = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 256));
  const mutated = () => {
    const copy = Uint8Array.from(validUpdate);
    for (let i = 0; i < 1 + Math.floor(random() * 6); i += 1)
      copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    return [...copy].slice(0, Math.max(1, Math.floor(copy.length * (0.5 + random() / 2))));
  };
  switch (Math.floor(random() * 10)) {
    case 0:
      return Uint8Array.from(bytes(Math.floor(random() * 64)));
    case 1:
      return Uint8Array.from([0, 0x80, 0x80, 0x80]); // truncated varint
    case 2:
      return Uint8Array.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, ...bytes(8)]); // huge length
    case 3: {
      const garbage = bytes(1 + Math.floor(random() * 200));
      return Uint8Array.from([0, 2, ...varint(garbage.length), ...garbage]); // garbage update
    }
    case 4: {
      const update = mutated();
      return Uint8Array.from([0, random() < 0.5 ? 1 : 2, ...varint(update.length), ...update]); // mutated update
    }
    case 5: {
      const garbage = bytes(1 + Math.floor(random() * 100));
      return Uint8Array.from([1, ...varint(garbage.length), ...garbage]); // garbage awareness
    }
    case 6: {
      const garbage = bytes(1 + Math.floor(random() * 40));
      return Uint8Array.from([0, 0, ...varint(garbage.length), ...garbage]); // garbage state vector
    }
    case 7:
      return 'not a binary frame';
    case 8:
      return Uint8Array.from([0, 2, ...varint(validUpdate.length + 50), ...validUpdate]); // lying length
    default:
      return Uint8Array.from([Math.floor(random() * 16), ...bytes(Math.floor(random() * 16))]);
  }
}

describe('fuzzing the collaboration socket', () => {
  it(`keeps serving a well-behaved client through ${MESSAGES} hostile messages, with bounded memory`, async () => {
    server = await startServerProcess(await findFreePort(), {
      DEEDROOM_DATA_DIR: dataDir,
      DEEDROOM_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
    });
    const paul = await logIn(server.url, PAUL, PASSWORD);
    const deedId = await findDeedId(paul, TILLEULS);
    const gfaId = await findDeedId(paul, TILLEULS, 'gfa');
    const writer = openProvider(server.url, deedId, await issueCollabToken(paul, deedId));
    const reader = openProvider(server.url, deedId, await issueCollabToken(paul, deedId));
    await Promise.all([writer.waitForSync(), reader.waitForSync()]);
    const rssBefore = server.rssBytes();

    const sample = new Y.Doc();
    appendParagraph(sample, 'Article 12 – Cas d’exigibilité anticipée');
    const validUpdate = Y.encodeStateAsUpdate(sample);
    const random = createRandom(42);
    const tokens = {
      [deedId]: await issueCollabToken(paul, deedId),
      [gfaId]: await issueCollabToken(paul, gfaId),
    };
    const closeCodes = new Map<number, number>();
    let sent = 0;
    let markers = 0;

    const fuzzOneSocket = async () => {
      // Mutated but well-framed updates go to the GFA deed; framing garbage to the deed being edited.
      const target = random() < 0.5 ? gfaId : deedId;
      const socket = openRawSocket(server?.url ?? '', target, tokens[target] ?? null);
      await Promise.race([socket.opened, socket.closed]);
      for (let i = 0; i < PER_SOCKET && socket.ws.readyState === socket.ws.OPEN; i += 1) {
        socket.ws.send(makeHostileMessage(random, validUpdate));
        sent += 1;
      }
      // A socket that survived its messages is closed by us; either way we wait for the close.
      const timer = setTimeout(() => socket.ws.close(), 2000);
      const { code } = await socket.closed;
      clearTimeout(timer);
      closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
    };

    while (sent < MESSAGES) {
      await Promise.all(Array.from({ length: PARALLEL }, fuzzOneSocket));
      // The good client keeps working throughout: every marker arrives.
      markers += 1;
      appendParagraph(writer.doc, `marqueur-${markers}`);
      await expect.poll(() => bodyOf(reader.doc), { timeout: 5000 }).toContain(`marqueur-${markers}<`);
    }

    expect(bodyOf(reader.doc)).toBe(bodyOf(writer.doc));
    expect(writer.closeCodes).toEqual([]);
    expect(reader.closeCodes).toEqual([]);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const rssAfter = server.rssBytes();
    const summary = [...closeCodes.entries()]
      .sort(([a], [b]) => a - b)
      .map(([code, n]) => `${code}×${n}`)
      .join(' ');
    process.stdout.write(
      `fuzz: ${sent} hostile messages on ${[...closeCodes.values()].reduce((a, b) => a + b, 0)} sockets; ` +
        `close codes ${summary}; ${markers} good edits all delivered; RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB\n`,
    );
    expect(closeCodes.get(1011) ?? 0).toBe(0);
    expect(
      (closeCodes.get(4400) ?? 0) + (closeCodes.get(1002) ?? 0) + (closeCodes.get(1007) ?? 0),
    ).toBeGreaterThan(MESSAGES / PER_SOCKET / 2);
    expect(rssAfter - rssBefore).toBeLessThan(200 * 2 ** 20);
    writer.destroy();
    reader.destroy();
  }, 180_000);
});

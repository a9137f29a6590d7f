import { DEED_SIGNAL_MESSAGE } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, callApi, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { JULIE, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { openRawSocket, type RawSocket } from './support/raw-socket';

const ANNE = 'anne.dupuis@notaires-dupuis.example';
const INTERNAL_TEXT = 'Marge interne de la banque : 2,1 % au minimum';

let app: Awaited<ReturnType<typeof startApp>>;
let paul: ApiSession;
let deedId: string;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  app = await startApp();
  paul = await logIn(app.url, PAUL, PASSWORD);
  deedId = await findDeedId(paul, TILLEULS);
});
afterAll(async () => {
  for (const s of sockets) s.ws.close();
  await app?.dispose();
});

/** Reads a varint at `offset`; returns the value and the offset after it. */
function readVarUint(bytes: Uint8Array, offset: number): [number, number] {
  let value = 0;
  let shift = 0;
  let at = offset;
  for (;;) {
    const byte = bytes[at] ?? 0;
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The JSON payloads of the deed-signal frames (type 100) among everything a socket received. */
function readSignals(socket: RawSocket): Array<{ topic: string }> {
  return socket.messages.flatMap((frame) => {
    const [type, afterType] = readVarUint(frame, 0);
    if (type !== DEED_SIGNAL_MESSAGE) return [];
    const [length, start] = readVarUint(frame, afterType);
    return [JSON.parse(new TextDecoder().decode(frame.slice(start, start + length))) as { topic: string }];
  });
}

/** A raw socket on the deed, once the server has answered it (so it is registered in the room). */
async function connect(email: string): Promise<RawSocket> {
  const session = email === PAUL ? paul : await logIn(app.url, email, PASSWORD);
  const socket = openRawSocket(app.url, deedId, await issueCollabToken(session, deedId));
  sockets.push(socket);
  await socket.opened;
  await expect.poll(() => socket.messages.length).toBeGreaterThan(0);
  return socket;
}

function createThread(visibility: 'all' | 'internal', body: string) {
  return callApi(paul, 'POST', `/api/deeds/${deedId}/threads`, {
    anchor: { from: 'AAGd+5v8CQQ=', to: 'AAGd+5v8CRE=' },
    quote: 'le Prêteur consent',
    visibility,
    body,
  });
}

describe('deed signals for comments', () => {
  it('sends an internal bank thread’s signal to bank sockets only, never to the developer’s or the notary’s', async () => {
    const bank = await connect(PAUL);
    const developer = await connect(JULIE);
    const notary = await connect(ANNE);

    await createThread('internal', INTERNAL_TEXT);
    await expect.poll(() => readSignals(bank)).toEqual([{ topic: 'comments' }]);

    // An all-parties thread afterwards: once its signal has reached the others, anything sent
    // for the internal one would have reached them first (one socket delivers in order).
    await createThread('all', 'Question ouverte à toutes les parties');
    await expect.poll(() => readSignals(developer).length).toBe(1);
    await expect.poll(() => readSignals(notary).length).toBe(1);
    await expect.poll(() => readSignals(bank).length).toBe(2);

    for (const outsider of [developer, notary]) {
      expect(readSignals(outsider)).toEqual([{ topic: 'comments' }]);
      const everything = Buffer.concat(outsider.messages).toString('utf8');
      expect(everything).not.toContain('Marge interne');
      expect(outsider.ws.readyState).toBe(outsider.ws.OPEN);
    }
  });
});

import { COLLAB_CLOSE, COLLAB_LIMITS } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph } from './support/deed-text';
import { PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { syncFrame } from './support/frames';
import { openRawSocket } from './support/raw-socket';

let app: Awaited<ReturnType<typeof startApp>>;
let paul: ApiSession;
let deedId: string;

beforeAll(async () => {
  app = await startApp();
  paul = await logIn(app.url, PAUL, PASSWORD);
  deedId = await findDeedId(paul, TILLEULS);
});
afterAll(async () => {
  await app?.dispose();
});

describe('collaboration limits from shared/', () => {
  it(`closes a socket that sends a message over ${COLLAB_LIMITS.maxMessageBytes} bytes (1009)`, async () => {
    const socket = openRawSocket(app.url, deedId, await issueCollabToken(paul, deedId));
    await socket.opened;
    socket.ws.send(new Uint8Array(COLLAB_LIMITS.maxMessageBytes + 1));
    expect((await socket.closed).code).toBe(1009);
  });

  it('closes a socket that floods updates beyond the allowed rate (4429)', async () => {
    const socket = openRawSocket(app.url, deedId, await issueCollabToken(paul, deedId));
    await socket.opened;
    const doc = new Y.Doc();
    let previous = Y.encodeStateVector(doc);
    for (let i = 0; i < COLLAB_LIMITS.updateBurst + 50 && socket.ws.readyState === socket.ws.OPEN; i += 1) {
      appendParagraph(doc, `frappe ${i}`);
      socket.ws.send(syncFrame(2, Y.encodeStateAsUpdate(doc, previous)));
      previous = Y.encodeStateVector(doc);
    }
    expect((await socket.closed).code).toBe(COLLAB_CLOSE.RATE_LIMITED);
  });
});

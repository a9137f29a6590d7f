import { COLLAB_CLOSE } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startCollabOnly } from './support/in-memory-collab-server';

let server: Awaited<ReturnType<typeof startCollabOnly>>;
beforeAll(async () => {
  server = await startCollabOnly({ maxDocumentBytes: 64 * 1024 });
});
afterAll(async () => {
  await server?.close();
});

function connect(token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url}/collab`, 'deed1', doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const codes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) codes.push(event.code);
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, codes, synced };
}

describe('the document size limit', () => {
  it('closes a writer that grows the deed past the limit (4413) and keeps what fit', async () => {
    const writer = connect('writer');
    const reader = connect('reader');
    await Promise.all([writer.synced, reader.synced]);
    const text = writer.doc.getText('body');
    for (let i = 0; i < 10 && writer.codes.length === 0; i += 1) {
      text.insert(text.length, `${i}:${'x'.repeat(16 * 1024)}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect.poll(() => writer.codes[0]).toBe(COLLAB_CLOSE.TOO_LARGE);
    const received = reader.doc.getText('body').length;
    expect(received).toBeGreaterThan(16 * 1024);
    expect(received).toBeLessThan(64 * 1024);
    writer.provider.destroy();
    reader.provider.destroy();
  });
});

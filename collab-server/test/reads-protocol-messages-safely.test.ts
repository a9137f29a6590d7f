import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeAwarenessEntries, readAwarenessEntries } from '../src/protocol/awareness-entries';
import { encodeSyncStep2, encodeUpdate, readIncomingMessage } from '../src/protocol/messages';
import { MalformedMessageError } from '../src/protocol/safe-decoder';

function stockSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe('reading y-websocket messages', () => {
  it('reads what the stock y-protocols encoder writes', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Article 1');
    const message = readIncomingMessage(stockSyncStep1(doc));
    expect(message.kind).toBe('sync-step-1');
  });

  it('round-trips updates through our encoder', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Prêteur');
    const update = Y.encodeStateAsUpdate(doc);
    expect(readIncomingMessage(encodeUpdate(update))).toEqual({ kind: 'update', update });
    expect(readIncomingMessage(encodeSyncStep2(update))).toEqual({ kind: 'sync-step-2', update });
  });

  it.each([
    ['an empty message', []],
    ['an unknown type', [9]],
    ['an unknown sync step', [0, 7, 0]],
    ['a truncated varint', [0, 0x80]],
    ['a varint that never ends', [0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]],
    ['a length beyond the message', [0, 2, 0xff, 0xff, 0x03, 1, 2]],
    ['trailing bytes', [0, 2, 1, 5, 5]],
  ])('refuses %s', (_label, bytes) => {
    expect(() => readIncomingMessage(Uint8Array.from(bytes))).toThrow(MalformedMessageError);
  });
});

describe('reading awareness updates', () => {
  it('round-trips entries', () => {
    const entries = [{ clientId: 42, clock: 3, state: { cursor: null, user: { name: 'Paul' } } }];
    expect(readAwarenessEntries(encodeAwarenessEntries(entries), 8192)).toEqual(entries);
  });

  it('refuses non-JSON, non-object and oversized states', () => {
    const bad = (json: string) => {
      const bytes = new TextEncoder().encode(json);
      return Uint8Array.from([1, 1, 1, bytes.length, ...bytes]);
    };
    expect(() => readAwarenessEntries(bad('{oops'), 8192)).toThrow(MalformedMessageError);
    expect(() => readAwarenessEntries(bad('[1,2]'), 8192)).toThrow(MalformedMessageError);
    expect(() => readAwarenessEntries(bad('"x"'), 8192)).toThrow(MalformedMessageError);
    expect(() => readAwarenessEntries(bad(`{"a":"${'x'.repeat(100)}"}`), 50)).toThrow(MalformedMessageError);
  });
});

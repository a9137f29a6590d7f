import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { nowMs } from '../measure/clock';
import { type CloseInfo, type CollabClient, REMOTE_ORIGIN } from './collab-client';

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * The y-websocket protocol as the stock WebsocketProvider speaks it (sync step 1/2 and updates),
 * without awareness: the benchmark measures document traffic only.
 */
export class YWebsocketClient implements CollabClient {
  readonly doc = new Y.Doc();
  unexpectedClose: CloseInfo | undefined;
  private ws: WebSocket | undefined;
  private listeners: Array<(update: Uint8Array, receivedAt: number) => void> = [];
  private isClosing = false;
  private resolveSynced: (() => void) | undefined;

  constructor(private readonly url: string) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE_ORIGIN) this.send(syncMessage(SYNC_UPDATE, update));
    });
  }

  onRemoteUpdate(listener: (update: Uint8Array, receivedAt: number) => void): void {
    this.listeners.push(listener);
  }

  connect(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sync within ${timeoutMs} ms`)), timeoutMs);
      this.resolveSynced = () => {
        clearTimeout(timer);
        resolve();
      };
      const ws = new WebSocket(this.url, { perMessageDeflate: false });
      this.ws = ws;
      ws.binaryType = 'nodebuffer';
      ws.on('open', () => ws.send(syncMessage(SYNC_STEP_1, Y.encodeStateVector(this.doc))));
      ws.on('message', (data: Buffer) => this.handleMessage(data));
      ws.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      ws.on('close', (code, reason) => {
        clearTimeout(timer);
        if (!this.isClosing) {
          this.unexpectedClose = { code, reason: reason.toString() };
          reject(new Error(`closed ${code} ${reason.toString()}`));
        }
      });
    });
  }

  close(): void {
    this.isClosing = true;
    this.ws?.close();
  }

  private send(message: Uint8Array): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(message);
  }

  private handleMessage(data: Buffer): void {
    const receivedAt = nowMs();
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // awareness and others: ignored
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === SYNC_STEP_1) {
      this.send(syncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(this.doc, payload)));
      return;
    }
    for (const listener of this.listeners) listener(payload, receivedAt);
    Y.applyUpdate(this.doc, payload, REMOTE_ORIGIN);
    if (step === SYNC_STEP_2) {
      this.resolveSynced?.();
      this.resolveSynced = undefined;
    }
  }
}

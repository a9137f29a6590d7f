import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { nowMs } from '../measure/clock';
import { type CloseInfo, type CollabClient, REMOTE_ORIGIN } from './collab-client';

/** Hocuspocus message types (every message starts with the document name). */
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_SYNC_REPLY = 4;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Hocuspocus protocol as @hocuspocus/provider 3.x speaks it on open: an Auth (token)
 * message, then sync step 1; sync step 2 and updates after. Awareness is left out, as for the
 * y-websocket client, and the server's SyncStatus acknowledgements are read and ignored.
 */
export class HocuspocusClient implements CollabClient {
  readonly doc = new Y.Doc();
  unexpectedClose: CloseInfo | undefined;
  private ws: WebSocket | undefined;
  private listeners: Array<(update: Uint8Array, receivedAt: number) => void> = [];
  private isClosing = false;
  private resolveSynced: (() => void) | undefined;

  constructor(
    private readonly url: string,
    private readonly docName: string,
    private readonly token: string,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE_ORIGIN) this.send(this.syncMessage(SYNC_UPDATE, update));
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
      ws.on('open', () => {
        ws.send(this.authMessage());
        ws.send(this.syncMessage(SYNC_STEP_1, Y.encodeStateVector(this.doc)));
      });
      ws.on('message', (data: Buffer) => {
        const denied = this.handleMessage(data);
        if (denied !== undefined) {
          clearTimeout(timer);
          reject(new Error(`permission denied: ${denied}`));
        }
      });
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

  private authMessage(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.docName);
    encoding.writeVarUint(encoder, MESSAGE_AUTH);
    encoding.writeVarUint(encoder, AUTH_TOKEN);
    encoding.writeVarString(encoder, this.token);
    return encoding.toUint8Array(encoder);
  }

  private syncMessage(step: number, payload: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.docName);
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  }

  /** Returns the reason when the server denied access. */
  private handleMessage(data: Buffer): string | undefined {
    const receivedAt = nowMs();
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder); // one document per socket here
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH) {
      return decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED
        ? decoding.readVarString(decoder)
        : undefined;
    }
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return undefined; // awareness, status
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === SYNC_STEP_1) {
      this.send(this.syncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(this.doc, payload)));
      return undefined;
    }
    for (const listener of this.listeners) listener(payload, receivedAt);
    Y.applyUpdate(this.doc, payload, REMOTE_ORIGIN);
    if (step === SYNC_STEP_2) {
      this.resolveSynced?.();
      this.resolveSynced = undefined;
    }
    return undefined;
  }
}

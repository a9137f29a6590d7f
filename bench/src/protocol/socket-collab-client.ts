import WebSocket from 'ws';
import * as Y from 'yjs';
import { nowMs } from '../measure/clock';
import { type CloseInfo, type CollabClient, REMOTE_ORIGIN } from './collab-client';

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** A sync message read off the wire, or why the server refused the socket. */
export type ReadMessage = { step: number; payload: Uint8Array } | { denied: string } | undefined;

/**
 * The part both protocols share: one WebSocket, one Y.Doc, sync step 1/2 and updates. A
 * protocol only says how a sync message is framed, what to send on open, and how to read.
 */
export abstract class SocketCollabClient implements CollabClient {
  readonly doc = new Y.Doc();
  unexpectedClose: CloseInfo | undefined;
  private ws: WebSocket | undefined;
  private listeners: Array<(update: Uint8Array, receivedAt: number) => void> = [];
  private isClosing = false;
  private resolveSynced: (() => void) | undefined;

  constructor(private readonly url: string) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE_ORIGIN) this.send(this.syncMessage(SYNC_UPDATE, update));
    });
  }

  protected abstract syncMessage(step: number, payload: Uint8Array): Uint8Array;
  /** Messages sent as soon as the socket opens (before our sync step 1). */
  protected abstract openingMessages(): Uint8Array[];
  protected abstract readMessage(data: Buffer): ReadMessage;

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
        for (const message of this.openingMessages()) ws.send(message);
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

  /** Returns the reason when the server denied access. */
  private handleMessage(data: Buffer): string | undefined {
    const receivedAt = nowMs();
    const message = this.readMessage(data);
    if (!message) return undefined;
    if ('denied' in message) return message.denied;
    if (message.step === SYNC_STEP_1) {
      this.send(this.syncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(this.doc, message.payload)));
      return undefined;
    }
    for (const listener of this.listeners) listener(message.payload, receivedAt);
    Y.applyUpdate(this.doc, message.payload, REMOTE_ORIGIN);
    if (message.step === SYNC_STEP_2) {
      this.resolveSynced?.();
      this.resolveSynced = undefined;
    }
    return undefined;
  }
}

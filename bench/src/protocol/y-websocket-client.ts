import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { type ReadMessage, SocketCollabClient } from './socket-collab-client';

const MESSAGE_SYNC = 0;

/**
 * The y-websocket protocol as the stock WebsocketProvider speaks it (sync step 1/2 and updates),
 * without awareness: the benchmark measures document traffic only.
 */
export class YWebsocketClient extends SocketCollabClient {
  protected syncMessage(step: number, payload: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  }

  protected openingMessages(): Uint8Array[] {
    return [];
  }

  protected readMessage(data: Buffer): ReadMessage {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined; // awareness and others: ignored
    const step = decoding.readVarUint(decoder);
    return { step, payload: decoding.readVarUint8Array(decoder) };
  }
}

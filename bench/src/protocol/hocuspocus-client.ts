import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { type ReadMessage, SocketCollabClient } from './socket-collab-client';

/** Hocuspocus message types (every message starts with the document name). */
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_SYNC_REPLY = 4;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;

/**
 * The Hocuspocus protocol as @hocuspocus/provider 3.x speaks it on open: an Auth (token)
 * message, then sync step 1; sync step 2 and updates after. Awareness is left out, as for the
 * y-websocket client, and the server's SyncStatus acknowledgements are read and ignored.
 */
export class HocuspocusClient extends SocketCollabClient {
  constructor(
    url: string,
    private readonly docName: string,
    private readonly token: string,
  ) {
    super(url);
  }

  protected syncMessage(step: number, payload: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.docName);
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  }

  protected openingMessages(): Uint8Array[] {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.docName);
    encoding.writeVarUint(encoder, MESSAGE_AUTH);
    encoding.writeVarUint(encoder, AUTH_TOKEN);
    encoding.writeVarString(encoder, this.token);
    return [encoding.toUint8Array(encoder)];
  }

  protected readMessage(data: Buffer): ReadMessage {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder); // one document per socket here
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH) {
      return decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED
        ? { denied: decoding.readVarString(decoder) }
        : undefined;
    }
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return undefined; // awareness, status
    const step = decoding.readVarUint(decoder);
    return { step, payload: decoding.readVarUint8Array(decoder) };
  }
}

import { DEED_SIGNAL_MESSAGE, type DeedSignalTopic } from '@deedroom/shared';
import { pushVarUint } from './push-var-uint';
import { MalformedMessageError, SafeDecoder } from './safe-decoder';

/** Top-level message types of the y-websocket protocol (y-protocols). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Sub-types of a sync message. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export type IncomingMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' };

/** Parses one client message; throws MalformedMessageError on anything else. */
export function readIncomingMessage(bytes: Uint8Array): IncomingMessage {
  const decoder = new SafeDecoder(bytes);
  const type = decoder.readVarUint();
  let message: IncomingMessage;
  switch (type) {
    case MESSAGE_SYNC: {
      const step = decoder.readVarUint();
      const payload = decoder.readVarBytes();
      if (step === SYNC_STEP_1) message = { kind: 'sync-step-1', stateVector: payload };
      else if (step === SYNC_STEP_2) message = { kind: 'sync-step-2', update: payload };
      else if (step === SYNC_UPDATE) message = { kind: 'update', update: payload };
      else throw new MalformedMessageError(`unknown sync step ${step}`);
      break;
    }
    case MESSAGE_AWARENESS:
      message = { kind: 'awareness', update: decoder.readVarBytes() };
      break;
    case MESSAGE_QUERY_AWARENESS:
      message = { kind: 'query-awareness' };
      break;
    case MESSAGE_AUTH:
      // Clients never need to send auth messages; accept and ignore, as y-websocket servers do.
      return { kind: 'auth' };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
  decoder.expectEnd();
  return message;
}

function frame(prefix: number[], payload: Uint8Array): Uint8Array {
  const head: number[] = [...prefix];
  pushVarUint(head, payload.length);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frame([MESSAGE_SYNC, SYNC_STEP_1], stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frame([MESSAGE_SYNC, SYNC_STEP_2], update);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame([MESSAGE_SYNC, SYNC_UPDATE], update);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frame([MESSAGE_AWARENESS], update);
}

/** Our own server-to-client message: a deed signal topic, as a length-prefixed UTF-8 JSON string. */
export function encodeDeedSignalMessage(topic: DeedSignalTopic): Uint8Array {
  return frame([DEED_SIGNAL_MESSAGE], new TextEncoder().encode(JSON.stringify({ topic })));
}

/** The bus channel carrying one deed's committed updates and awareness between nodes. */
export function deedChannel(deedId: string): string {
  return `deed:${deedId}`;
}

export interface DeedFrame {
  kind: 'update' | 'awareness';
  /** The node that published it: a node skips its own frames (its sockets already have them). */
  nodeId: string;
  body: Uint8Array;
}

const NODE_ID_BYTES = 36; // a UUID

/** Frames on a deed channel: [kind (0 update, 1 awareness)][36-byte node id][body]. */
export function encodeDeedFrame(frame: DeedFrame): Uint8Array {
  const id = new TextEncoder().encode(frame.nodeId);
  const out = new Uint8Array(1 + NODE_ID_BYTES + frame.body.length);
  out[0] = frame.kind === 'update' ? 0 : 1;
  out.set(id.subarray(0, NODE_ID_BYTES), 1);
  out.set(frame.body, 1 + NODE_ID_BYTES);
  return out;
}

export function readDeedFrame(payload: Uint8Array): DeedFrame | undefined {
  if (payload.length < 1 + NODE_ID_BYTES) return undefined;
  const kind = payload[0];
  if (kind !== 0 && kind !== 1) return undefined;
  return {
    kind: kind === 0 ? 'update' : 'awareness',
    nodeId: new TextDecoder().decode(payload.subarray(1, 1 + NODE_ID_BYTES)),
    body: payload.subarray(1 + NODE_ID_BYTES),
  };
}

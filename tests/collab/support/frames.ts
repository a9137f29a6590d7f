/** Hand-made y-websocket frames, for tests that must send what the stock client never would. */
export function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** A sync frame: step 1 (0), step 2 (1) or update (2), around `payload`. */
export function syncFrame(step: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  return Uint8Array.from([0, step, ...varint(payload.length), ...payload]);
}

/** An awareness frame setting one client's state (null: the client left). */
export function awarenessFrame(clientId: number, clock: number, state: object | null): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const body = [...varint(1), ...varint(clientId), ...varint(clock), ...varint(json.length), ...json];
  return Uint8Array.from([1, ...varint(body.length), ...body]);
}

import { pushVarUint } from './push-var-uint';
import { MalformedMessageError, SafeDecoder } from './safe-decoder';

/** One client's entry in an awareness update: its state is JSON, or null when it left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Far more than one browser tab announces; a hostile list is cut short. */
const MAX_ENTRIES = 64;

export function readAwarenessEntries(update: Uint8Array, maxStateBytes: number): AwarenessEntry[] {
  const decoder = new SafeDecoder(update);
  const count = decoder.readVarUint();
  if (count > MAX_ENTRIES) throw new MalformedMessageError(`${count} awareness entries`);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = decoder.readVarUint();
    const clock = decoder.readVarUint();
    const json = decoder.readVarString();
    if (json.length > maxStateBytes) throw new MalformedMessageError('awareness state too large');
    let state: unknown;
    try {
      state = JSON.parse(json);
    } catch {
      throw new MalformedMessageError('awareness state is not JSON');
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new MalformedMessageError('awareness state is not an object');
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  decoder.expectEnd();
  return entries;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const out: number[] = [];
  pushVarUint(out, entries.length);
  const encoder = new TextEncoder();
  for (const entry of entries) {
    pushVarUint(out, entry.clientId);
    pushVarUint(out, entry.clock);
    const bytes = encoder.encode(JSON.stringify(entry.state));
    pushVarUint(out, bytes.length);
    for (const b of bytes) out.push(b);
  }
  return Uint8Array.from(out);
}

/** Appends `value` as an unsigned LEB128 varint (lib0's encoding). */
export function pushVarUint(out: number[], value: number): void {
  let v = value;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

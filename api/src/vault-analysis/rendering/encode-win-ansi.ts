/** Characters outside Latin-1 that PDF's WinAnsiEncoding still has (code points 0x80..0x9F). */
const WIN_ANSI_EXTRAS: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  Œ: 0x8c,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
  Ÿ: 0x9f,
  '\u202f': 0xa0,
};

/** Text as WinAnsi bytes for the standard PDF fonts; anything else becomes `?`. */
export function encodeWinAnsi(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 63;
    const extra = WIN_ANSI_EXTRAS[char];
    if (extra !== undefined) bytes.push(extra);
    else if (code === 9) bytes.push(32);
    else if (code >= 32 && code <= 126) bytes.push(code);
    else if (code >= 0xa0 && code <= 0xff) bytes.push(code);
    else bytes.push(63);
  }
  return Buffer.from(bytes);
}

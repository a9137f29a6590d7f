import type { Random } from '../corpus-generator/random-source';

const CONFUSIONS: [string, string][] = [
  ['é', 'e'],
  ['è', 'e'],
  ['à', 'a'],
  ['ô', 'o'],
  ['l', '1'],
  ['i', 'l'],
  ['m', 'rn'],
  ['o', '0'],
  ['’', "'"],
  ['e', 'c'],
  ['u', 'v'],
  ['s', 'a'],
  ['t', 'f'],
  ['h', 'b'],
];

/**
 * A training copy of `text` with the mistakes OCR makes on scans (lost accents, l/1, rn/m, merged
 * or split words, dropped lines), so the model does not rely on spellings scans rarely keep.
 */
export function addOcrNoise(r: Random, text: string, rate = 0.03): string {
  const lines = text.split('\n').filter(() => !r.chance(0.05));
  return lines
    .map((line) => {
      let out = '';
      for (const char of line) {
        if (r.chance(rate)) {
          const confusion = CONFUSIONS.find(([from]) => from === char);
          if (confusion) out += confusion[1];
          else if (char === ' ' && r.chance(0.5)) out += '';
          else if (r.chance(0.3)) out += `${char} `;
          else out += char;
        } else out += char;
      }
      return out;
    })
    .join('\n');
}

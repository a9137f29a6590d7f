import path from 'node:path';

/** Bumping the salt would reshuffle the split; keep it fixed so figures stay comparable. */
const SPLIT_SALT = 'deedroom-split-v1';
/** Share of documents the training never sees. */
export const HELD_OUT_PERCENT = 20;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Whether a corpus document belongs to the held-out split: a seeded hash of its base name
 * (`kbis-007`), so its .txt, .pdf and scans fall on the same side.
 */
export function isHeldOut(fileName: string): boolean {
  const base = path.basename(fileName).replace(/(-scan)?\.(txt|pdf|png)$/, '');
  return fnv1a(`${SPLIT_SALT}:${base}`) % 100 < HELD_OUT_PERCENT;
}

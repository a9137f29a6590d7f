import { createHash } from 'node:crypto';

/** Caret colours that stay readable on white and distinct from each other. */
const PALETTE = [
  '#1f6feb',
  '#d1242f',
  '#1a7f37',
  '#8250df',
  '#bf3989',
  '#9a6700',
  '#0e7490',
  '#c2410c',
  '#4d7c0f',
  '#6d28d9',
];

/** A stable colour per person, chosen by the server so nobody can borrow another's. */
export function colorForUser(userId: string): string {
  const index = createHash('sha256').update(userId).digest()[0] ?? 0;
  return PALETTE[index % PALETTE.length] ?? '#1f6feb';
}

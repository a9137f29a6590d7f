import { createHash } from 'node:crypto';
import type { AuditEntryInput } from '../../store/records';

type ChainedEntry = AuditEntryInput & { seq: number; prevHash: string };

/** JSON with sorted keys at every level, so a hash never depends on property order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 over the previous hash and every field of the entry. */
export function hashAuditEntry(entry: ChainedEntry): string {
  const { prevHash, ...fields } = entry;
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

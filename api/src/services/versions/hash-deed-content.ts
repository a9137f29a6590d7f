import { createHash } from 'node:crypto';
import type { DeedJsonNode } from '@deedroom/shared';
import { canonicalJson } from '../audit/hash-audit-entry';

/**
 * SHA-256 (hex) of the canonical JSON (keys sorted at every level) of a deed's ProseMirror
 * document: two texts have the same hash exactly when they are the same document. Approvals
 * record it, so any later change of the text shows them as stale.
 */
export function hashDeedContent(content: DeedJsonNode): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

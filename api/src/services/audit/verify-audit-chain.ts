import { GENESIS_HASH } from '../../store/kysely/audit-store';
import type { AuditStore } from '../../store/stores';
import { hashAuditEntry } from './hash-audit-entry';

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenSeq: number; reason: string };

const PAGE_SIZE = 1000;

/** Walks the whole audit log and reports the first entry whose chain or content was altered. */
export async function verifyAuditChain(audit: AuditStore): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await audit.listAfter(expectedSeq - 1, PAGE_SIZE);
    for (const entry of page) {
      if (entry.seq !== expectedSeq) {
        return { ok: false, checked, brokenSeq: expectedSeq, reason: `entry ${expectedSeq} is missing` };
      }
      if (entry.prevHash !== prevHash) {
        return { ok: false, checked, brokenSeq: entry.seq, reason: 'previous-hash link does not match' };
      }
      const { hash, ...rest } = entry;
      if (hashAuditEntry(rest) !== hash) {
        return { ok: false, checked, brokenSeq: entry.seq, reason: 'content does not match its hash' };
      }
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < PAGE_SIZE) return { ok: true, checked };
  }
}

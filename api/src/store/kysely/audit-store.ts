import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { AuditRecord } from '../records';
import type { AuditStore } from '../stores';
import { serializeWithin } from './serialize-within';

/** Hash that precedes the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

function toAudit(row: Database['audit_log']): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    outcome: row.outcome as AuditRecord['outcome'],
    dealId: row.deal_id,
    target: row.target,
    ip: row.ip,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function createAuditStore(db: Kysely<Database>): AuditStore {
  return {
    async append(entry, hashEntry) {
      // The transaction serialises appends: each one reads the tail and extends it.
      return db.transaction().execute(async (trx) => {
        await serializeWithin(trx, 'audit_log');
        const last = await trx
          .selectFrom('audit_log')
          .select(['seq', 'hash'])
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        const seq = last ? Number(last.seq) + 1 : 1;
        const prevHash = last?.hash ?? GENESIS_HASH;
        const hash = hashEntry({ ...entry, seq, prevHash });
        await trx
          .insertInto('audit_log')
          .values({
            seq,
            at: entry.at,
            actor_id: entry.actorId,
            action: entry.action,
            outcome: entry.outcome,
            deal_id: entry.dealId,
            target: entry.target,
            ip: entry.ip,
            detail: JSON.stringify(entry.detail),
            prev_hash: prevHash,
            hash,
          })
          .execute();
        return { ...entry, seq, prevHash, hash };
      });
    },
    async listAfter(afterSeq, limit) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toAudit);
    },
  };
}

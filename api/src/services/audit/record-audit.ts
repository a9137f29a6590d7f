import type { AuditEntryInput } from '../../store/records';
import type { Actor, ServiceDeps } from '../deps';
import { hashAuditEntry } from './hash-audit-entry';

export interface AuditEvent {
  action: string;
  outcome?: AuditEntryInput['outcome'];
  actor?: Actor | null;
  /** Used when there is no authenticated actor yet (failed login). */
  ip?: string | null;
  dealId?: string | null;
  target?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends a security-relevant event to the hash-chained audit log. */
export async function recordAudit(deps: ServiceDeps, event: AuditEvent): Promise<void> {
  await deps.stores.audit.append(
    {
      at: deps.clock.now().toISOString(),
      actorId: event.actor?.user.id ?? null,
      action: event.action,
      outcome: event.outcome ?? 'success',
      dealId: event.dealId ?? null,
      target: event.target ?? null,
      ip: event.actor?.ip ?? event.ip ?? null,
      detail: event.detail ?? {},
    },
    hashAuditEntry,
  );
}

import { AppError, type DealAction } from '@deedroom/shared';
import type { VaultDocumentRecord } from '../../store/vault-records';
import { type DealAccess, requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

export interface VaultDocumentAccess extends DealAccess {
  document: VaultDocumentRecord;
}

/** The same answer for a missing document, one behind the wall and another party's internal one. */
export function vaultDocumentNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Document introuvable.');
}

/** A document the caller may see (deal gate first, then the document's visibility). */
export async function requireVaultDocument(
  deps: ServiceDeps,
  actor: Actor,
  documentId: string,
  action: DealAction = 'deal.view',
): Promise<VaultDocumentAccess> {
  const document = await deps.stores.vault.findDocument(documentId);
  if (!document) throw vaultDocumentNotFound();
  const access = await requireDealAccess(deps, actor, document.dealId, action);
  if (!isVisibleTo(document, actor.user.orgId)) throw vaultDocumentNotFound();
  return { ...access, document };
}

export function isVisibleTo(document: VaultDocumentRecord, orgId: string): boolean {
  return document.visibility === 'all' || document.orgId === orgId;
}

import type { VaultDocumentQuery } from '@deedroom/shared';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { loadVaultDocumentViews, type VaultDocumentView } from './load-vault-document-views';

/**
 * The deal's documents the caller may see (all-parties ones and their organisation's internal
 * ones), newest first, filtered by category and searched in names and extracted text.
 */
export async function listVaultDocuments(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  query: VaultDocumentQuery,
): Promise<VaultDocumentView[]> {
  await requireDealAccess(deps, actor, dealId, 'deal.view');
  const documents = await deps.stores.vault.listDocuments({
    dealId,
    viewerOrgId: actor.user.orgId,
    ...(query.category && { category: query.category }),
    ...(query.q && { text: query.q }),
  });
  return loadVaultDocumentViews(deps, documents);
}

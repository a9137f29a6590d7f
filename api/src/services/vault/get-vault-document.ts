import type { Actor, ServiceDeps } from '../deps';
import { loadVaultDocumentView, type VaultDocumentView } from './load-vault-document-views';
import { requireVaultDocument } from './require-vault-document';

/** One document with its whole version history. */
export async function getVaultDocument(
  deps: ServiceDeps,
  actor: Actor,
  documentId: string,
): Promise<VaultDocumentView> {
  const { document } = await requireVaultDocument(deps, actor, documentId);
  return loadVaultDocumentView(deps, document);
}

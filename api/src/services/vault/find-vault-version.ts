import type { VaultDocumentRecord, VaultVersionRecord } from '../../store/vault-records';
import type { Actor, ServiceDeps } from '../deps';
import { requireVaultDocument, vaultDocumentNotFound } from './require-vault-document';

/** A version of a document the caller may see; a version of another document answers 404. */
export async function findVaultVersion(
  deps: ServiceDeps,
  actor: Actor,
  documentId: string,
  versionId: string,
): Promise<{ document: VaultDocumentRecord; version: VaultVersionRecord }> {
  const { document } = await requireVaultDocument(deps, actor, documentId);
  const version = await deps.stores.vault.findVersion(versionId);
  if (!version || version.documentId !== document.id) throw vaultDocumentNotFound();
  return { document, version };
}

import { AppError } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import { loadVaultDocumentView, type VaultDocumentView } from './load-vault-document-views';
import { requireVaultDocument } from './require-vault-document';

/** Where the caller's own finished upload landed; 404 while it is unfinished or for anyone else's. */
export async function getVaultUploadResult(
  deps: ServiceDeps,
  actor: Actor,
  uploadId: string,
): Promise<{ view: VaultDocumentView; isDuplicate: boolean }> {
  const upload = await deps.stores.vault.findUpload(uploadId);
  if (!upload || upload.userId !== actor.user.id) {
    throw new AppError('NOT_FOUND', 'Téléversement introuvable ou pas encore terminé.');
  }
  const { document } = await requireVaultDocument(deps, actor, upload.documentId);
  return { view: await loadVaultDocumentView(deps, document), isDuplicate: upload.isDuplicate };
}

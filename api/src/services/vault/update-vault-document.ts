import { AppError, canPerform, type PatchVaultDocumentRequest } from '@deedroom/shared';
import { createId } from '../../create-id';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { loadVaultDocumentView, type VaultDocumentView } from './load-vault-document-views';
import { requireVaultDocument } from './require-vault-document';

/**
 * A person files the document (the correction is kept for retraining the classifier) and/or the
 * uploading organisation changes who sees it. Uploaders and the bank's reviewers may file;
 * only members of the document's organisation change its visibility.
 */
export async function updateVaultDocument(
  deps: ServiceDeps,
  actor: Actor,
  documentId: string,
  patch: PatchVaultDocumentRequest,
): Promise<VaultDocumentView> {
  const { document, staff } = await requireVaultDocument(deps, actor, documentId);
  const mayFile = canPerform(staff.role, 'vault.upload') || canPerform(staff.role, 'vault.review');
  const isOwnOrg = document.orgId === actor.user.orgId;
  if (!mayFile || (patch.visibility !== undefined && !isOwnOrg)) {
    await recordAudit(deps, {
      action: 'vault.document.update',
      outcome: 'denied',
      actor,
      dealId: document.dealId,
      target: `vault-document:${document.id}`,
      detail: { role: staff.role },
    });
    throw new AppError(
      'FORBIDDEN',
      isOwnOrg || !mayFile
        ? 'Votre rôle ne permet pas de modifier ce document.'
        : 'Seule l’organisation qui a déposé le document en choisit la visibilité.',
    );
  }
  if (await deps.stores.signatures.findBySignedDocument(document.id)) {
    throw new AppError('CONFLICT', 'Document signé électroniquement : il est en lecture seule.');
  }
  const now = deps.clock.now().toISOString();
  if (patch.category !== undefined) {
    await deps.stores.vault.addCorrection({
      id: createId(),
      documentId: document.id,
      versionId: document.currentVersionId,
      fromCategory: document.category,
      fromSource: document.categorySource,
      toCategory: patch.category,
      correctedBy: actor.user.id,
      correctedAt: now,
    });
  }
  await deps.stores.vault.updateDocument(document.id, {
    ...(patch.category !== undefined && {
      category: patch.category,
      categorySource: 'person' as const,
      categoryConfidence: null,
    }),
    ...(patch.visibility !== undefined && { visibility: patch.visibility }),
    updatedAt: now,
  });
  await recordAudit(deps, {
    action: 'vault.document.update',
    actor,
    dealId: document.dealId,
    target: `vault-document:${document.id}`,
    detail: {
      ...(patch.category !== undefined && { category: patch.category, previous: document.category }),
      ...(patch.visibility !== undefined && { visibility: patch.visibility }),
    },
  });
  const updated = await deps.stores.vault.findDocument(document.id);
  if (!updated) throw new AppError('NOT_FOUND', 'Document introuvable.');
  return loadVaultDocumentView(deps, updated);
}

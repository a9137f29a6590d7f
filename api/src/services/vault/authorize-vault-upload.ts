import { AppError, IdSchema, LIMITS, VAULT_VISIBILITIES, type VaultVisibility } from '@deedroom/shared';
import { checkFileName } from '../../vault/check-file-name';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { isVisibleTo, vaultDocumentNotFound } from './require-vault-document';

/** What a client declares when it creates an upload (tus `Upload-Metadata`), untrusted. */
export interface VaultUploadDeclaration {
  dealId?: string | null;
  filename?: string | null;
  documentId?: string | null;
  requestId?: string | null;
  visibility?: string | null;
  size: number | undefined;
}

/** The checked upload, kept in the upload's metadata until it finishes. */
export interface VaultUploadPlan {
  dealId: string;
  filename: string;
  documentId: string | null;
  requestId: string | null;
  visibility: VaultVisibility;
  userId: string;
}

function optionalId(value: string | null | undefined, label: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (!IdSchema.safeParse(value).success) {
    throw new AppError('VALIDATION_FAILED', `Identifiant ${label} invalide.`);
  }
  return value;
}

/**
 * Checks an upload before a single byte is accepted: the caller may upload to the deal (404 for
 * a deal behind the wall), the name is sane, the size is announced and within the limit, and the
 * document (new version) or checklist request it names belongs to that deal.
 */
export async function authorizeVaultUpload(
  deps: ServiceDeps,
  actor: Actor,
  declared: VaultUploadDeclaration,
): Promise<VaultUploadPlan> {
  const dealId = optionalId(declared.dealId, 'de dossier');
  if (!dealId) throw new AppError('VALIDATION_FAILED', 'Le dossier (dealId) est requis.');
  await requireDealAccess(deps, actor, dealId, 'vault.upload');
  const filename = checkFileName(declared.filename);
  if (declared.size === undefined) {
    throw new AppError('VALIDATION_FAILED', 'La taille du fichier doit être annoncée (Upload-Length).');
  }
  if (declared.size <= 0) {
    throw new AppError('VALIDATION_FAILED', 'Le fichier est vide.', { reason: 'empty_file' });
  }
  if (declared.size > LIMITS.vaultMaxFileBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Le fichier dépasse la taille maximale.', {
      maxBytes: LIMITS.vaultMaxFileBytes,
    });
  }
  const visibility = (declared.visibility ?? 'all') as VaultVisibility;
  if (!VAULT_VISIBILITIES.includes(visibility)) {
    throw new AppError('VALIDATION_FAILED', 'Visibilité invalide (all ou internal).');
  }
  const documentId = optionalId(declared.documentId, 'de document');
  if (documentId) {
    const document = await deps.stores.vault.findDocument(documentId);
    if (!document || document.dealId !== dealId || !isVisibleTo(document, actor.user.orgId)) {
      throw vaultDocumentNotFound();
    }
    if (await deps.stores.signatures.findBySignedDocument(document.id)) {
      throw new AppError('CONFLICT', 'Document signé électroniquement : il est en lecture seule.');
    }
    if (document.orgId !== actor.user.orgId) {
      throw new AppError(
        'FORBIDDEN',
        'Seule l’organisation qui a déposé ce document en ajoute des versions.',
      );
    }
  }
  const requestId = optionalId(declared.requestId, 'de demande');
  if (requestId) {
    const request = await deps.stores.vaultRequests.findById(requestId);
    if (!request || request.dealId !== dealId) throw new AppError('NOT_FOUND', 'Demande introuvable.');
    if (request.status === 'accepted') {
      throw new AppError('CONFLICT', 'Cette demande est déjà acceptée.');
    }
  }
  await recordAudit(deps, {
    action: 'vault.upload.start',
    actor,
    dealId,
    detail: { size: declared.size, documentId, requestId },
  });
  return { dealId, filename, documentId, requestId, visibility, userId: actor.user.id };
}

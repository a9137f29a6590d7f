import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  AppError,
  type CreateSignatureRequest,
  canPerform,
  type DeedJsonNode,
  SIGNATURE_LIMITS,
} from '@deedroom/shared';
import { createId } from '../../create-id';
import { type DocumentToSign, renderDocumentToSign } from '../../signatures/render-document-to-sign';
import type { DealRecord } from '../../store/records';
import type { SignatureRequestRecord, SignatureSignerRecord } from '../../store/signature-records';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { collectDeedAnnexes } from '../export/collect-deed-annexes';
import { loadPdfParties } from '../export/load-deed-pdf-frame';
import { isVisibleTo } from '../vault/require-vault-document';
import { sendToProvider } from './run-provider-steps';

/**
 * Who may be asked to sign: people staffed on the deal whose role carries `signature.sign` in the
 * permission matrix (the bank's relationship manager, the developer's programme lead). Notaries
 * sign authentic deeds in their own system (DOMAIN.md), so they are not signers here.
 */
export function isEligibleSigner(role: Parameters<typeof canPerform>[0]): boolean {
  return canPerform(role, 'signature.sign');
}

/**
 * « Demander des signatures »: a bank person with `signature.request` puts a locked deed version
 * or a vault PDF to signature. The PDF (with its signatures page) is made and kept first, with
 * its SHA-256, then handed to the provider: a provider failure leaves the request in « Erreur »,
 * retried, never lost.
 */
export async function createSignatureRequest(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  input: CreateSignatureRequest,
): Promise<SignatureRequestRecord> {
  const { deal } = await requireDealAccess(deps, actor, dealId, 'signature.request');
  const now = deps.clock.now();
  const expiresAt = new Date(input.expiresAt);
  if (expiresAt.getTime() <= now.getTime()) {
    throw new AppError('VALIDATION_FAILED', 'La date d’expiration doit être dans le futur.');
  }
  if (expiresAt.getTime() > now.getTime() + SIGNATURE_LIMITS.maxExpiryDays * 24 * 3600 * 1000) {
    throw new AppError(
      'VALIDATION_FAILED',
      `La date d’expiration ne peut dépasser ${SIGNATURE_LIMITS.maxExpiryDays} jours.`,
    );
  }
  const signerIds = input.signers.map((s) => s.userId);
  if (new Set(signerIds).size !== signerIds.length) {
    throw new AppError('VALIDATION_FAILED', 'Un signataire figure deux fois.');
  }
  const staff = await deps.stores.staffing.list(dealId);
  const members = signerIds.map((id) => staff.find((s) => s.userId === id));
  members.forEach((member, index) => {
    if (!member) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Le signataire n° ${index + 1} n’intervient pas sur ce dossier.`,
        { signer: signerIds[index] },
      );
    }
    if (!isEligibleSigner(member.role)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `${member.name} ne peut pas signer : son rôle sur ce dossier ne le permet pas.`,
        { signer: member.userId },
      );
    }
  });

  const requestId = createId();
  const signers: SignatureSignerRecord[] = members.map((member, index) => ({
    requestId,
    userId: member?.userId ?? '',
    position: index + 1,
    name: member?.name ?? '',
    email: member?.email ?? '',
    anchor: `/sig${index + 1}/`,
    status: 'sent',
    viewedAt: null,
    signedAt: null,
    signedIp: null,
    declinedAt: null,
    declineReason: null,
  }));

  const { source, sourceId, documentName } = await loadSource(deps, actor, deal, input.source);
  const pdf = await renderDocumentToSign(
    deps.pdf,
    source,
    signers.map((s) => ({
      userId: s.userId,
      name: s.name,
      email: s.email,
      order: s.position,
      anchor: s.anchor,
    })),
    now,
  );
  const documentSha256 = createHash('sha256').update(pdf).digest('hex');
  const blob = await deps.blobs.put(Readable.from([pdf]));
  const at = now.toISOString();
  const request: SignatureRequestRecord = {
    id: requestId,
    dealId,
    title: input.title,
    sourceKind: input.source.kind,
    sourceId,
    sourceVersionId: input.source.versionId,
    documentName,
    documentBlobKey: blob.key,
    documentSha256,
    provider: deps.signatureProvider.kind,
    envelopeId: null,
    status: 'in_progress',
    message: input.message,
    expiresAt: expiresAt.toISOString(),
    createdBy: actor.user.id,
    createdAt: at,
    updatedAt: at,
    completedAt: null,
    cancelReason: null,
    pendingStep: 'send',
    attempts: 0,
    nextAttemptAt: null,
    errorMessage: null,
    signedDocumentId: null,
    signedVersionId: null,
    signedSha256: null,
    certificateDocumentId: null,
  };
  const detail = {
    envelopeId: null,
    documentSha256,
    sourceKind: request.sourceKind,
    sourceId,
    sourceVersionId: request.sourceVersionId,
    signers: signers.map((s) => ({ userId: s.userId, order: s.position })),
    expiresAt: request.expiresAt,
  };
  await deps.stores.signatures.create(request, signers, {
    id: createId(),
    requestId,
    dealId,
    at,
    actorId: actor.user.id,
    kind: 'created',
    summary: `Demande créée par ${actor.user.name} : ${signers.map((s) => `${s.position}. ${s.name}`).join(', ')}.`,
    ip: actor.ip,
    detail,
  });
  await recordAudit(deps, {
    action: 'signature.created',
    actor,
    dealId,
    target: `signature-request:${requestId}`,
    detail,
  });
  return sendToProvider(deps, actor, request);
}

async function loadSource(
  deps: ServiceDeps,
  actor: Actor,
  deal: DealRecord,
  source: CreateSignatureRequest['source'],
): Promise<{ source: DocumentToSign; sourceId: string; documentName: string }> {
  if (source.kind === 'deed_version') {
    const deed = await deps.stores.deeds.findById(source.deedId);
    if (!deed || deed.dealId !== deal.id) throw new AppError('NOT_FOUND', 'Acte introuvable.');
    const version = await deps.stores.deedVersions.findById(source.versionId);
    if (!version || version.deedId !== deed.id) throw new AppError('NOT_FOUND', 'Version introuvable.');
    if (!deed.lock || deed.lock.versionId !== version.id) {
      throw new AppError(
        'CONFLICT',
        'Seule la version définitive d’un acte verrouillé peut être soumise à signature : verrouillez d’abord le texte.',
      );
    }
    const content = JSON.parse(version.contentJson) as DeedJsonNode;
    const [parties, annexes] = await Promise.all([
      loadPdfParties(deps, deal.id),
      // Annexes are named only when every party may see them: the PDF goes to every signer.
      collectDeedAnnexes(deps, deal.id, '', content),
    ]);
    return {
      source: {
        kind: 'deed_version',
        deed: {
          content,
          dealName: deal.name,
          deedTitle: deed.title,
          versionLabel: `Version ${version.number} – ${version.name}`,
          contentHash: version.contentHash,
          parties,
          generatedAt: new Date(version.createdAt),
          annexes,
        },
      },
      sourceId: deed.id,
      documentName: `${deed.title} - ${version.name}.pdf`,
    };
  }
  const document = await deps.stores.vault.findDocument(source.documentId);
  if (!document || document.dealId !== deal.id || !isVisibleTo(document, actor.user.orgId)) {
    throw new AppError('NOT_FOUND', 'Document introuvable.');
  }
  const version = await deps.stores.vault.findVersion(source.versionId);
  if (!version || version.documentId !== document.id) throw new AppError('NOT_FOUND', 'Version introuvable.');
  if (version.mediaType !== 'application/pdf') {
    throw new AppError('VALIDATION_FAILED', 'Seul un document PDF peut être soumis à signature.');
  }
  const pdf = await buffer(deps.blobs.openRead(version.blobKey));
  return {
    source: { kind: 'vault_version', pdf },
    sourceId: document.id,
    documentName: version.originalName.toLowerCase().endsWith('.pdf')
      ? version.originalName
      : `${version.originalName}.pdf`,
  };
}

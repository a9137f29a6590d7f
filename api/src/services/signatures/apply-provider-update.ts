import { AppError } from '@deedroom/shared';
import type { SignatureRequestRecord } from '../../store/signature-records';
import type { ServiceDeps } from '../deps';
import { recordSignatureEvent } from './record-signature-event';
import { completeWithProvider } from './run-provider-steps';

/** One signer's state as a provider reports it (a DocuSign Connect recipient, mapped). */
export interface ProviderSignerUpdate {
  /** Deedroom's user id (DocuSign `clientUserId`), or else the signer's e-mail. */
  userId: string | null;
  email: string | null;
  status: 'viewed' | 'signed' | 'declined';
  at: string | null;
  ip?: string | null;
  declineReason?: string | null;
}

export interface ProviderEnvelopeUpdate {
  envelopeId: string;
  /** `completed` fetches the signed document; `declined` / `voided` end the request. */
  envelopeStatus: 'in_progress' | 'completed' | 'declined' | 'voided';
  signers: ProviderSignerUpdate[];
}

/**
 * Applies what a provider reports about an envelope (DocuSign Connect webhook, already verified):
 * signer by signer, only forward (a replayed or stale event changes nothing), each change an
 * event and an audit entry; a completed envelope is fetched and filed like a built-in one.
 * Unknown envelope → NOT_FOUND.
 */
export async function applyProviderUpdate(
  deps: ServiceDeps,
  update: ProviderEnvelopeUpdate,
): Promise<SignatureRequestRecord> {
  const request = await deps.stores.signatures.findByEnvelope(update.envelopeId);
  if (!request) throw new AppError('NOT_FOUND', 'Enveloppe inconnue.');
  if (!['in_progress', 'error'].includes(request.status)) return request;
  const signers = await deps.stores.signatures.listSigners([request.id]);
  for (const reported of update.signers) {
    const signer = signers.find(
      (s) =>
        (reported.userId && s.userId === reported.userId) ||
        (reported.email && s.email.toLowerCase() === reported.email.toLowerCase()),
    );
    if (!signer) continue;
    const at = reported.at ?? deps.clock.now().toISOString();
    const ip = reported.ip ?? null;
    if (reported.status === 'viewed') {
      if (
        await deps.stores.signatures.updateSigner(request.id, signer.userId, ['sent'], {
          status: 'viewed',
          viewedAt: at,
        })
      ) {
        await recordSignatureEvent(deps, null, request, {
          kind: 'viewed',
          summary: `Document consulté par ${signer.name} (prestataire).`,
          detail: { signerId: signer.userId, at },
          ip,
        });
      }
    } else if (reported.status === 'signed') {
      if (
        await deps.stores.signatures.updateSigner(request.id, signer.userId, ['sent', 'viewed'], {
          status: 'signed',
          signedAt: at,
          signedIp: ip,
        })
      ) {
        await recordSignatureEvent(deps, null, request, {
          kind: 'signed',
          summary: `Signé par ${signer.name} chez le prestataire de signature.`,
          detail: { signerId: signer.userId, order: signer.position, signedAt: at },
          ip,
        });
      }
    } else if (
      await deps.stores.signatures.updateSigner(request.id, signer.userId, ['sent', 'viewed'], {
        status: 'declined',
        declinedAt: at,
        declineReason: reported.declineReason ?? null,
      })
    ) {
      await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
        status: 'declined',
        updatedAt: at,
      });
      await recordSignatureEvent(
        deps,
        null,
        { ...request, status: 'declined' },
        {
          kind: 'declined',
          summary: `Refusé par ${signer.name}${reported.declineReason ? ` : ${reported.declineReason}` : ''}`,
          detail: { signerId: signer.userId, reason: reported.declineReason ?? null },
          ip,
        },
      );
    }
  }
  const now = deps.clock.now().toISOString();
  if (update.envelopeStatus === 'voided') {
    if (
      await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
        status: 'cancelled',
        cancelReason: 'Annulée chez le prestataire',
        updatedAt: now,
      })
    ) {
      await recordSignatureEvent(deps, null, request, {
        kind: 'cancelled',
        summary: 'Enveloppe annulée chez le prestataire.',
        ip: null,
      });
    }
  } else if (update.envelopeStatus === 'completed') {
    const fresh = (await deps.stores.signatures.findById(request.id)) ?? request;
    if (fresh.status === 'in_progress' || fresh.status === 'error') {
      await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
        pendingStep: 'complete',
        updatedAt: now,
      });
      return completeWithProvider(deps, null, { ...fresh, pendingStep: 'complete' });
    }
  }
  return (await deps.stores.signatures.findById(request.id)) ?? request;
}

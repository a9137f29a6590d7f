import { AppError, LIMITS } from '@deedroom/shared';
import type { SignatureRequestRecord } from '../../store/signature-records';
import { recordAudit } from '../audit/record-audit';
import { verifyPassword } from '../auth/password-hashing';
import type { Actor, ServiceDeps } from '../deps';
import { recordSignatureEvent } from './record-signature-event';
import { requireOpenSigner } from './require-open-signer';
import { findCurrentSigner } from './require-signature-request';
import { completeWithProvider, notifySigners } from './run-provider-steps';

/**
 * « Signer » with the built-in provider: the signer re-enters their password (failures count
 * toward the login lockout of their e-mail), it must be their turn, and they sign once. Time and
 * address are recorded; after the last signature the document is sealed and filed.
 */
export async function signDocument(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
  password: string,
): Promise<SignatureRequestRecord> {
  const { request, signers, signer } = await requireOpenSigner(deps, actor, requestId);
  if (request.provider !== 'builtin' || deps.signatureProvider.kind !== 'builtin') {
    throw new AppError('CONFLICT', 'Ce document se signe chez le prestataire de signature (DocuSign).');
  }
  const current = findCurrentSigner(request, signers);
  if (current?.userId !== actor.user.id) {
    throw new AppError(
      'CONFLICT',
      `Ce n’est pas encore votre tour : ${current?.name ?? 'un autre signataire'} doit signer avant vous.`,
    );
  }
  await checkSigningPassword(deps, actor, request, password);

  const at = deps.clock.now().toISOString();
  const didSign = await deps.stores.signatures.updateSigner(request.id, actor.user.id, ['sent', 'viewed'], {
    status: 'signed',
    signedAt: at,
    signedIp: actor.ip,
    ...(signer.viewedAt === null && { viewedAt: at }),
  });
  if (!didSign) throw new AppError('CONFLICT', 'Vous avez déjà signé ce document.');
  await recordSignatureEvent(deps, actor, request, {
    kind: 'signed',
    summary: `Signé par ${signer.name} (signataire n° ${signer.position})${actor.ip ? ` depuis l’adresse ${actor.ip}` : ''}.`,
    detail: { signerId: actor.user.id, order: signer.position, signedAt: at },
  });
  const next = findCurrentSigner(request, await deps.stores.signatures.listSigners([request.id]));
  if (next) {
    await notifySigners(deps, request, [next.userId], 'à vous de signer');
    return (await deps.stores.signatures.findById(request.id)) ?? request;
  }
  await deps.stores.signatures.update(request.id, ['in_progress'], {
    pendingStep: 'complete',
    updatedAt: at,
  });
  return completeWithProvider(deps, actor, { ...request, pendingStep: 'complete' });
}

/** Re-authentication: the account's password, throttled like logins (lockout after 5 failures). */
async function checkSigningPassword(
  deps: ServiceDeps,
  actor: Actor,
  request: SignatureRequestRecord,
  password: string,
): Promise<void> {
  const { stores } = deps;
  const now = deps.clock.now();
  const email = actor.user.email;
  const throttle = await stores.loginThrottle.find(email);
  if (throttle?.lockedUntil && new Date(throttle.lockedUntil) > now) {
    await recordAudit(deps, {
      action: 'signature.reauth',
      outcome: 'denied',
      actor,
      dealId: request.dealId,
      target: `signature-request:${request.id}`,
      detail: { reason: 'locked' },
    });
    throw new AppError(
      'ACCOUNT_LOCKED',
      'Compte temporairement verrouillé après plusieurs échecs de mot de passe.',
      {
        lockedUntil: throttle.lockedUntil,
      },
    );
  }
  if (await verifyPassword(actor.user.passwordHash, password)) return;
  const windowExpired =
    !throttle || now.getTime() - new Date(throttle.windowStartedAt).getTime() > LIMITS.loginFailureWindowMs;
  const failures = windowExpired ? 1 : throttle.failures + 1;
  const isLocking = failures >= LIMITS.loginFailuresBeforeLock;
  await stores.loginThrottle.put({
    email,
    failures,
    windowStartedAt: windowExpired ? now.toISOString() : throttle.windowStartedAt,
    lockedUntil: isLocking ? new Date(now.getTime() + LIMITS.accountLockMs).toISOString() : null,
  });
  await recordAudit(deps, {
    action: 'signature.reauth',
    outcome: 'failure',
    actor,
    dealId: request.dealId,
    target: `signature-request:${request.id}`,
    detail: { failures, locked: isLocking },
  });
  throw new AppError('INVALID_CREDENTIALS', 'Mot de passe incorrect : signature non enregistrée.');
}

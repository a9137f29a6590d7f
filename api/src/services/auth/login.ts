import { AppError, LIMITS, type LoginRequest } from '@deedroom/shared';
import { createSecretToken } from '../../create-id';
import type { SessionRecord, UserWithOrg } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../deps';
import { burnPasswordCheck, verifyPassword } from './password-hashing';
import { hashSessionToken } from './session-tokens';

export interface LoginResult {
  token: string;
  session: SessionRecord;
  user: UserWithOrg;
}

/**
 * Checks credentials and opens a session. Failures are counted per e-mail, whether or not the
 * account exists, so that lockout reveals nothing about which addresses are registered.
 */
export async function login(deps: ServiceDeps, input: LoginRequest, ip: string | null): Promise<LoginResult> {
  const { stores, clock } = deps;
  const now = clock.now();
  const throttle = await stores.loginThrottle.find(input.email);
  if (throttle?.lockedUntil && new Date(throttle.lockedUntil) > now) {
    await recordAudit(deps, {
      action: 'auth.login',
      outcome: 'denied',
      ip,
      target: input.email,
      detail: { reason: 'locked' },
    });
    throw new AppError(
      'ACCOUNT_LOCKED',
      'Compte temporairement verrouillé après plusieurs échecs de connexion.',
      {
        lockedUntil: throttle.lockedUntil,
      },
    );
  }

  const user = await stores.users.findByEmail(input.email);
  const isValid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnPasswordCheck(input.password).then(() => false);
  if (!user || !isValid) {
    const windowExpired =
      !throttle || now.getTime() - new Date(throttle.windowStartedAt).getTime() > LIMITS.loginFailureWindowMs;
    const failures = windowExpired ? 1 : throttle.failures + 1;
    const isLocking = failures >= LIMITS.loginFailuresBeforeLock;
    await stores.loginThrottle.put({
      email: input.email,
      failures,
      windowStartedAt: windowExpired ? now.toISOString() : throttle.windowStartedAt,
      lockedUntil: isLocking ? new Date(now.getTime() + LIMITS.accountLockMs).toISOString() : null,
    });
    await recordAudit(deps, {
      action: 'auth.login',
      outcome: 'failure',
      ip,
      target: input.email,
      detail: { failures, locked: isLocking },
    });
    throw new AppError('INVALID_CREDENTIALS', 'Adresse e-mail ou mot de passe incorrect.');
  }

  await stores.loginThrottle.clear(input.email);
  const token = createSecretToken();
  const session: SessionRecord = {
    tokenHash: hashSessionToken(token),
    userId: user.id,
    csrfToken: createSecretToken(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LIMITS.sessionAbsoluteMs).toISOString(),
  };
  await stores.sessions.create(session);
  await recordAudit(deps, { action: 'auth.login', actor: { user, ip }, target: user.email });
  return { token, session, user };
}

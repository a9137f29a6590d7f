import { createHmac, timingSafeEqual } from 'node:crypto';

export interface CollabTokenClaims {
  deedId: string;
  userId: string;
  /** The login session the token was issued under: logging out ends the socket too. */
  sessionKey: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

function sign(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A short-lived, HMAC-signed token for one deed and one user: `<claims>.<signature>`. */
export function signCollabToken(secret: Buffer, claims: CollabTokenClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The claims of a genuine, unexpired token; undefined for anything else. */
export function verifyCollabToken(secret: Buffer, token: string, now: number): CollabTokenClaims | undefined {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 2048) return undefined;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CollabTokenClaims;
    if (typeof claims.expiresAt !== 'number' || claims.expiresAt <= now) return undefined;
    if (
      typeof claims.deedId !== 'string' ||
      typeof claims.userId !== 'string' ||
      typeof claims.sessionKey !== 'string'
    ) {
      return undefined;
    }
    return claims;
  } catch {
    return undefined;
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** DocuSign sends one header per active HMAC key: `X-DocuSign-Signature-1`, `-2`, … (up to 100). */
const SIGNATURE_HEADER = /^x-docusign-signature-(\d{1,3})$/i;

export type WebhookHeaders = Record<string, string | string[] | undefined> | Headers;

function signatureHeaderValues(headers: WebhookHeaders): string[] {
  const entries: [string, string | string[] | undefined][] =
    headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return entries
    .filter(([name]) => SIGNATURE_HEADER.test(name))
    .flatMap(([, value]) => (Array.isArray(value) ? value : value === undefined ? [] : [value]))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/**
 * Checks a DocuSign Connect delivery against our HMAC key(s), on the raw body exactly as received
 * and before any parsing: true when some `X-DocuSign-Signature-n` header equals
 * base64(HMAC-SHA256(secret, body)) for some secret. Several secrets allow key rotation. Compared
 * in constant time; a missing header, an empty secret list or a malformed value gives false.
 *
 * @example
 * if (!verifyConnectSignature(rawBody, request.headers, config.docusign.webhookSecrets)) return c.body(null, 401);
 */
export function verifyConnectSignature(rawBody: Buffer, headers: WebhookHeaders, secrets: string[]): boolean {
  const received = signatureHeaderValues(headers).map((value) => Buffer.from(value, 'utf8'));
  if (received.length === 0) return false;
  let isValid = false;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('base64'), 'utf8');
    for (const candidate of received) {
      // timingSafeEqual throws on different lengths; the length of a valid signature is public anyway.
      if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) isValid = true;
    }
  }
  return isValid;
}

/** Computes the header value DocuSign would send for `rawBody`; for tests and the fake server. */
export function signConnectPayload(rawBody: Buffer, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('base64');
}

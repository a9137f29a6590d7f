import { Readable } from 'node:stream';
import { ProviderError } from '../signature-provider';

/** Raised by `withDeadline` when DocuSign has not answered in time. */
export class DeadlineExceededError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`DocuSign n'a pas répondu dans le délai de ${timeoutMs} ms`);
    this.name = 'DeadlineExceededError';
  }
}

/** Network failures worth another try: nothing or a broken answer came back. */
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNABORTED',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_CANCELED',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

interface AxiosLikeError {
  isAxiosError?: boolean;
  code?: string;
  message?: string;
  response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
}

function isAxiosLike(error: unknown): error is AxiosLikeError {
  return typeof error === 'object' && error !== null && 'isAxiosError' in error;
}

/**
 * Whether DocuSign may have acted on the request although no answer came back (timeout, reset):
 * such a create must not be repeated blindly, or the signers could get two envelopes.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  if (error instanceof DeadlineExceededError) return true;
  if (!isAxiosLike(error) || error.response) return false;
  return ['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'ERR_CANCELED'].includes(error.code ?? '');
}

/** The wait a `Retry-After` header asks for, in ms, when the error carries one. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!isAxiosLike(error)) return undefined;
  const value = error.response?.headers?.['retry-after'];
  const seconds = typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

async function readBody(data: unknown): Promise<unknown> {
  if (!(data instanceof Readable)) return data;
  // getDocument asks for a stream, so its error bodies arrive as one too.
  const chunks: Buffer[] = [];
  for await (const chunk of data) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** DocuSign's own words: REST `{ errorCode, message }` or OAuth `{ error, error_description }`. */
function describeBody(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 500) || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const code = record.errorCode ?? record.error;
  const message = record.message ?? record.error_description;
  const parts = [code, message].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length > 0 ? parts.join(': ') : undefined;
}

/**
 * Maps whatever the SDK threw to a ProviderError: retryable for network failures, timeouts, 429
 * and 5xx; not for other 4xx (the request itself is wrong, or consent/credentials are missing).
 */
export async function toProviderError(error: unknown, operation: string): Promise<ProviderError> {
  if (error instanceof ProviderError) return error;
  if (error instanceof DeadlineExceededError) {
    return new ProviderError(`DocuSign (${operation}) : ${error.message}`, true);
  }
  if (isAxiosLike(error)) {
    const status = error.response?.status;
    if (status !== undefined) {
      const detail = describeBody(await readBody(error.response?.data).catch(() => undefined));
      const retryable = status === 429 || status >= 500;
      return new ProviderError(
        `DocuSign (${operation}) a répondu ${status}${detail ? ` — ${detail}` : ''}`,
        retryable,
        status,
      );
    }
    const code = error.code ?? '';
    const isTimeout = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(error.message ?? '');
    return new ProviderError(
      isTimeout
        ? `DocuSign (${operation}) : délai dépassé (timeout) — ${error.message ?? code}`
        : `DocuSign (${operation}) injoignable : ${error.message ?? code}`,
      isTimeout || RETRYABLE_NETWORK_CODES.has(code),
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError(`DocuSign (${operation}) : ${message}`, false);
}

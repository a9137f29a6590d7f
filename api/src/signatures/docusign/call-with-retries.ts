import type { Logger } from '../../logger';
import type { ProviderError } from '../signature-provider';
import {
  DeadlineExceededError,
  isAmbiguousFailure,
  retryAfterMs,
  toProviderError,
} from './to-provider-error';

export interface RetryPolicy {
  /** Total tries, the first included (1 = no retry). */
  attempts: number;
  /** Wait before the 2nd try; doubles each time (capped by `maxDelayMs`). */
  baseDelayMs: number;
  maxDelayMs?: number;
}

/** Sleeps; injected so tests need not wait for real back-off. */
export type Delay = (ms: number) => Promise<void>;

export const realDelay: Delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Races `run()` against a deadline. The axios timeout normally fires first and frees the socket;
 * this also covers what it does not (a PDF body that stops half-way, a hung token request).
 */
export async function withDeadline<T>(run: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one DocuSign operation, retrying retryable failures with exponential back-off (or the
 * `Retry-After` DocuSign asks for on 429). Throws the last failure as a ProviderError.
 * `isIdempotent: false` stops retries after an ambiguous failure (timeout, reset), where DocuSign
 * may already have acted.
 */
export async function callWithRetries<T>(
  operation: string,
  run: () => Promise<T>,
  options: { policy: RetryPolicy; delay: Delay; logger: Logger; isIdempotent: boolean },
): Promise<T> {
  const { policy, delay, logger } = options;
  const maxDelayMs = policy.maxDelayMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    let failure: ProviderError;
    let raw: unknown;
    try {
      return await run();
    } catch (error) {
      raw = error;
      failure = await toProviderError(error, operation);
    }
    const isLast = attempt >= policy.attempts;
    const mayRepeat = options.isIdempotent || !isAmbiguousFailure(raw);
    if (!failure.retryable || isLast || !mayRepeat) {
      logger.warn(
        { operation, attempt, status: failure.status, err: failure.message },
        'DocuSign call failed',
      );
      throw failure;
    }
    const backoff = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), maxDelayMs);
    const wait = Math.min(Math.max(backoff, retryAfterMs(raw) ?? 0), maxDelayMs);
    logger.info(
      { operation, attempt, status: failure.status, waitMs: wait },
      'DocuSign call failed, retrying',
    );
    await delay(wait);
  }
}

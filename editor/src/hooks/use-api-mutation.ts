import { useCallback, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { toApiError } from '../api/to-api-error';
import { useSession } from '../session/session-context';

export type MutationOutcome<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface ApiMutation<A extends unknown[], T> {
  /** Runs the change; never rejects: the outcome says whether it worked. */
  run: (...args: A) => Promise<MutationOutcome<T>>;
  isPending: boolean;
  /** The last failure, until `clearError` or the next run. */
  error: ApiError | null;
  clearError: () => void;
}

/**
 * Wraps a state-changing API call: pending flag, last error, and a change answered
 * UNAUTHENTICATED sends the user back to the login page.
 */
export function useApiMutation<A extends unknown[], T>(
  perform: (...args: A) => Promise<T>,
): ApiMutation<A, T> {
  const { expireSession } = useSession();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function run(...args: A): Promise<MutationOutcome<T>> {
    setIsPending(true);
    setError(null);
    try {
      return { ok: true, data: await perform(...args) };
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'UNAUTHENTICATED') expireSession();
      else setError(apiError);
      return { ok: false, error: apiError };
    } finally {
      setIsPending(false);
    }
  }

  const clearError = useCallback(() => setError(null), []);
  return { run, isPending, error, clearError };
}

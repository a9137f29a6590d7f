import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { toApiError } from '../api/to-api-error';
import { useSession } from '../session/session-context';

export type ApiResource<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

export interface ApiResourceControls<T> {
  /** Loads again from the server (shows the loading state meanwhile). */
  reload: () => void;
  /** Replaces the loaded data with what a successful change returned, without a new request. */
  replace: (update: (current: T) => T) => void;
}

/**
 * Loads `load()` when `key` changes, aborting the previous request, and exposes a `reload`.
 * A request answered UNAUTHENTICATED sends the user back to the login page.
 */
export function useApiResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): ApiResource<T> & ApiResourceControls<T> {
  const { expireSession } = useSession();
  const [resource, setResource] = useState<ApiResource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const runLoad = useEffectEvent((signal: AbortSignal) => load(signal));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` (a new resource) and `attempt` (a retry) are the triggers of the load.
  useEffect(() => {
    const controller = new AbortController();
    setResource({ status: 'loading' });
    runLoad(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = toApiError(error);
        if (apiError.code === 'UNAUTHENTICATED') expireSession();
        else setResource({ status: 'error', error: apiError });
      },
    );
    return () => controller.abort();
  }, [key, attempt, expireSession]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((update: (current: T) => T) => {
    setResource((current) =>
      current.status === 'success' ? { status: 'success', data: update(current.data) } : current,
    );
  }, []);
  return { ...resource, reload, replace };
}

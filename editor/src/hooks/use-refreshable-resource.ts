import { type Dispatch, type SetStateAction, useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { toApiError } from '../api/to-api-error';
import { useSession } from '../session/session-context';

export interface RefreshableResource<T> {
  data: T | null;
  error: ApiError | null;
  isLoading: boolean;
  /** Loads again, keeping what is shown until the answer comes. */
  refresh: () => void;
  /** Shows what a successful change returned, without a new request. */
  setData: Dispatch<SetStateAction<T | null>>;
}

/**
 * Data loaded when `key` changes and on every `refresh()`, for panels that update in place: what
 * is shown stays on screen during a refresh, so nothing flickers. A request answered
 * UNAUTHENTICATED sends the user back to the login page.
 */
export function useRefreshableResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): RefreshableResource<T> {
  const { expireSession } = useSession();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const runLoad = useEffectEvent((signal: AbortSignal) => load(signal));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `attempt` are the triggers of a load.
  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    runLoad(controller.signal).then(
      (next) => {
        if (controller.signal.aborted) return;
        setData(next);
        setError(null);
        setIsLoading(false);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = toApiError(caught);
        if (apiError.code === 'UNAUTHENTICATED') expireSession();
        setError(apiError);
        setIsLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, attempt, expireSession]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, isLoading, refresh, setData };
}

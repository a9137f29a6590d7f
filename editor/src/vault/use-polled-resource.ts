import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { toApiError } from '../api/to-api-error';
import { useSession } from '../session/session-context';

export interface PolledResource<T> {
  data: T | null;
  error: ApiError | null;
  isLoading: boolean;
  /** Loads again, keeping what is shown until the answer comes. */
  refresh: () => void;
  /** Shows what a successful change returned, without a new request. */
  replace: (update: (current: T) => T) => void;
}

/**
 * Data loaded when `key` changes and again every `pollMs` while it is set (documents still being
 * filed by the classifier). What is shown stays on screen during a refresh: no flicker.
 */
export function usePolledResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  pollMs: number | null,
): PolledResource<T> {
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

  useEffect(() => {
    if (pollMs === null || isLoading) return;
    const timer = setTimeout(() => setAttempt((n) => n + 1), pollMs);
    return () => clearTimeout(timer);
  }, [pollMs, isLoading]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((update: (current: T) => T) => {
    setData((current) => (current === null ? current : update(current)));
  }, []);
  return { data, error, isLoading, refresh, replace };
}

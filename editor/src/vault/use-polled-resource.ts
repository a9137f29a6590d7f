import { useCallback, useEffect } from 'react';
import type { ApiError } from '../api/api-error';
import { useRefreshableResource } from '../hooks/use-refreshable-resource';

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
 * filed by the classifier), without flicker.
 */
export function usePolledResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  pollMs: number | null,
): PolledResource<T> {
  const { setData, ...resource } = useRefreshableResource(key, load);
  const { isLoading, refresh } = resource;

  useEffect(() => {
    if (pollMs === null || isLoading) return;
    const timer = setTimeout(refresh, pollMs);
    return () => clearTimeout(timer);
  }, [pollMs, isLoading, refresh]);

  const replace = useCallback(
    (update: (current: T) => T) => setData((current) => (current === null ? current : update(current))),
    [setData],
  );
  return { ...resource, replace };
}

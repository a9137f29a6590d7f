import type { DeedSignalTopic } from '@deedroom/shared';
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { toApiError } from '../api/to-api-error';
import type { CollabConnection } from '../deed-editor/create-collab-connection';
import { useDeedSignal } from '../deed-editor/use-deed-signal';
import { useSession } from '../session/session-context';

export interface SignalledResource<T> {
  data: T | null;
  error: ApiError | null;
  isLoading: boolean;
  /** Loads again, keeping what is shown until the answer comes. */
  refresh: () => void;
  /** Shows what a successful change returned, without a new request. */
  replace: (data: T) => void;
}

/**
 * Data of a side-panel tab, loaded from the API and loaded again whenever the server signals that
 * `topic` changed on the deed (someone else saved a version, approved...). What is shown stays on
 * screen during a refresh, so the panel never flickers.
 */
export function useSignalledResource<T>(
  connection: CollabConnection,
  topic: DeedSignalTopic,
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): SignalledResource<T> {
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
  const replace = useCallback((next: T) => {
    setData(next);
    setError(null);
  }, []);
  useDeedSignal(connection, topic, refresh);
  return { data, error, isLoading, refresh, replace };
}

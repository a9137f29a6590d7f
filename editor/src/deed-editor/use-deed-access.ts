import type { DeedDetail } from '@deedroom/shared';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { fetchDeedDetail } from '../api/deeds-api';
import { toApiError } from '../api/to-api-error';
import { useSession } from '../session/session-context';

export type DeedAccessState =
  | { status: 'loading' }
  | { status: 'success'; access: DeedDetail }
  | { status: 'error'; error: ApiError };

/**
 * The deed and the caller's rights to it. `refresh` re-reads them in place (after the server
 * reports ACCESS_CHANGED) without unmounting the editor; `reload` starts over after an error.
 */
export function useDeedAccess(deedId: string): DeedAccessState & {
  refresh: () => Promise<void>;
  reload: () => void;
} {
  const { expireSession } = useSession();
  const [state, setState] = useState<DeedAccessState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` only triggers a new load.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchDeedDetail(deedId, controller.signal).then(
      (access) => {
        if (!controller.signal.aborted) setState({ status: 'success', access });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = toApiError(error);
        if (apiError.code === 'UNAUTHENTICATED') expireSession();
        else setState({ status: 'error', error: apiError });
      },
    );
    return () => controller.abort();
  }, [deedId, attempt, expireSession]);

  const refresh = useCallback(async () => {
    const access = await fetchDeedDetail(deedId);
    setState({ status: 'success', access });
  }, [deedId]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, refresh, reload };
}

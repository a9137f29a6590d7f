import type { Session } from '@deedroom/shared';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiError, isApiError } from '../api/api-error';
import { fetchSession, logOut } from '../api/auth-api';
import { toApiError } from '../api/to-api-error';

/** Why nobody is signed in: first visit, session timed out or revoked, or explicit logout. */
export type AnonymousReason = 'no-session' | 'expired' | 'logged-out';

export type SessionState =
  | { status: 'loading' }
  | { status: 'authenticated'; session: Session }
  /** `reason` lets the login page explain why the user is there. */
  | { status: 'anonymous'; reason: AnonymousReason }
  /** The session could not be checked at all (server down, network cut). */
  | { status: 'unavailable'; error: ApiError };

interface SessionContextValue {
  state: SessionState;
  /** Stores the session returned by a successful login. */
  startSession: (session: Session) => void;
  /** Logs out on the server (best effort) and forgets the session locally. */
  endSession: () => Promise<void>;
  /** Called when any API call answers UNAUTHENTICATED: the session timed out or was revoked. */
  expireSession: () => void;
  /** Checks the session with the server again (after it was unavailable). */
  reloadSession: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` only triggers a new check of the session.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchSession(controller.signal).then(
      (session) => {
        if (!controller.signal.aborted) setState({ status: 'authenticated', session });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = toApiError(error);
        setState(
          apiError.code === 'UNAUTHENTICATED'
            ? { status: 'anonymous', reason: 'no-session' }
            : { status: 'unavailable', error: apiError },
        );
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const startSession = useCallback((session: Session) => setState({ status: 'authenticated', session }), []);

  const endSession = useCallback(async () => {
    if (state.status === 'authenticated') {
      try {
        await logOut(state.session.csrfToken);
      } catch (error) {
        // The cookie may already be gone server-side; the user still leaves.
        if (!isApiError(error)) throw error;
      }
    }
    setState({ status: 'anonymous', reason: 'logged-out' });
  }, [state]);

  const expireSession = useCallback(() => setState({ status: 'anonymous', reason: 'expired' }), []);
  const reloadSession = useCallback(() => setAttempt((n) => n + 1), []);

  const value = useMemo(
    () => ({ state, startSession, endSession, expireSession, reloadSession }),
    [state, startSession, endSession, expireSession, reloadSession],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session; only for components rendered behind the login gate. */
export function useAuthenticatedSession(): Session {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useAuthenticatedSession used without a session');
  return state.session;
}

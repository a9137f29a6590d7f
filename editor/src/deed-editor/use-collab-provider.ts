import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { requestCollabToken } from '../api/deeds-api';
import { useSession } from '../session/session-context';
import {
  type CollabConnection,
  type CollabSnapshot,
  createCollabConnection,
} from './create-collab-connection';

const IDLE_SNAPSHOT: CollabSnapshot = {
  status: 'connecting',
  isReady: false,
  pendingChanges: 0,
  isRateLimited: false,
  stopReason: null,
};
const subscribeToNothing = () => () => {};

interface UseCollabProviderOptions {
  deedId: string;
  userId: string;
  csrfToken: string;
  /** Re-reads the caller's access after the server closed with ACCESS_CHANGED. */
  refreshAccess: () => Promise<void>;
}

/**
 * The live document of a deed for as long as the component is mounted: its Y.Doc, the
 * y-websocket provider, and a snapshot of the connection for the status bar. A session that ended
 * on the server sends the user to the login page.
 */
export function useCollabProvider({ deedId, userId, csrfToken, refreshAccess }: UseCollabProviderOptions): {
  connection: CollabConnection | null;
  snapshot: CollabSnapshot;
} {
  const { expireSession } = useSession();
  const [connection, setConnection] = useState<CollabConnection | null>(null);
  const fetchToken = useEffectEvent(() => requestCollabToken(deedId, csrfToken));
  const onAccessChanged = useEffectEvent(() => refreshAccess());

  useEffect(() => {
    const created = createCollabConnection({
      deedId,
      userId,
      fetchToken: () => fetchToken(),
      refreshAccess: () => onAccessChanged(),
    });
    setConnection(created);
    return () => {
      setConnection(null);
      created.destroy();
    };
  }, [deedId, userId]);

  const snapshot = useSyncExternalStore(
    connection ? connection.subscribe : subscribeToNothing,
    connection ? connection.getSnapshot : () => IDLE_SNAPSHOT,
  );

  useEffect(() => {
    if (snapshot.stopReason === 'session-expired') expireSession();
  }, [snapshot.stopReason, expireSession]);

  return { connection, snapshot };
}

import { useEffect, useSyncExternalStore } from 'react';
import type { DeedSidePanelContext } from '../deed-editor/deed-side-panel';
import { useSession } from '../session/session-context';
import {
  type CommentThreadsSnapshot,
  type CommentThreadsStore,
  getCommentThreadsStore,
} from './comment-threads-store';

/** The deed's comment threads, live; a load answered UNAUTHENTICATED sends the user to the login page. */
export function useCommentThreads(context: DeedSidePanelContext): {
  store: CommentThreadsStore;
  snapshot: CommentThreadsSnapshot;
} {
  const store = getCommentThreadsStore(context);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { expireSession } = useSession();
  useEffect(() => {
    if (snapshot.error?.code === 'UNAUTHENTICATED') expireSession();
  }, [snapshot.error, expireSession]);
  return { store, snapshot };
}

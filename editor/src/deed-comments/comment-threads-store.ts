import type { CommentThread, DeedDetail, StaffMember } from '@deedroom/shared';
import type { Editor } from '@tiptap/react';
import type { ApiError } from '../api/api-error';
import { fetchCommentThreads } from '../api/comments-api';
import { fetchDealStaff } from '../api/deals-api';
import { toApiError } from '../api/to-api-error';
import type { CollabConnection } from '../deed-editor/create-collab-connection';
import { type DecodedAnchor, decodeAnchor } from './comment-anchors';
import { showCommentHighlights } from './comment-highlights';

export interface CommentThreadsSnapshot {
  status: 'loading' | 'ready' | 'error';
  threads: readonly CommentThread[];
  /** The last failed load; the threads loaded before it stay shown. */
  error: ApiError | null;
  /** People staffed on the deal, for @mentions (null until loaded, or if that failed). */
  people: readonly StaffMember[] | null;
}

export interface CommentThreadsStore {
  readonly editor: Editor;
  /** The caller's access to the deed, kept current by the components that use the store. */
  access: DeedDetail;
  subscribe(listener: () => void): () => void;
  getSnapshot(): CommentThreadsSnapshot;
  reload(): void;
  /** Puts a thread returned by a change in place (or adds it), without waiting for the signal. */
  upsert(thread: CommentThread): void;
  /** The decoded anchor of a thread (cached: anchors never change). */
  anchorOf(thread: CommentThread): DecodedAnchor | null;
  /** Loads the people of the deal once, for @mentions. */
  loadPeople(): void;
}

export interface CommentThreadsSource {
  access: DeedDetail;
  editor: Editor;
  connection: CollabConnection;
}

const stores = new WeakMap<Editor, CommentThreadsStore>();

/**
 * One store of the deed's threads per editor, shared by the side-panel tab, its badge and the
 * toolbar button. It loads through the API (with its permission checks), loads again whenever the
 * server signals `comments` (and after a reconnection), and keeps the text's highlights in step.
 */
export function getCommentThreadsStore(source: CommentThreadsSource): CommentThreadsStore {
  const existing = stores.get(source.editor);
  if (existing) {
    existing.access = source.access;
    return existing;
  }
  const store = createCommentThreadsStore(source);
  stores.set(source.editor, store);
  return store;
}

/** The store of an editor, if its comments tab has set one up (the toolbar cannot create it). */
export function findCommentThreadsStore(editor: Editor): CommentThreadsStore | undefined {
  return stores.get(editor);
}

function createCommentThreadsStore({
  access,
  editor,
  connection,
}: CommentThreadsSource): CommentThreadsStore {
  const listeners = new Set<() => void>();
  const anchors = new Map<string, DecodedAnchor | null>();
  let snapshot: CommentThreadsSnapshot = { status: 'loading', threads: [], error: null, people: null };
  let inFlight: AbortController | null = null;
  let isLoadQueued = false;
  let stopSignals: (() => void) | null = null;
  let peopleRequested = false;

  const set = (patch: Partial<CommentThreadsSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  const anchorOf = (thread: CommentThread) => {
    if (!anchors.has(thread.id)) anchors.set(thread.id, decodeAnchor(thread.anchor));
    return anchors.get(thread.id) ?? null;
  };

  const setThreads = (threads: readonly CommentThread[]) => {
    set({ status: 'ready', threads, error: null });
    showCommentHighlights(
      editor,
      threads.flatMap((t) => {
        const anchor = anchorOf(t);
        if (!anchor) return [];
        return [
          { id: t.id, anchor, isInternal: t.visibility === 'internal', isResolved: t.status === 'resolved' },
        ];
      }),
    );
  };

  /** One request at a time; a signal during a load asks for one more load after it. */
  const load = () => {
    if (inFlight) {
      isLoadQueued = true;
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    fetchCommentThreads(store.access.id, controller.signal)
      .then(
        (threads) => {
          if (!controller.signal.aborted) setThreads(threads);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          set({
            status: snapshot.status === 'loading' ? 'error' : snapshot.status,
            error: toApiError(error),
          });
        },
      )
      .finally(() => {
        if (inFlight === controller) inFlight = null;
        if (isLoadQueued && listeners.size > 0) {
          isLoadQueued = false;
          load();
        }
      });
  };

  const store: CommentThreadsStore = {
    editor,
    access,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        stopSignals = connection.onSignal('comments', load);
        load();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopSignals?.();
          stopSignals = null;
          inFlight?.abort();
          inFlight = null;
        }
      };
    },
    getSnapshot: () => snapshot,
    reload: () => {
      if (snapshot.status === 'error') set({ status: 'loading', error: null });
      load();
    },
    upsert(thread) {
      const exists = snapshot.threads.some((t) => t.id === thread.id);
      setThreads(
        exists
          ? snapshot.threads.map((t) => (t.id === thread.id ? thread : t))
          : [...snapshot.threads, thread],
      );
    },
    anchorOf,
    loadPeople() {
      if (peopleRequested) return;
      peopleRequested = true;
      fetchDealStaff(store.access.dealId, new AbortController().signal).then(
        (people) => set({ people }),
        () => {
          // Without the list, comments still work; only the @mention suggestions are missing.
          peopleRequested = false;
        },
      );
    },
  };
  return store;
}

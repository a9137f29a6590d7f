import type { CollabToken, DeedSignalTopic } from '@deedroom/shared';
import {
  COLLAB_CLOSE,
  COLLAB_PATH,
  DEED_FIELD,
  DEED_SIGNAL_MESSAGE,
  DEED_SIGNAL_TOPICS,
} from '@deedroom/shared';
import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { toApiError } from '../api/to-api-error';
import { type CollabStopReason, isHandledBeforeReconnect, readStopReason } from './collab-stop';
import { createCollabTokenKeeper } from './collab-token-keeper';
import { createPendingChangesCounter } from './pending-changes-counter';

export type CollabStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'stopped';

export interface CollabSnapshot {
  status: CollabStatus;
  /** The local copy is loaded and there is something sensible to show (or nothing more to wait for). */
  isReady: boolean;
  /** Local edits the server has not received yet. */
  pendingChanges: number;
  /** The server asked to slow down: the client reconnects on its own. */
  isRateLimited: boolean;
  stopReason: CollabStopReason | null;
}

export interface CollabConnectionOptions {
  deedId: string;
  /** Scopes the local copy: two people sharing a browser never share unsent edits. */
  userId: string;
  fetchToken: () => Promise<CollabToken>;
  /** Called on ACCESS_CHANGED, before reconnecting: re-reads the caller's access to the deed. */
  refreshAccess: () => Promise<void>;
}

export interface CollabConnection {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  subscribe(listener: () => void): () => void;
  getSnapshot(): CollabSnapshot;
  /** Calls `listener` when the server signals that the topic changed (and on every reconnection). */
  onSignal(topic: DeedSignalTopic, listener: () => void): () => void;
  /** Tries again after a stop that the user may retry (malformed exchange). */
  retry(): void;
  /** Drops the local copy (and its unsent edits) and starts again from the server's version. */
  discardLocalCopy(): Promise<void>;
  destroy(): void;
}

const TOKEN_RETRY_MAX_MS = 30_000;
/** Local edits closer together than this make one "change" in the unsent count. */
const EDIT_GROUPING_MS = 2_000;
/** Without IndexedDB (blocked, private mode), stop waiting for the local copy after this long. */
const LOCAL_LOAD_TIMEOUT_MS = 3_000;

/** The collaboration WebSocket base URL on the page's own origin: ws(s)://host/collab */
export function readCollabServerUrl(): string {
  return `${location.origin.replace(/^http/, 'ws')}${COLLAB_PATH}`;
}

/**
 * One deed's live document: a Y.Doc kept in IndexedDB (offline edits survive a reload) and synced
 * through the y-websocket provider, with token refresh and the server's close codes handled.
 */
export function createCollabConnection(options: CollabConnectionOptions): CollabConnection {
  const { deedId, userId } = options;
  const ydoc = new Y.Doc();
  const scope = `deedroom:${userId}:${deedId}`;
  const persistence = new IndexeddbPersistence(scope, ydoc);
  const pending = createPendingChangesCounter(`${scope}:pending`);
  const listeners = new Set<() => void>();
  const signalListeners = new Map<DeedSignalTopic, Set<() => void>>();
  const emitSignal = (topic: DeedSignalTopic) => {
    for (const listener of signalListeners.get(topic) ?? []) listener();
  };

  let isDestroyed = false;
  let isLocalLoaded = false;
  let hasSynced = false;
  let hasFailedAttempt = false;
  let isRateLimited = false;
  let stopReason: CollabStopReason | null = null;
  let unauthorizedInARow = 0;
  let tokenRetryMs = 1_000;
  let tokenRetryTimer: ReturnType<typeof setTimeout> | undefined;
  let snapshot: CollabSnapshot | undefined;

  const provider = new WebsocketProvider(readCollabServerUrl(), deedId, ydoc, {
    connect: false,
    disableBc: true,
    params: {},
    // Reconnect on our own only when the close is transient and the token can still open a connection.
    shouldReconnect: (event) =>
      readStopReason(event.code) === undefined && !isHandledBeforeReconnect(event.code) && tokens.isFresh(),
  });

  provider.messageHandlers[DEED_SIGNAL_MESSAGE] = (_encoder, decoder) => {
    try {
      const { topic } = JSON.parse(decoding.readVarString(decoder)) as { topic: DeedSignalTopic };
      if (DEED_SIGNAL_TOPICS.includes(topic)) emitSignal(topic);
    } catch {
      // A signal is only a hint to fetch again; a garbled one is ignored.
    }
  };

  const tokens = createCollabTokenKeeper(
    options.fetchToken,
    (token) => {
      provider.params = { ...provider.params, token };
    },
    (error) => {
      if (toApiError(error).code === 'UNAUTHENTICATED') stop('session-expired');
    },
  );

  const notify = () => {
    snapshot = undefined;
    for (const listener of listeners) listener();
  };

  function stop(reason: CollabStopReason) {
    if (isDestroyed) return;
    stopReason = reason;
    clearTimeout(tokenRetryTimer);
    tokens.stop();
    provider.disconnect();
    // Once access is gone, the deed's text must not stay on this device.
    if (reason === 'forbidden' || reason === 'not-found') void persistence.clearData();
    notify();
  }

  /** Gets a fresh token, then opens the connection; network failures retry with a backoff. */
  async function connectWithFreshToken() {
    clearTimeout(tokenRetryTimer);
    if (isDestroyed || stopReason) return;
    if (!navigator.onLine) return notify();
    try {
      await tokens.renew();
    } catch (error) {
      if (isDestroyed || stopReason) return;
      const { code } = toApiError(error);
      if (code === 'UNAUTHENTICATED') return stop('session-expired');
      if (code === 'NOT_FOUND') return stop('not-found');
      if (code === 'FORBIDDEN') return stop('forbidden');
      hasFailedAttempt = true;
      tokenRetryTimer = setTimeout(() => void connectWithFreshToken(), tokenRetryMs);
      tokenRetryMs = Math.min(tokenRetryMs * 2, TOKEN_RETRY_MAX_MS);
      return notify();
    }
    tokenRetryMs = 1_000;
    if (!isDestroyed && !stopReason && navigator.onLine) provider.connect();
  }

  async function handleClose(code: number) {
    const reason = readStopReason(code);
    if (reason) return stop(reason);
    if (code === COLLAB_CLOSE.UNAUTHORIZED) {
      // A token that expired in flight is renewed once; a second refusal means the session is over
      // (the token request itself answers UNAUTHENTICATED in that case).
      unauthorizedInARow += 1;
      if (unauthorizedInARow > 1) return stop('session-expired');
    }
    if (code === COLLAB_CLOSE.ACCESS_CHANGED) {
      try {
        await options.refreshAccess();
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.code === 'NOT_FOUND') return stop('forbidden');
        if (apiError.code === 'UNAUTHENTICATED') return stop('session-expired');
      }
    }
    await connectWithFreshToken();
  }

  provider.on('connection-close', (event) => {
    hasFailedAttempt = true;
    if (event?.code === COLLAB_CLOSE.RATE_LIMITED) isRateLimited = true;
    notify();
  });
  provider.on('closed', ({ code }) => void handleClose(code));
  provider.on('status', notify);
  provider.on('sync', (isSynced) => {
    if (!isSynced) return notify();
    // Signals sent while disconnected were missed: every topic is worth fetching again.
    for (const topic of DEED_SIGNAL_TOPICS) emitSignal(topic);
    hasSynced = true;
    isRateLimited = false;
    unauthorizedInARow = 0;
    pending.reset();
    notify();
  });

  // Keystrokes typed in one go count as one change, as people count them ("3 modifications").
  let lastUnsentEditAt = 0;
  const countLocalEdit = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (!transaction.local || (provider.wsconnected && provider.synced)) return;
    const now = Date.now();
    const isNewChange = now - lastUnsentEditAt > EDIT_GROUPING_MS || pending.read() === 0;
    lastUnsentEditAt = now;
    if (!isNewChange) return;
    pending.increment();
    notify();
  };
  ydoc.on('update', countLocalEdit);

  const markLocalLoaded = () => {
    if (isLocalLoaded || isDestroyed) return;
    isLocalLoaded = true;
    notify();
  };
  persistence.whenSynced.then(markLocalLoaded, markLocalLoaded);
  const localLoadTimer = setTimeout(markLocalLoaded, LOCAL_LOAD_TIMEOUT_MS);

  const goOffline = () => {
    provider.disconnect();
    notify();
  };
  const goOnline = () => void connectWithFreshToken();
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  void connectWithFreshToken();

  const readStatus = (): CollabStatus => {
    if (stopReason) return 'stopped';
    if (!navigator.onLine) return 'offline';
    if (provider.wsconnected && provider.synced) return 'connected';
    return hasSynced ? 'reconnecting' : 'connecting';
  };

  const computeSnapshot = (): CollabSnapshot => {
    const status = readStatus();
    const hasContent = ydoc.getXmlFragment(DEED_FIELD).length > 0;
    return {
      status,
      isReady:
        isLocalLoaded &&
        (hasSynced || hasContent || hasFailedAttempt || status === 'offline' || status === 'stopped'),
      pendingChanges: pending.read(),
      isRateLimited,
      stopReason,
    };
  };

  return {
    ydoc,
    provider,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      snapshot ??= computeSnapshot();
      return snapshot;
    },
    onSignal(topic, listener) {
      const set = signalListeners.get(topic) ?? new Set();
      signalListeners.set(topic, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    retry() {
      if (stopReason === 'session-expired') return;
      stopReason = null;
      unauthorizedInARow = 0;
      notify();
      void connectWithFreshToken();
    },
    async discardLocalCopy() {
      tokens.stop();
      provider.disconnect();
      await persistence.clearData();
      pending.reset();
    },
    destroy() {
      isDestroyed = true;
      clearTimeout(tokenRetryTimer);
      clearTimeout(localLoadTimer);
      tokens.stop();
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      ydoc.off('update', countLocalEdit);
      provider.destroy();
      void persistence.destroy();
      ydoc.destroy();
      listeners.clear();
      signalListeners.clear();
    },
  };
}

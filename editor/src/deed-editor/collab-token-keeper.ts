import type { CollabToken } from '@deedroom/shared';

/** Refresh this long before expiry, so a reconnection never presents an expired token. */
const REFRESH_MARGIN_MS = 60_000;
/** Below this remaining lifetime a token is too old to open a connection with. */
const STALE_MARGIN_MS = 15_000;
const RETRY_DELAY_MS = 15_000;

export interface CollabTokenKeeper {
  /** Fetches a token now (rejects with the API error); later refreshes happen on their own until `stop`. */
  renew(): Promise<string>;
  isFresh(): boolean;
  stop(): void;
}

/**
 * Keeps a collaboration token fresh: `onToken` receives each new one (to be read at the next
 * (re)connection), `onRefreshError` each failure of a background refresh.
 */
export function createCollabTokenKeeper(
  fetchToken: () => Promise<CollabToken>,
  onToken: (token: string) => void,
  onRefreshError: (error: unknown) => void,
): CollabTokenKeeper {
  let expiresAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    if (isStopped) return;
    timer = setTimeout(() => {
      renew().catch((error: unknown) => {
        onRefreshError(error);
        schedule(RETRY_DELAY_MS);
      });
    }, delayMs);
  };

  async function renew(): Promise<string> {
    isStopped = false;
    const { token, expiresAt: expiry } = await fetchToken();
    if (isStopped) return token;
    const parsed = Date.parse(expiry);
    expiresAt = Number.isFinite(parsed) ? parsed : Date.now() + 60_000;
    onToken(token);
    schedule(Math.max(expiresAt - Date.now() - REFRESH_MARGIN_MS, 5_000));
    return token;
  }

  return {
    renew,
    isFresh: () => expiresAt - Date.now() > STALE_MARGIN_MS,
    stop() {
      isStopped = true;
      clearTimeout(timer);
    },
  };
}

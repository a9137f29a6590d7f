import { useEffect, useEffectEvent } from 'react';

/** A return to the tab fires both `focus` and `visibilitychange`: one refresh is enough. */
const MIN_GAP_MS = 2_000;

/**
 * Calls `refresh` every `intervalMs` while the page is visible, and at once when the window gets
 * the focus back or the tab becomes visible again: a hidden tab asks the server for nothing.
 */
export function useRefreshWhileVisible(refresh: () => void, intervalMs: number): void {
  const onRefresh = useEffectEvent(refresh);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | null = null;
    let lastRefreshAt = Date.now();

    function refreshNow() {
      lastRefreshAt = Date.now();
      onRefresh();
    }
    function startTimer() {
      if (timer === null) timer = setInterval(refreshNow, intervalMs);
    }
    function stopTimer() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    }
    function handleReturn() {
      if (document.visibilityState !== 'visible') return stopTimer();
      // Restart the period so that the next automatic refresh comes a full interval later.
      stopTimer();
      startTimer();
      if (Date.now() - lastRefreshAt >= MIN_GAP_MS) refreshNow();
    }

    if (document.visibilityState === 'visible') startTimer();
    document.addEventListener('visibilitychange', handleReturn);
    window.addEventListener('focus', handleReturn);
    return () => {
      stopTimer();
      document.removeEventListener('visibilitychange', handleReturn);
      window.removeEventListener('focus', handleReturn);
    };
  }, [intervalMs]);
}

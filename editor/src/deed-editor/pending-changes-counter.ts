/**
 * Counts the local edits made while the server could not receive them, kept in localStorage so
 * that a reload while offline still shows how many changes wait to be sent.
 */
export interface PendingChangesCounter {
  read(): number;
  increment(): void;
  reset(): void;
}

export function createPendingChangesCounter(storageKey: string): PendingChangesCounter {
  let count = readStoredCount(storageKey);
  const store = () => {
    try {
      if (count === 0) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, String(count));
    } catch {
      // Storage may be full or disabled: the in-memory count is still right for this page.
    }
  };
  return {
    read: () => count,
    increment() {
      count += 1;
      store();
    },
    reset() {
      if (count === 0) return;
      count = 0;
      store();
    },
  };
}

function readStoredCount(storageKey: string): number {
  try {
    const stored = Number.parseInt(localStorage.getItem(storageKey) ?? '0', 10);
    return Number.isFinite(stored) && stored > 0 ? stored : 0;
  } catch {
    return 0;
  }
}

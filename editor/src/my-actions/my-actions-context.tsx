import type { MyActions } from '@deedroom/shared';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { fetchMyActions } from '../api/me-api';
import { useRefreshWhileVisible } from '../hooks/use-refresh-while-visible';
import { type RefreshableResource, useRefreshableResource } from '../hooks/use-refreshable-resource';

/** Deadlines move by the day and colleagues tick items off: a minute is fresh enough. */
export const MY_ACTIONS_REFRESH_MS = 60_000;

type MyActionsResource = Omit<RefreshableResource<MyActions>, 'setData'>;

const MyActionsContext = createContext<MyActionsResource | null>(null);

/**
 * Loads « Mes actions » once for the whole signed-in frame, so that the header's overdue badge
 * and the page share one request, refreshed every minute while the tab is visible.
 */
export function MyActionsProvider({ children }: { children: ReactNode }) {
  const { data, error, isLoading, refresh } = useRefreshableResource('my-actions', fetchMyActions);
  useRefreshWhileVisible(refresh, MY_ACTIONS_REFRESH_MS);
  const value = useMemo(() => ({ data, error, isLoading, refresh }), [data, error, isLoading, refresh]);
  return <MyActionsContext.Provider value={value}>{children}</MyActionsContext.Provider>;
}

export function useMyActions(): MyActionsResource {
  const value = useContext(MyActionsContext);
  if (value === null) throw new Error('useMyActions must be used inside MyActionsProvider');
  return value;
}

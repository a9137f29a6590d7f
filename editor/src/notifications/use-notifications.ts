import type { NotificationList } from '@deedroom/shared';
import type { ApiError } from '../api/api-error';
import { fetchNotifications, markNotificationsRead } from '../api/me-api';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useRefreshWhileVisible } from '../hooks/use-refresh-while-visible';
import { useRefreshableResource } from '../hooks/use-refreshable-resource';
import { useAuthenticatedSession } from '../session/session-context';

/** Reminders are computed by the server a few times a day; a minute keeps the bell honest. */
export const NOTIFICATIONS_REFRESH_MS = 60_000;

export interface Notifications {
  data: NotificationList | null;
  error: ApiError | null;
  refresh: () => void;
  /** Marks these notifications read, or all of them without `ids`; the list updates from the answer. */
  markRead: (ids?: readonly string[]) => void;
  isMarking: boolean;
}

/** The user's in-app notifications, refreshed every minute while the tab is visible. */
export function useNotifications(): Notifications {
  const { csrfToken } = useAuthenticatedSession();
  const { data, error, refresh, setData } = useRefreshableResource('notifications', fetchNotifications);
  useRefreshWhileVisible(refresh, NOTIFICATIONS_REFRESH_MS);
  const mutation = useApiMutation((ids: readonly string[] | undefined) =>
    markNotificationsRead(ids, csrfToken),
  );

  function markRead(ids?: readonly string[]) {
    if (ids !== undefined && ids.length === 0) return;
    void mutation.run(ids).then((outcome) => {
      if (outcome.ok) setData(outcome.data);
    });
  }
  return { data, error, refresh, markRead, isMarking: mutation.isPending };
}

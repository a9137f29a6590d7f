import {
  type CalendarFeedCreated,
  CalendarFeedCreatedSchema,
  type CalendarFeedStatus,
  CalendarFeedStatusSchema,
  type MarkNotificationsReadRequest,
  type MyActions,
  MyActionsSchema,
  type NotificationList,
  NotificationListSchema,
  type NotificationSettings,
  NotificationSettingsSchema,
} from '@deedroom/shared';
import { requestJson } from './client';

const CALENDAR_FEED_PATH = '/api/me/calendar-feed';
const NOTIFICATION_SETTINGS_PATH = '/api/me/notification-settings';

/** The caller's open workflow items across all their deals, most urgent first, with counts. */
export function fetchMyActions(signal: AbortSignal): Promise<MyActions> {
  return requestJson('/api/me/actions', MyActionsSchema, { signal });
}

/** The caller's latest in-app notifications, newest first, and how many are unread. */
export function fetchNotifications(signal: AbortSignal): Promise<NotificationList> {
  return requestJson('/api/me/notifications', NotificationListSchema, { signal });
}

/** Marks the given notifications read, or every one of them when `ids` is omitted. */
export function markNotificationsRead(
  ids: readonly string[] | undefined,
  csrfToken: string,
): Promise<NotificationList> {
  const body: MarkNotificationsReadRequest = ids === undefined ? {} : { ids: [...ids] };
  return requestJson('/api/me/notifications/read', NotificationListSchema, {
    method: 'POST',
    body,
    csrfToken,
  });
}

/** How and when the caller is reminded of due dates by e-mail. */
export function fetchNotificationSettings(signal: AbortSignal): Promise<NotificationSettings> {
  return requestJson(NOTIFICATION_SETTINGS_PATH, NotificationSettingsSchema, { signal });
}

export function saveNotificationSettings(
  settings: NotificationSettings,
  csrfToken: string,
): Promise<NotificationSettings> {
  return requestJson(NOTIFICATION_SETTINGS_PATH, NotificationSettingsSchema, {
    method: 'PUT',
    body: settings,
    csrfToken,
  });
}

/** Whether the caller has a private iCalendar feed, and since when (never its address). */
export function fetchCalendarFeedStatus(signal: AbortSignal): Promise<CalendarFeedStatus> {
  return requestJson(CALENDAR_FEED_PATH, CalendarFeedStatusSchema, { signal });
}

/** Creates the feed, or replaces it: the previous address stops working. The URL is shown once. */
export function createCalendarFeed(csrfToken: string): Promise<CalendarFeedCreated> {
  return requestJson(CALENDAR_FEED_PATH, CalendarFeedCreatedSchema, { method: 'POST', csrfToken });
}

/** Revokes the feed: calendars subscribed to it stop receiving the deadlines. */
export function revokeCalendarFeed(csrfToken: string): Promise<CalendarFeedStatus> {
  return requestJson(CALENDAR_FEED_PATH, CalendarFeedStatusSchema, { method: 'DELETE', csrfToken });
}

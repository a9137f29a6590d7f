import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from '@deedroom/shared';
import type { NotificationSettingsRecord } from '../../store/workflow-records';
import type { ServiceDeps } from '../deps';

/** A person's reminder preferences, the defaults until they change them. */
export function readNotificationSettings(
  record: NotificationSettingsRecord | undefined,
): NotificationSettings {
  return record
    ? { emailReminders: record.emailReminders, remindDaysBefore: record.remindDaysBefore }
    : { ...DEFAULT_NOTIFICATION_SETTINGS };
}

export async function getNotificationSettings(
  deps: ServiceDeps,
  userId: string,
): Promise<NotificationSettings> {
  return readNotificationSettings(await deps.stores.notifications.findSettings(userId));
}

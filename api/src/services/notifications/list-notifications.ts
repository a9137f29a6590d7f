import { LIMITS, type NotificationList } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';

/** The caller's latest in-app notifications, newest first, and how many are unread. */
export async function listNotifications(deps: ServiceDeps, actor: Actor): Promise<NotificationList> {
  const [records, unreadCount] = await Promise.all([
    deps.stores.notifications.listForUser(actor.user.id, LIMITS.notificationListMax),
    deps.stores.notifications.countUnread(actor.user.id),
  ]);
  const deals = new Map<string, string>();
  for (const dealId of new Set(records.map((r) => r.dealId))) {
    deals.set(dealId, (await deps.stores.deals.findById(dealId))?.name ?? '');
  }
  return {
    notifications: records.map((record) => ({
      id: record.id,
      kind: record.kind,
      dealId: record.dealId,
      dealName: deals.get(record.dealId) ?? '',
      itemId: record.itemId,
      message: record.message,
      createdAt: record.createdAt,
      readAt: record.readAt,
    })),
    unreadCount,
  };
}

import type { MarkNotificationsReadRequest, NotificationList } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import { listNotifications } from './list-notifications';

/** Marks the caller's notifications read (those named, or all); others' ids are ignored. */
export async function markNotificationsRead(
  deps: ServiceDeps,
  actor: Actor,
  request: MarkNotificationsReadRequest,
): Promise<NotificationList> {
  await deps.stores.notifications.markRead(actor.user.id, request.ids, deps.clock.now().toISOString());
  return listNotifications(deps, actor);
}

import type { NotificationSettings } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';

export async function updateNotificationSettings(
  deps: ServiceDeps,
  actor: Actor,
  settings: NotificationSettings,
): Promise<NotificationSettings> {
  await deps.stores.notifications.putSettings({
    userId: actor.user.id,
    ...settings,
    updatedAt: deps.clock.now().toISOString(),
  });
  await recordAudit(deps, { action: 'notification.settings.update', actor, detail: { ...settings } });
  return settings;
}

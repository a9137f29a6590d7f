import type { CalendarFeedStatus } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { createFeedToken, hashFeedToken } from './hash-feed-token';

export async function getCalendarFeedStatus(deps: ServiceDeps, actor: Actor): Promise<CalendarFeedStatus> {
  const feed = await deps.stores.calendarFeeds.find(actor.user.id);
  return { active: feed !== undefined, createdAt: feed?.createdAt ?? null };
}

/** A new secret for the caller's feed (the previous address stops working); returns the secret once. */
export async function createCalendarFeed(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ token: string; createdAt: string }> {
  const token = createFeedToken();
  const createdAt = deps.clock.now().toISOString();
  await deps.stores.calendarFeeds.put(actor.user.id, hashFeedToken(token), createdAt);
  await recordAudit(deps, { action: 'calendar.feed.create', actor });
  return { token, createdAt };
}

/** The feed address answers 404 from now on. */
export async function revokeCalendarFeed(deps: ServiceDeps, actor: Actor): Promise<CalendarFeedStatus> {
  if (await deps.stores.calendarFeeds.delete(actor.user.id)) {
    await recordAudit(deps, { action: 'calendar.feed.revoke', actor });
  }
  return { active: false, createdAt: null };
}

import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { loadThreadViews, type ThreadView } from './load-thread-views';

/**
 * The deed's threads the caller may see: all-parties ones and those internal to their own
 * organisation. The filter is in the query; other organisations' internal threads never load.
 */
export async function listThreads(deps: ServiceDeps, actor: Actor, deedId: string): Promise<ThreadView[]> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const threads = await deps.stores.comments.listVisibleThreads(deed.id, actor.user.orgId);
  return loadThreadViews(deps, threads);
}

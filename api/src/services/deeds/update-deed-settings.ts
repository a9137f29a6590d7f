import type { DeedSettingsRequest } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { requireDeedAccess } from './require-deed-access';

/**
 * Holds kinds of organisation to suggestion mode on a deed (e.g. the developer's side once the
 * bank has sent its version). Open sockets on the deed re-check their rights at once.
 */
export async function updateDeedSettings(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  input: DeedSettingsRequest,
): Promise<void> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deed.manage');
  const kinds = [...input.suggestionOnlyFor].sort();
  await deps.stores.deeds.setSuggestionOnlyFor(deed.id, kinds, deps.clock.now().toISOString());
  await recordAudit(deps, {
    actor,
    action: 'deed.settings',
    outcome: 'success',
    dealId: deed.dealId,
    target: deed.id,
    detail: { suggestionOnlyFor: kinds, before: deed.suggestionOnlyFor },
  });
  deps.accessEvents.publish({ type: 'deed-changed', deedId: deed.id });
}

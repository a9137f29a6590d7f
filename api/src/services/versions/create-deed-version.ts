import type { CreateDeedVersionRequest } from '@deedroom/shared';
import type { DeedVersionRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { readDeedContent } from './read-deed-content';
import { saveDeedVersion } from './save-deed-version';

/**
 * « Enregistrer une version »: freezes the deed's text now under a name and a note. Anyone who
 * may write in the deed, even only as suggestions, or approve it may do so (`deed.suggest`).
 */
export async function createDeedVersion(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  input: CreateDeedVersionRequest,
): Promise<DeedVersionRecord> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deed.suggest');
  const snapshot = await readDeedContent(deps, deedId);
  const version = await saveDeedVersion(deps, {
    deedId,
    kind: 'manual',
    name: input.name,
    note: input.note ?? '',
    createdBy: actor.user.id,
    snapshot,
  });
  await recordAudit(deps, {
    action: 'deed.version.create',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: { versionId: version.id, number: version.number, contentHash: version.contentHash },
  });
  deps.deedSignals.publish({ deedId, topic: 'versions', orgId: null });
  return version;
}

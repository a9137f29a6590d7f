import type { PersonRef } from '@deedroom/shared';
import type { DeedVersionRecord, DeedVersionSummaryRecord } from '../../store/records';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { findDeedVersion } from './find-deed-version';
import { loadPeople } from './load-people';

export interface DeedVersionView {
  version: DeedVersionRecord;
  restoredFrom: DeedVersionSummaryRecord | null;
  people: Map<string, PersonRef>;
}

/** One version with its content, to be read (never edited). */
export async function getDeedVersion(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  versionId: string,
): Promise<DeedVersionView> {
  await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const version = await findDeedVersion(deps, deedId, versionId);
  const restoredFrom = version.restoredFrom
    ? ((await deps.stores.deedVersions.findById(version.restoredFrom)) ?? null)
    : null;
  return { version, restoredFrom, people: await loadPeople(deps, [version.createdBy]) };
}

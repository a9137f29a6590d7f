import type { PersonRef } from '@deedroom/shared';
import type { DeedVersionSummaryRecord } from '../../store/records';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { loadPeople } from './load-people';
import { readDeedContent } from './read-deed-content';

export interface DeedVersionsView {
  /** Newest first. */
  versions: DeedVersionSummaryRecord[];
  people: Map<string, PersonRef>;
  currentHash: string;
}

/** The versions of a deed, newest first, with the hash of its text now. */
export async function listDeedVersions(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
): Promise<DeedVersionsView> {
  await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const versions = await deps.stores.deedVersions.listByDeed(deedId);
  const { contentHash } = await readDeedContent(deps, deedId);
  const people = await loadPeople(
    deps,
    versions.map((v) => v.createdBy),
  );
  return { versions, people, currentHash: contentHash };
}

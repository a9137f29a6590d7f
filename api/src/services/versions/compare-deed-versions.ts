import {
  CURRENT_VERSION,
  compareDeeds,
  type DeedComparison,
  type DeedJsonNode,
  type PersonRef,
} from '@deedroom/shared';
import type { DeedVersionSummaryRecord } from '../../store/records';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { findDeedVersion } from './find-deed-version';
import { loadPeople } from './load-people';
import { readDeedContent } from './read-deed-content';

export interface DeedComparisonView {
  /** null: the current text. */
  from: DeedVersionSummaryRecord | null;
  to: DeedVersionSummaryRecord | null;
  comparison: DeedComparison;
  people: Map<string, PersonRef>;
}

async function readSide(
  deps: ServiceDeps,
  deedId: string,
  id: string,
): Promise<{ version: DeedVersionSummaryRecord | null; content: DeedJsonNode }> {
  if (id === CURRENT_VERSION)
    return { version: null, content: (await readDeedContent(deps, deedId)).content };
  const { contentJson, state: _state, ...version } = await findDeedVersion(deps, deedId, id);
  return { version, content: JSON.parse(contentJson) as DeedJsonNode };
}

/** The redline between two versions of a deed, or a version and the text now (`current`). */
export async function compareDeedVersions(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  fromId: string,
  toId: string,
): Promise<DeedComparisonView> {
  await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const from = await readSide(deps, deedId, fromId);
  const to = await readSide(deps, deedId, toId);
  const authors = [from.version, to.version].flatMap((v) => (v ? [v.createdBy] : []));
  return {
    from: from.version,
    to: to.version,
    comparison: compareDeeds(from.content, to.content),
    people: await loadPeople(deps, authors),
  };
}

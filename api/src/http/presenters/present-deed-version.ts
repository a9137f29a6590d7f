import type { DeedVersion, DeedVersionRef, DeedVersionSummary, PersonRef } from '@deedroom/shared';
import type { DeedVersionView } from '../../services/versions/get-deed-version';
import { personOf } from '../../services/versions/load-people';
import type { DeedVersionSummaryRecord } from '../../store/records';

function refOf(v: DeedVersionSummaryRecord): DeedVersionRef {
  return { id: v.id, number: v.number, name: v.name };
}

/** A version without its content; `others` names the version it restored, when listed there. */
export function presentVersionSummary(
  v: DeedVersionSummaryRecord,
  people: Map<string, PersonRef>,
  others: ReadonlyMap<string, DeedVersionSummaryRecord>,
): DeedVersionSummary {
  const restored = v.restoredFrom ? others.get(v.restoredFrom) : undefined;
  return {
    ...refOf(v),
    deedId: v.deedId,
    note: v.note,
    kind: v.kind,
    contentHash: v.contentHash,
    createdAt: v.createdAt,
    createdBy: personOf(people, v.createdBy),
    restoredFrom: restored ? refOf(restored) : null,
  };
}

export function presentVersion({ version, restoredFrom, people }: DeedVersionView): DeedVersion {
  const { contentJson, state: _state, ...summary } = version;
  const others = new Map(restoredFrom ? [[restoredFrom.id, restoredFrom]] : []);
  return {
    ...presentVersionSummary(summary, people, others),
    content: JSON.parse(contentJson) as Record<string, unknown>,
  };
}

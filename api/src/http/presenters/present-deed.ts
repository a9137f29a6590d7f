import type { Deed, DeedDetail } from '@deedroom/shared';
import type { DeedView } from '../../services/deeds/get-deed';
import type { DeedRecord } from '../../store/records';

export function presentDeed(d: DeedRecord): Deed {
  return {
    id: d.id,
    dealId: d.dealId,
    title: d.title,
    kind: d.kind,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export function presentDeedDetail({ deed, deal, staff, editMode, lockedByName }: DeedView): DeedDetail {
  return {
    ...presentDeed(deed),
    dealName: deal.name,
    myRole: staff.role,
    canEdit: editMode !== 'read',
    editMode,
    suggestionOnlyFor: deed.suggestionOnlyFor,
    lock: deed.lock && {
      lockedAt: deed.lock.lockedAt,
      lockedBy: { id: deed.lock.lockedBy, name: lockedByName ?? '' },
      versionId: deed.lock.versionId,
    },
  };
}

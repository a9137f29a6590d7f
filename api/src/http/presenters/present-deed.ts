import type { Deed } from '@deedroom/shared';
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

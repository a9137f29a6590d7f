import { type Deal, listActions } from '@deedroom/shared';
import type { DealView } from '../../services/deals/deal-view';

export function presentDeal({ deal, parties, role }: DealView): Deal {
  return {
    id: deal.id,
    name: deal.name,
    city: deal.city,
    lots: deal.lots,
    amountCents: deal.amountCents,
    status: deal.status,
    parties: parties.map((p) => ({ orgId: p.orgId, name: p.name, kind: p.kind })),
    myRole: role,
    myActions: listActions(role),
    createdAt: deal.createdAt,
    updatedAt: deal.updatedAt,
  };
}

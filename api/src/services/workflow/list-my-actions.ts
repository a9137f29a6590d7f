import {
  addCalendarDays,
  LIMITS,
  type MyActions,
  orderByWorkflowUrgency,
  toParisCalendarDate,
} from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import { collectMyWorkflowItems } from './collect-my-workflow-items';
import { presentWorkflowItems } from './present-workflow-items';

/**
 * « Mes actions »: across all the caller's deals, what they must do, most urgent first (overdue,
 * then by due date, then blocked, then undated), with counts over all of it.
 */
export async function listMyActions(deps: ServiceDeps, actor: Actor): Promise<MyActions> {
  const today = toParisCalendarDate(deps.clock.now());
  const mine = await collectMyWorkflowItems(deps, actor.user, today);
  const ordered = orderByWorkflowUrgency(
    mine.items.map(({ item }) => item),
    today,
  );
  const dealOf = new Map(mine.items.map(({ item, deal }) => [item.id, deal]));

  const counts = { total: ordered.length, overdue: 0, dueThisWeek: 0, blocked: 0, undated: 0 };
  const weekEnd = addCalendarDays(today, 7);
  for (const { item, urgency } of ordered) {
    if (urgency === 'overdue') counts.overdue += 1;
    else if (urgency === 'blocked') counts.blocked += 1;
    else if (urgency === 'undated') counts.undated += 1;
    if (urgency !== 'overdue' && item.dueDate !== null && item.dueDate < weekEnd) counts.dueThisWeek += 1;
  }

  const shown = ordered.slice(0, LIMITS.myActionsMaxItems);
  const views = await presentWorkflowItems(
    deps,
    shown.map(({ item }) => item),
    { userId: actor.user.id, orgKind: actor.user.orgKind },
    new Set(mine.visibleTitles.keys()),
  );
  return {
    today,
    items: views.map((view) => ({ ...view, dealName: dealOf.get(view.id)?.name ?? '' })),
    counts,
    dealCount: mine.dealCount,
  };
}

import type { WorkflowItemHistory } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import { loadPeople, personOf } from '../versions/load-people';
import { requireWorkflowItem } from './require-workflow-item';

/** Who changed what on an item, and which events closed it, oldest first. */
export async function getWorkflowItemHistory(
  deps: ServiceDeps,
  actor: Actor,
  itemId: string,
): Promise<WorkflowItemHistory> {
  const { item } = await requireWorkflowItem(deps, actor, itemId, 'deal.view');
  const events = await deps.stores.workflow.listEvents(item.id);
  const people = await loadPeople(
    deps,
    events.flatMap((event) => (event.actorId === null ? [] : [event.actorId])),
  );
  return {
    events: events.map((event) => ({
      id: event.id,
      at: event.at,
      kind: event.kind,
      actor: event.actorId === null ? null : personOf(people, event.actorId),
      summary: event.summary,
    })),
  };
}

import type {
  OrgKind,
  WorkflowDue,
  WorkflowEventKind,
  WorkflowItemKind,
  WorkflowItemStatus,
  WorkflowLinkKind,
  WorkflowVisibility,
} from '@deedroom/shared';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../database';
import type {
  WorkflowItemEventRecord,
  WorkflowItemRecord,
  WorkflowTemplateItemRecord,
} from '../workflow-records';
import type { WorkflowStore } from '../workflow-stores';
import { serializeWithin } from './serialize-within';

type ItemRow = Selectable<Database['workflow_items']>;

function toItem(row: ItemRow): WorkflowItemRecord {
  return {
    id: row.id,
    dealId: row.deal_id,
    title: row.title,
    description: row.description,
    kind: row.kind as WorkflowItemKind,
    responsibleParties: JSON.parse(row.responsible_parties) as OrgKind[],
    assigneeId: row.assignee_id,
    due: row.due === null ? null : (JSON.parse(row.due) as WorkflowDue),
    rollsToWorkingDay: row.rolls_to_working_day === 1,
    dependsOn: JSON.parse(row.depends_on) as string[],
    status: row.status as WorkflowItemStatus,
    visibility: row.visibility as WorkflowVisibility,
    link:
      row.link_kind === null || row.link_target_id === null
        ? null
        : { kind: row.link_kind as WorkflowLinkKind, targetId: row.link_target_id },
    position: row.position,
    completedAt: row.completed_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toItemRow(item: WorkflowItemRecord): Insertable<Database['workflow_items']> {
  return {
    id: item.id,
    deal_id: item.dealId,
    title: item.title,
    description: item.description,
    kind: item.kind,
    responsible_parties: JSON.stringify(item.responsibleParties),
    assignee_id: item.assigneeId,
    due: item.due === null ? null : JSON.stringify(item.due),
    rolls_to_working_day: item.rollsToWorkingDay ? 1 : 0,
    depends_on: JSON.stringify(item.dependsOn),
    status: item.status,
    visibility: item.visibility,
    link_kind: item.link?.kind ?? null,
    link_target_id: item.link?.targetId ?? null,
    position: item.position,
    completed_at: item.completedAt,
    created_by: item.createdBy,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
  };
}

function toEventRow(
  event: WorkflowItemEventRecord,
  seq: number,
): Insertable<Database['workflow_item_events']> {
  return {
    id: event.id,
    seq,
    item_id: event.itemId,
    deal_id: event.dealId,
    at: event.at,
    actor_id: event.actorId,
    kind: event.kind,
    summary: event.summary,
  };
}

/** Appends an event after the item's last one, in the caller's transaction. */
async function insertEvent(trx: Transaction<Database>, event: WorkflowItemEventRecord): Promise<void> {
  await serializeWithin(trx, `workflow_item_events:${event.itemId}`);
  const last = await trx
    .selectFrom('workflow_item_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('item_id', '=', event.itemId)
    .executeTakeFirst();
  await trx
    .insertInto('workflow_item_events')
    .values(toEventRow(event, Number(last?.seq ?? 0) + 1))
    .execute();
}

/** Every change to a deal's items bumps its revision in the change's own transaction. */
async function bumpRevision(trx: Transaction<Database>, dealId: string): Promise<void> {
  await trx
    .updateTable('deal_workflows')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('deal_id', '=', dealId)
    .execute();
}

/** Deals whose items are kept in memory, at most (a bank's whole portfolio, many times over). */
const CACHED_DEALS_MAX = 20_000;

/** SQLite caps bound parameters; deal id lists are read in chunks of this size. */
const CHUNK = 500;

export function createWorkflowStore(db: Kysely<Database>): WorkflowStore {
  /** Each deal's items as last read, with the revision they were read at. */
  const cache = new Map<string, { revision: number; items: readonly WorkflowItemRecord[] }>();

  async function loadItems(dealIds: string[]): Promise<WorkflowItemRecord[]> {
    const items: WorkflowItemRecord[] = [];
    for (let i = 0; i < dealIds.length; i += CHUNK) {
      const rows = await db
        .selectFrom('workflow_items')
        .selectAll()
        .where('deal_id', 'in', dealIds.slice(i, i + CHUNK))
        .orderBy('deal_id')
        .orderBy('position')
        .execute();
      for (const row of rows) items.push(toItem(row));
    }
    return items;
  }

  async function listItemsByDeal(dealIds: string[]): Promise<Map<string, readonly WorkflowItemRecord[]>> {
    const revisions = new Map<string, number>();
    for (let i = 0; i < dealIds.length; i += CHUNK) {
      const rows = await db
        .selectFrom('deal_workflows')
        .select(['deal_id', 'revision'])
        .where('deal_id', 'in', dealIds.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) revisions.set(row.deal_id, Number(row.revision));
    }
    const result = new Map<string, readonly WorkflowItemRecord[]>();
    const stale: string[] = [];
    for (const dealId of dealIds) {
      const cached = cache.get(dealId);
      if (cached !== undefined && cached.revision === revisions.get(dealId)) result.set(dealId, cached.items);
      else stale.push(dealId);
    }
    const loaded = new Map<string, WorkflowItemRecord[]>(stale.map((dealId) => [dealId, []]));
    for (const item of await loadItems(stale)) loaded.get(item.dealId)?.push(item);
    if (cache.size + stale.length > CACHED_DEALS_MAX) cache.clear();
    for (const [dealId, items] of loaded) {
      const frozen = Object.freeze(items);
      result.set(dealId, frozen);
      const revision = revisions.get(dealId);
      // Read after the revision: at worst newer than it, which the next read then reloads.
      if (revision !== undefined) cache.set(dealId, { revision, items: frozen });
    }
    return result;
  }

  return {
    async initialise(dealId, items, at) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .insertInto('deal_workflows')
          .values({ deal_id: dealId, created_at: at })
          .onConflict((oc) => oc.column('deal_id').doNothing())
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        if (items.length > 0) await trx.insertInto('workflow_items').values(items.map(toItemRow)).execute();
        return true;
      });
    },
    async listDealIds() {
      const rows = await db.selectFrom('deal_workflows').select('deal_id').orderBy('deal_id').execute();
      return rows.map((r) => r.deal_id);
    },
    async listUninitialised(dealIds) {
      const missing = new Set(dealIds);
      for (let i = 0; i < dealIds.length; i += CHUNK) {
        const rows = await db
          .selectFrom('deal_workflows')
          .select('deal_id')
          .where('deal_id', 'in', dealIds.slice(i, i + CHUNK))
          .execute();
        for (const row of rows) missing.delete(row.deal_id);
      }
      return [...missing];
    },
    async findItem(id) {
      const row = await db.selectFrom('workflow_items').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toItem(row);
    },
    async listItems(dealIds) {
      const byDeal = await listItemsByDeal(dealIds);
      return dealIds.flatMap((dealId) => [...(byDeal.get(dealId) ?? [])]);
    },
    listItemsByDeal,
    async listOpenItemsLinkedTo(targetId) {
      const rows = await db
        .selectFrom('workflow_items')
        .selectAll()
        .where('link_target_id', '=', targetId)
        .where('status', 'not in', ['done', 'not_applicable'])
        .orderBy('position')
        .execute();
      return rows.map(toItem);
    },
    async nextPosition(dealId) {
      const row = await db
        .selectFrom('workflow_items')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('deal_id', '=', dealId)
        .executeTakeFirst();
      return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
    },
    async createItem(item, event) {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('workflow_items').values(toItemRow(item)).execute();
        await insertEvent(trx, event);
        await bumpRevision(trx, item.dealId);
      });
    },
    async updateItem(id, patch, event) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('workflow_items')
          .set({
            ...(patch.title !== undefined && { title: patch.title }),
            ...(patch.description !== undefined && { description: patch.description }),
            ...(patch.kind !== undefined && { kind: patch.kind }),
            ...(patch.responsibleParties !== undefined && {
              responsible_parties: JSON.stringify(patch.responsibleParties),
            }),
            ...(patch.assigneeId !== undefined && { assignee_id: patch.assigneeId }),
            ...(patch.due !== undefined && { due: patch.due === null ? null : JSON.stringify(patch.due) }),
            ...(patch.rollsToWorkingDay !== undefined && {
              rolls_to_working_day: patch.rollsToWorkingDay ? 1 : 0,
            }),
            ...(patch.dependsOn !== undefined && { depends_on: JSON.stringify(patch.dependsOn) }),
            ...(patch.status !== undefined && { status: patch.status }),
            ...(patch.visibility !== undefined && { visibility: patch.visibility }),
            ...(patch.link !== undefined && {
              link_kind: patch.link?.kind ?? null,
              link_target_id: patch.link?.targetId ?? null,
            }),
            ...(patch.completedAt !== undefined && { completed_at: patch.completedAt }),
            updated_at: patch.updatedAt,
          })
          .where('id', '=', id)
          .execute();
        await insertEvent(trx, event);
        await bumpRevision(trx, event.dealId);
      });
    },
    async closeItem(id, expected, at, event) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('workflow_items')
          .set({ status: 'done', completed_at: at, updated_at: at })
          .where('id', '=', id)
          .where('status', 'in', [...expected])
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return false;
        await insertEvent(trx, event);
        await bumpRevision(trx, event.dealId);
        return true;
      });
    },
    async deleteItem(id) {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('workflow_items')
          .select('deal_id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return;
        await trx.deleteFrom('workflow_items').where('id', '=', id).execute();
        await bumpRevision(trx, row.deal_id);
      });
    },
    async listEvents(itemId) {
      const rows = await db
        .selectFrom('workflow_item_events')
        .selectAll()
        .where('item_id', '=', itemId)
        .orderBy('seq')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        itemId: row.item_id,
        dealId: row.deal_id,
        at: row.at,
        actorId: row.actor_id,
        kind: row.kind as WorkflowEventKind,
        summary: row.summary,
      }));
    },
    async findTemplate(orgId) {
      const row = await db
        .selectFrom('workflow_templates')
        .select('items')
        .where('org_id', '=', orgId)
        .executeTakeFirst();
      return row && (JSON.parse(row.items) as WorkflowTemplateItemRecord[]);
    },
    async saveTemplate(orgId, items, by, at) {
      const values = { org_id: orgId, items: JSON.stringify(items), updated_by: by, updated_at: at };
      await db
        .insertInto('workflow_templates')
        .values(values)
        .onConflict((oc) =>
          oc.column('org_id').doUpdateSet({ items: values.items, updated_by: by, updated_at: at }),
        )
        .execute();
    },
  };
}

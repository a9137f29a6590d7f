import type { EmailReminderMode, NotificationKind } from '@deedroom/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { NotificationSettingsRecord, ReminderKey } from '../workflow-records';
import type { NotificationStore } from '../workflow-stores';

function toSettings(row: Database['notification_settings']): NotificationSettingsRecord {
  return {
    userId: row.user_id,
    emailReminders: row.email_reminders as EmailReminderMode,
    remindDaysBefore: row.remind_days_before,
    updatedAt: row.updated_at,
  };
}

function toReminderKey(row: {
  item_id: string;
  user_id: string;
  kind: string;
  due_date: string;
}): ReminderKey {
  return {
    itemId: row.item_id,
    userId: row.user_id,
    kind: row.kind as ReminderKey['kind'],
    dueDate: row.due_date,
  };
}

export function createNotificationStore(db: Kysely<Database>): NotificationStore {
  return {
    async createMany(notifications) {
      if (notifications.length === 0) return;
      await db
        .insertInto('notifications')
        .values(
          notifications.map((n) => ({
            id: n.id,
            user_id: n.userId,
            deal_id: n.dealId,
            item_id: n.itemId,
            kind: n.kind,
            message: n.message,
            created_at: n.createdAt,
            read_at: n.readAt,
          })),
        )
        .execute();
    },
    async listForUser(userId, limit) {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        userId: row.user_id,
        dealId: row.deal_id,
        itemId: row.item_id,
        kind: row.kind as NotificationKind,
        message: row.message,
        createdAt: row.created_at,
        readAt: row.read_at,
      }));
    },
    async countUnread(userId) {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
    async markRead(userId, ids, at) {
      let query = db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null);
      if (ids !== undefined) query = query.where('id', 'in', [...ids]);
      await query.execute();
    },
    async findSettings(userId) {
      const row = await db
        .selectFrom('notification_settings')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toSettings(row);
    },
    async listSettings(userIds) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom('notification_settings')
        .selectAll()
        .where('user_id', 'in', userIds)
        .execute();
      return rows.map(toSettings);
    },
    async putSettings(settings) {
      const values = {
        user_id: settings.userId,
        email_reminders: settings.emailReminders,
        remind_days_before: settings.remindDaysBefore,
        updated_at: settings.updatedAt,
      };
      await db
        .insertInto('notification_settings')
        .values(values)
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            email_reminders: values.email_reminders,
            remind_days_before: values.remind_days_before,
            updated_at: values.updated_at,
          }),
        )
        .execute();
    },
    async claimReminders(keys, at) {
      if (keys.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const claimed: ReminderKey[] = [];
        for (const key of keys) {
          const result = await trx
            .insertInto('reminders_sent')
            .values({
              item_id: key.itemId,
              user_id: key.userId,
              kind: key.kind,
              due_date: key.dueDate,
              notified_at: at,
              emailed_at: null,
            })
            .onConflict((oc) => oc.columns(['item_id', 'user_id', 'kind', 'due_date']).doNothing())
            .executeTakeFirst();
          if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) claimed.push(key);
        }
        return claimed;
      });
    },
    async markReminderEmailed(keys, at) {
      if (keys.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const key of keys) {
          await trx
            .updateTable('reminders_sent')
            .set({ emailed_at: at })
            .where('item_id', '=', key.itemId)
            .where('user_id', '=', key.userId)
            .where('kind', '=', key.kind)
            .where('due_date', '=', key.dueDate)
            .execute();
        }
      });
    },
    async listUnemailedReminders(userIds) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom('reminders_sent')
        .select(['item_id', 'user_id', 'kind', 'due_date'])
        .where('emailed_at', 'is', null)
        .where('user_id', 'in', userIds)
        .orderBy('notified_at')
        .execute();
      return rows.map(toReminderKey);
    },
    async claimDigest(userId, day, at) {
      const result = await db
        .insertInto('digests_sent')
        .values({ user_id: userId, day, sent_at: at })
        .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async releaseDigest(userId, day) {
      await db.deleteFrom('digests_sent').where('user_id', '=', userId).where('day', '=', day).execute();
    },
  };
}

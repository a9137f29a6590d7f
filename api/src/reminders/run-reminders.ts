import { type NotificationKind, orderByWorkflowUrgency, toParisCalendarDate } from '@deedroom/shared';
import { createId } from '../create-id';
import { formatFrenchDate } from '../mail/format-french-date';
import type { Mailer } from '../mail/mailer';
import { type DigestLine, renderDigestEmail } from '../mail/render-digest-email';
import { type ReminderLine, renderReminderEmail } from '../mail/render-reminder-email';
import type { ServiceDeps } from '../services/deps';
import { readNotificationSettings } from '../services/notifications/get-notification-settings';
import type { DealRecord } from '../store/records';
import type { NotificationRecord, ReminderKey } from '../store/workflow-records';
import { collectReminderCandidates, type PersonalItem } from './collect-reminder-candidates';

export interface ReminderRunOptions {
  mailer: Mailer;
  /** Absolute base URL for links in e-mails. */
  appUrl: string;
  /** Hour (Europe/Paris) from which the morning digest goes out. */
  digestHour: number;
}

export interface ReminderRunResult {
  notified: number;
  emailed: number;
  digests: number;
  failures: number;
}

/** The most lines a digest lists; the counts cover the rest. */
const DIGEST_MAX_LINES = 50;

const PARIS_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  hourCycle: 'h23',
});

function describeReminder(kind: ReminderKey['kind'], title: string, dueDate: string): string {
  return kind === 'overdue'
    ? `« ${title} » est en retard : échéance du ${formatFrenchDate(dueDate)}.`
    : `« ${title} » arrive à échéance le ${formatFrenchDate(dueDate)}.`;
}

/**
 * One pass of the reminders: in-app notifications for what falls due or is late (each reminder
 * once per item, person and due date — a moved date reminds again), e-mails to those who want
 * one per reminder (retried on the next pass when the SMTP server refused), and each morning
 * the digest of those who chose it. Idempotent: run it as often as you like.
 */
export async function runReminders(
  deps: ServiceDeps,
  options: ReminderRunOptions,
): Promise<ReminderRunResult> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = toParisCalendarDate(now);
  const result: ReminderRunResult = { notified: 0, emailed: 0, digests: 0, failures: 0 };

  const dealIds = await deps.stores.workflow.listDealIds();
  const itemsByDeal = await deps.stores.workflow.listItemsByDeal(dealIds);
  const deals = [];
  for (const dealId of dealIds) {
    const deal = await deps.stores.deals.findById(dealId);
    if (!deal || deal.status === 'closed') continue;
    deals.push({
      deal,
      items: itemsByDeal.get(dealId) ?? [],
      staff: await deps.stores.staffing.list(dealId),
    });
  }
  const userIds = [...new Set(deals.flatMap((d) => d.staff.map((s) => s.userId)))];
  const settings = new Map((await deps.stores.notifications.listSettings(userIds)).map((s) => [s.userId, s]));
  const candidates = collectReminderCandidates(deals, settings, today);
  const urlOf = (dealId: string) => `${options.appUrl}/deals/${encodeURIComponent(dealId)}/deadlines`;

  const claimed = await deps.stores.notifications.claimReminders(candidates.keys, at);
  const notifications: NotificationRecord[] = [];
  for (const key of claimed) {
    const entry = candidates.itemsById.get(key.itemId);
    if (!entry) continue;
    notifications.push({
      id: createId(),
      userId: key.userId,
      dealId: entry.deal.id,
      itemId: key.itemId,
      kind: key.kind satisfies NotificationKind,
      message: describeReminder(key.kind, entry.item.title, key.dueDate),
      createdAt: at,
      readAt: null,
    });
  }
  await deps.stores.notifications.createMany(notifications);
  result.notified = notifications.length;

  // Reminders of people who want no e-mail per reminder are settled as soon as given.
  const wantsEmail = (userId: string) =>
    readNotificationSettings(settings.get(userId)).emailReminders === 'immediate';
  await deps.stores.notifications.markReminderEmailed(
    claimed.filter((key) => !wantsEmail(key.userId)),
    at,
  );
  const pending = await deps.stores.notifications.listUnemailedReminders(userIds.filter(wantsEmail));
  const byUser = new Map<string, ReminderKey[]>();
  for (const key of pending) byUser.set(key.userId, [...(byUser.get(key.userId) ?? []), key]);
  for (const [userId, keys] of byUser) {
    const person = candidates.people.get(userId);
    // A reminder about an item since closed, moved or handed over is dropped, not mailed.
    const current = keys.filter((key) => {
      const entry = candidates.itemsById.get(key.itemId);
      return (
        entry?.item.dueDate === key.dueDate &&
        candidates.itemsByUser.get(userId)?.some((own) => own.item.id === key.itemId)
      );
    });
    if (!person || current.length === 0) {
      await deps.stores.notifications.markReminderEmailed(keys, at);
      continue;
    }
    const lines: ReminderLine[] = current.map((key) => {
      const entry = candidates.itemsById.get(key.itemId) as PersonalItem;
      return {
        kind: key.kind,
        dealName: entry.deal.name,
        itemTitle: entry.item.title,
        dueDate: key.dueDate,
        nonWorkingDay: entry.item.nonWorkingDay,
        url: urlOf(entry.deal.id),
      };
    });
    try {
      const email = renderReminderEmail({
        recipientName: person.name,
        reminders: lines,
        appUrl: options.appUrl,
      });
      await options.mailer.send({ to: { name: person.name, email: person.email }, ...email });
      await deps.stores.notifications.markReminderEmailed(keys, new Date().toISOString());
      result.emailed += 1;
    } catch (err) {
      result.failures += 1;
      deps.logger.warn({ err, userId }, 'reminder e-mail not sent; retried on the next run');
    }
  }

  if (Number(PARIS_HOUR.format(now)) >= options.digestHour) {
    for (const [userId, entries] of candidates.itemsByUser) {
      const person = candidates.people.get(userId);
      if (!person || readNotificationSettings(settings.get(userId)).emailReminders !== 'daily_digest')
        continue;
      if (!(await deps.stores.notifications.claimDigest(userId, today, at))) continue;
      const dealOf = new Map(entries.map(({ item, deal }) => [item.id, deal]));
      const ordered = orderByWorkflowUrgency(
        entries.map(({ item }) => item),
        today,
      );
      const counts = { overdue: 0, dueThisWeek: 0, total: ordered.length };
      const lines: DigestLine[] = ordered.map(({ item, urgency }) => {
        const deal = dealOf.get(item.id) as DealRecord;
        if (urgency === 'overdue') counts.overdue += 1;
        if (urgency === 'this_week') counts.dueThisWeek += 1;
        return {
          urgency: urgency === 'settled' ? 'later' : urgency,
          dealName: deal.name,
          itemTitle: item.title,
          dueDate: item.dueDate,
          url: urlOf(deal.id),
        };
      });
      try {
        const email = renderDigestEmail({
          recipientName: person.name,
          today,
          lines: lines.slice(0, DIGEST_MAX_LINES),
          counts,
          appUrl: options.appUrl,
        });
        await options.mailer.send({ to: { name: person.name, email: person.email }, ...email });
        result.digests += 1;
      } catch (err) {
        result.failures += 1;
        await deps.stores.notifications.releaseDigest(userId, today);
        deps.logger.warn({ err, userId }, 'digest e-mail not sent; retried on the next run');
      }
    }
  }
  return result;
}

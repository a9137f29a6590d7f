import { AppError, toParisCalendarDate, WORKFLOW_DISPLAY_STATUS_LABELS } from '@deedroom/shared';
import { renderCalendarFeed } from '../../calendar/render-calendar-feed';
import { runInTenantScope } from '../../store/tenant-scope';
import type { ServiceDeps } from '../deps';
import { collectMyWorkflowItems } from '../workflow/collect-my-workflow-items';
import { describeDue } from '../workflow/describe-workflow-change';
import { hashFeedToken } from './hash-feed-token';

/**
 * The iCalendar feed behind a secret: the dated deadlines that are its owner's to act on, as
 * « Mes actions » shows them (same wall). An unknown or revoked secret is a 404, like any
 * missing page: the feed never says whether a secret once existed.
 */
export async function renderUserCalendar(deps: ServiceDeps, token: string, appUrl: string): Promise<string> {
  const userId = await deps.stores.calendarFeeds.findUserByTokenHash(hashFeedToken(token));
  const user = userId && (await deps.stores.users.findById(userId));
  if (!user) throw new AppError('NOT_FOUND', 'Calendrier introuvable.');
  const now = deps.clock.now();
  // The secret stands for its owner: the feed reads what their organisation may see.
  const mine = await runInTenantScope({ kind: 'org', orgId: user.orgId }, () =>
    collectMyWorkflowItems(deps, user, toParisCalendarDate(now)),
  );
  const events = mine.items.flatMap(({ item, deal }) => {
    if (item.dueDate === null) return [];
    const notes = [
      `Dossier : ${deal.name}`,
      `Statut : ${WORKFLOW_DISPLAY_STATUS_LABELS[item.displayStatus]}`,
      `Échéance : ${describeDue(item.due, mine.visibleTitles)}`,
      ...(item.isRolled && item.nonWorkingDay
        ? [
            `La date calculée tombait un jour non ouvré (${item.nonWorkingDay}) : reportée au jour ouvré suivant.`,
          ]
        : []),
      ...(item.description ? [item.description] : []),
    ];
    return [
      {
        uid: `workflow-item-${item.id}@deedroom`,
        date: item.dueDate,
        summary: `${item.title} · ${deal.name}`,
        description: notes.join('\n'),
        url: `${appUrl}/deals/${encodeURIComponent(deal.id)}/deadlines`,
        status: 'confirmed' as const,
      },
    ];
  });
  return renderCalendarFeed({ calendarName: `Deedroom · ${user.name}`, events, generatedAt: now });
}

import { WORKFLOW_URGENCY_LABELS } from '@deedroom/shared';
import { formatFrenchDate } from './format-french-date';
import { html, requireWebUrl } from './html-template';
import { type RenderedEmail, renderEmailHtml, renderEmailText, toSingleLine } from './render-email-layout';

/** The urgency groups of the digest, most urgent first (the order of « Mes actions »). */
const DIGEST_URGENCIES = ['overdue', 'this_week', 'later', 'blocked', 'undated'] as const;
type DigestUrgency = (typeof DIGEST_URGENCIES)[number];

/** One open action in the morning digest. */
export interface DigestLine {
  urgency: DigestUrgency;
  dealName: string;
  itemTitle: string;
  /** `YYYY-MM-DD`, null while the date is still to be set. */
  dueDate: string | null;
  /** Deep link to the item in the app. */
  url: string;
}

const HEADING = 'margin:24px 0 8px;font-size:15px;';
const LIST = 'margin:0 0 16px;padding-left:20px;font-size:14px;line-height:20px;';
const ITEM = 'margin:0 0 8px;';
const PARAGRAPH = 'margin:0 0 16px;font-size:14px;line-height:20px;';

/**
 * Renders the morning summary of a recipient's open actions, in French, e.g. subject
 * « Vos actions Deedroom du 27/11/2026 : 2 en retard, 5 cette semaine ». Lines are grouped by
 * urgency (overdue, this week, later, blocked, undated), keeping the given order inside a group;
 * when `counts.total` exceeds the lines given, the e-mail says how many more await in the app.
 * Every user-supplied value is escaped in the HTML part.
 */
export function renderDigestEmail(input: {
  recipientName: string;
  /** `YYYY-MM-DD` */
  today: string;
  lines: DigestLine[];
  counts: { overdue: number; dueThisWeek: number; total: number };
  appUrl: string;
}): RenderedEmail {
  const subject = `Vos actions Deedroom du ${formatFrenchDate(input.today)} : ${summarizeCounts(input.counts)}`;
  const layout = { recipientName: toSingleLine(input.recipientName), title: subject, appUrl: input.appUrl };
  const groups = DIGEST_URGENCIES.flatMap((urgency) => {
    const lines = input.lines.filter((l) => l.urgency === urgency);
    return lines.length === 0
      ? []
      : [{ heading: `${WORKFLOW_URGENCY_LABELS[urgency]} (${lines.length})`, lines }];
  });
  const hidden = input.counts.total - input.lines.length;
  const more =
    hidden > 0 ? `… et ${describeCount(hidden, 'autre action', 'autres actions')} dans Deedroom.` : null;

  const textGroups = groups.map(
    (group) =>
      `${group.heading}\n${group.lines
        .map(
          (l) =>
            `- ${toSingleLine(l.dealName)} : ${toSingleLine(l.itemTitle)}, ${describeDueDate(l)}\n  ${l.url}`,
        )
        .join('\n')}`,
  );
  const htmlGroups = groups.map(
    (group) =>
      html`<h2 style="${HEADING}">${group.heading}</h2>\n<ul style="${LIST}">${group.lines.map(
        (l) =>
          html`<li style="${ITEM}"><a href="${requireWebUrl(l.url)}">${l.itemTitle}</a> (${l.dealName}) : ${describeDueDate(l)}</li>`,
      )}</ul>\n`,
  );
  const empty = 'Aucune action ouverte ne vous attend.';

  return {
    subject,
    text: renderEmailText(
      layout,
      [groups.length === 0 ? empty : textGroups.join('\n\n'), ...(more === null ? [] : ['', more])].join(
        '\n',
      ),
    ),
    html: renderEmailHtml(
      layout,
      html`${groups.length === 0 ? html`<p style="${PARAGRAPH}">${empty}</p>` : htmlGroups}${more === null ? '' : html`<p style="${PARAGRAPH}">${more}</p>`}`,
    ),
  };
}

/** « 2 en retard, 5 cette semaine »; zeros are left out, and with neither, the total. */
function summarizeCounts(counts: { overdue: number; dueThisWeek: number; total: number }): string {
  const parts = [
    ...(counts.overdue > 0 ? [`${counts.overdue} en retard`] : []),
    ...(counts.dueThisWeek > 0 ? [`${counts.dueThisWeek} cette semaine`] : []),
  ];
  if (parts.length > 0) return parts.join(', ');
  return describeCount(counts.total, 'action à suivre', 'actions à suivre');
}

function describeDueDate(line: DigestLine): string {
  if (line.dueDate === null) return 'date à fixer';
  const date = formatFrenchDate(line.dueDate);
  return line.urgency === 'overdue' ? `en retard depuis le ${date}` : `échéance le ${date}`;
}

/** French plural: 0 and 1 take the singular. */
function describeCount(count: number, singular: string, plural: string): string {
  return `${count} ${count > 1 ? plural : singular}`;
}

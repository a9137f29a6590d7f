import { formatFrenchDate } from './format-french-date';
import { html, requireWebUrl } from './html-template';
import { type RenderedEmail, renderEmailHtml, renderEmailText, toSingleLine } from './render-email-layout';

/** One deadline a reminder e-mail tells its recipient about. */
export interface ReminderLine {
  kind: 'due_soon' | 'overdue';
  dealName: string;
  itemTitle: string;
  /** `YYYY-MM-DD` */
  dueDate: string;
  /** Why the due date is not a working day (« samedi », « Toussaint »…), from `describeNonWorkingDay`. */
  nonWorkingDay: string | null;
  /** Deep link to the item in the app. */
  url: string;
}

const PARAGRAPH = 'margin:0 0 16px;font-size:14px;line-height:20px;';
const LIST = 'margin:0 0 16px;padding-left:20px;font-size:14px;line-height:20px;';
const ITEM = 'margin:0 0 8px;';
const OVERDUE = 'color:#b42318;font-weight:bold;';

/**
 * Renders the deadline reminder for one recipient, in French: one line gets a subject naming
 * the item (« Échéance le 02/03/2027 : Purge du recours des tiers (Résidence Les Tilleuls) »),
 * several get « 3 échéances Deedroom à traiter ». Lines are listed in the order given.
 * Every user-supplied value is escaped in the HTML part.
 */
export function renderReminderEmail(input: {
  recipientName: string;
  reminders: ReminderLine[];
  appUrl: string;
}): RenderedEmail {
  const { reminders } = input;
  const [first] = reminders;
  if (first === undefined) throw new RangeError('A reminder e-mail needs at least one reminder line');
  const single = reminders.length === 1;
  const subject = single ? describeSingleReminder(first) : `${reminders.length} échéances Deedroom à traiter`;
  const intro = single
    ? 'Une échéance demande votre attention :'
    : 'Ces échéances demandent votre attention :';
  const layout = { recipientName: toSingleLine(input.recipientName), title: subject, appUrl: input.appUrl };

  const textLines = reminders.map(
    (line) =>
      `- ${toSingleLine(line.dealName)} : ${toSingleLine(line.itemTitle)}, ${describeDueDate(line)}\n  ${line.url}`,
  );
  const htmlItems = reminders.map(
    (line) =>
      html`<li style="${ITEM}"><a href="${requireWebUrl(line.url)}">${line.itemTitle}</a> (${line.dealName}) : <span style="${line.kind === 'overdue' ? OVERDUE : ''}">${describeDueDate(line)}</span></li>`,
  );

  return {
    subject,
    text: renderEmailText(layout, `${intro}\n\n${textLines.join('\n')}`),
    html: renderEmailHtml(
      layout,
      html`<p style="${PARAGRAPH}">${intro}</p>\n<ul style="${LIST}">${htmlItems}</ul>`,
    ),
  };
}

function describeSingleReminder(line: ReminderLine): string {
  const when = line.kind === 'overdue' ? 'En retard depuis le' : 'Échéance le';
  return toSingleLine(`${when} ${formatFrenchDate(line.dueDate)} : ${line.itemTitle} (${line.dealName})`);
}

/** « échéance le 02/03/2027 (dimanche, jour non ouvré) » or « en retard depuis le 02/03/2027 ». */
function describeDueDate(line: ReminderLine): string {
  const date = formatFrenchDate(line.dueDate);
  const when = line.kind === 'overdue' ? `en retard depuis le ${date}` : `échéance le ${date}`;
  return line.nonWorkingDay === null ? when : `${when} (${toSingleLine(line.nonWorkingDay)}, jour non ouvré)`;
}

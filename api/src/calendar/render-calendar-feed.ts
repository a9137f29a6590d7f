import { addCalendarDays, parseCalendarDate } from '@deedroom/shared';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';

/** One deadline in a subscribed calendar: an all-day event on its due date. */
export interface CalendarFeedEvent {
  /** Stable across renders (e.g. `workflow-item-<id>@deedroom`), so clients update rather than duplicate. */
  uid: string;
  /** `YYYY-MM-DD`, all-day */
  date: string;
  summary: string;
  description: string;
  url: string;
  /** `cancelled` keeps a removed deadline visible as cancelled instead of silently vanishing. */
  status: 'confirmed' | 'cancelled';
}

const DEFAULT_PRODUCT_ID = '-//Deedroom//Echeances//FR';
/** Clients are asked to refresh the subscription hourly (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 60 * 60;

/**
 * Renders an RFC 5545 iCalendar feed of all-day deadlines (DTSTART;VALUE=DATE, DTEND the next
 * day, transparent so they never block free/busy). No time zone: dates are days, not instants.
 * Events are sorted by date then UID and DTSTAMP is `generatedAt`, so the same input always
 * gives the same text. Throws on a malformed date, a duplicate UID or a UID with control
 * characters (the library writes UIDs unescaped).
 */
export function renderCalendarFeed(input: {
  calendarName: string;
  events: CalendarFeedEvent[];
  generatedAt: Date;
  /** Full PRODID, `-//Deedroom//Echeances//FR` by default. */
  productId?: string;
}): string {
  const productId = input.productId ?? DEFAULT_PRODUCT_ID;
  if (!productId.startsWith('-//')) throw new RangeError(`PRODID must start with "-//", got "${productId}"`);
  const calendar = ical({
    // ical-generator writes the leading « - » itself.
    prodId: productId.slice(1),
    // ical-generator writes NAME and X-WR-CALNAME unescaped.
    name: escapeIcalText(input.calendarName),
    ttl: REFRESH_SECONDS,
  });

  const seen = new Set<string>();
  const events = [...input.events].sort((a, b) => compareText(a.date, b.date) || compareText(a.uid, b.uid));
  for (const event of events) {
    requireUid(event.uid, seen);
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: parseCalendarDate(event.date),
      end: parseCalendarDate(addCalendarDays(event.date, 1)),
      stamp: input.generatedAt,
      summary: event.summary,
      description: event.description === '' ? null : event.description,
      url: event.url,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included; the library omits it.
  return `${calendar.toString()}\r\n`;
}

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma and line breaks. */
function escapeIcalText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

function requireUid(uid: string, seen: Set<string>): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (uid === '' || /[\u0000-\u001f\u007f]/.test(uid)) throw new RangeError(`Invalid calendar UID "${uid}"`);
  if (seen.has(uid)) throw new RangeError(`Duplicate calendar UID "${uid}"`);
  seen.add(uid);
}

/** Code-unit order: unlike localeCompare it cannot vary between machines. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarFeedEvent, renderCalendarFeed } from '../../src/calendar/render-calendar-feed';

const GENERATED_AT = new Date('2026-11-27T06:00:00Z');
const EVENTS: CalendarFeedEvent[] = [
  {
    uid: 'workflow-item-purge@deedroom',
    date: '2027-03-02',
    summary: 'Purge du recours des tiers – Résidence Les Tilleuls',
    description: 'Échéance de l’opération « Résidence Les Tilleuls ».\nÀ vérifier, avec le notaire; urgent',
    url: 'https://deedroom.example/deals/d1/workflow#purge',
    status: 'confirmed',
  },
  {
    uid: 'workflow-item-gfa@deedroom',
    date: '2026-12-31',
    summary: 'Garantie financière d’achèvement',
    description: '',
    url: 'https://deedroom.example/deals/d1/workflow#gfa',
    status: 'cancelled',
  },
];

function render(events = EVENTS): string {
  return renderCalendarFeed({ calendarName: 'Échéances Deedroom, Marie', events, generatedAt: GENERATED_AT });
}

function parseEvents(feed: string): { calendar: ICAL.Component; events: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('renderCalendarFeed', () => {
  it('produces a calendar ical.js can parse, with the Deedroom PRODID, name and hourly refresh', () => {
    const feed = render();
    const { calendar } = parseEvents(feed);

    expect(feed.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Deedroom//Echeances//FR');
    // NAME (RFC 7986) and X-WR-CALNAME are TEXT: the comma is escaped. ical.js reads both raw.
    expect(feed).toContain('\r\nNAME:Échéances Deedroom\\, Marie\r\n');
    expect(feed).toContain('X-WR-CALNAME:Échéances Deedroom\\, Marie\r\n');
    expect(feed).toContain('X-PUBLISHED-TTL:PT1H\r\n');
    expect(feed).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(feed).not.toContain('TZID');
    expect(feed).not.toContain('VTIMEZONE');
  });

  it('writes each deadline as an all-day event: DATE start, next-day end, stable UID, DTSTAMP', () => {
    const { events } = parseEvents(render());
    const byUid = new Map(events.map((e) => [e.getFirstPropertyValue('uid'), e]));
    const purge = byUid.get('workflow-item-purge@deedroom');
    const gfa = byUid.get('workflow-item-gfa@deedroom');

    expect([...byUid.keys()].sort()).toEqual(['workflow-item-gfa@deedroom', 'workflow-item-purge@deedroom']);
    const start = purge?.getFirstProperty('dtstart');
    expect(start?.type).toBe('date');
    expect(String(start?.getFirstValue())).toBe('2027-03-02');
    expect(purge?.getFirstProperty('dtend')?.type).toBe('date');
    expect(String(purge?.getFirstPropertyValue('dtend'))).toBe('2027-03-03');
    expect(String(gfa?.getFirstPropertyValue('dtend'))).toBe('2027-01-01');
    expect(String(purge?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-27T06:00:00Z');
  });

  it('keeps accents, punctuation and line breaks in texts, and carries URL and status', () => {
    const { events } = parseEvents(render());
    const purge = events.find((e) => e.getFirstPropertyValue('uid') === 'workflow-item-purge@deedroom');
    const gfa = events.find((e) => e.getFirstPropertyValue('uid') === 'workflow-item-gfa@deedroom');

    expect(purge?.getFirstPropertyValue('summary')).toBe(EVENTS[0]?.summary);
    expect(purge?.getFirstPropertyValue('description')).toBe(EVENTS[0]?.description);
    expect(purge?.getFirstPropertyValue('url')).toBe(EVENTS[0]?.url);
    expect(purge?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(purge?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(gfa?.getFirstPropertyValue('summary')).toBe('Garantie financière d’achèvement');
    expect(gfa?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('renders the same text for the same input, whatever the order of the events', () => {
    expect(render()).toBe(render());
    expect(render([...EVENTS].reverse())).toBe(render());
  });

  it('refuses duplicate UIDs and UIDs with line breaks', () => {
    const [first] = EVENTS;
    if (!first) throw new Error('fixture');
    expect(() => render([first, { ...first, date: '2027-04-01' }])).toThrow(/Duplicate/);
    expect(() => render([{ ...first, uid: 'x\r\nSUMMARY:injected' }])).toThrow(/Invalid calendar UID/);
  });

  it('renders an empty calendar when there are no deadlines', () => {
    expect(parseEvents(render([])).events).toEqual([]);
  });
});

import type { CalendarFeedCreated, CalendarFeedStatus, NotificationList } from '@deedroom/shared';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JULIE, KARIM, PAUL } from './support/emails';
import { type Caller, createTestContext, type TestContext } from './support/test-context';

let ctx: TestContext;
let julie: Caller;
let paul: Caller;
let karim: Caller;

beforeAll(async () => {
  ctx = await createTestContext();
  julie = await ctx.signIn(JULIE);
  paul = await ctx.signIn(PAUL);
  karim = await ctx.signIn(KARIM);
});
afterAll(async () => {
  await ctx.close();
});

async function createFeed(as: Caller): Promise<string> {
  const res = await ctx.request('POST', '/api/me/calendar-feed', { as });
  expect(res.status).toBe(201);
  const { url } = (await res.json()) as CalendarFeedCreated;
  expect(url).toMatch(/^http:\/\/deedroom\.test\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
  return new URL(url).pathname;
}

/** Fetches a feed without any session (as Outlook or Google Calendar would) and parses it. */
async function readFeed(
  path: string,
): Promise<Array<{ uid: string; summary: string; start: ICAL.Time; end: ICAL.Time; description: string }>> {
  const res = await ctx.request('GET', path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      end: event.endDate,
      description: event.description,
    };
  });
}

describe('the personal calendar feed', () => {
  it('lists the person’s own dated deadlines as all-day events, behind the wall', async () => {
    const events = await readFeed(await createFeed(julie));
    const insurance = events.find((e) => e.summary.startsWith('Fournir les attestations'));
    expect(insurance?.summary).toBe(
      'Fournir les attestations d’assurance (DO, CNR) · Résidence Les Tilleuls',
    );
    expect(insurance?.start.isDate).toBe(true);
    expect(insurance?.start.toString()).toBe('2026-11-24');
    expect(insurance?.end.toString()).toBe('2026-11-25');
    expect(insurance?.description).toContain('Statut : En retard');
    expect(events.find((e) => e.summary.startsWith('Purge du recours'))?.start.toString()).toBe('2026-12-18');
    // The developer's feed: neither the notary's nor the bank's items, nothing of another tenant.
    expect(events.some((e) => e.summary.startsWith('Signature chez le notaire'))).toBe(false);
    expect(events.some((e) => e.summary.includes('comité de crédit'))).toBe(false);
    expect(events.every((e) => e.summary.endsWith('Résidence Les Tilleuls'))).toBe(true);

    const karimEvents = await readFeed(await createFeed(karim));
    expect(karimEvents.length).toBeGreaterThan(0);
    expect(karimEvents.every((e) => e.summary.endsWith('Les Terrasses du Rhône'))).toBe(true);
    const bankEvents = await readFeed(await createFeed(paul));
    expect(bankEvents.some((e) => e.summary.startsWith('Présentation du dossier au comité de crédit'))).toBe(
      true,
    );
  });

  it('stops answering once revoked or replaced, with a 404 like any unknown address', async () => {
    const first = await createFeed(julie);
    const second = await createFeed(julie);
    expect((await ctx.request('GET', first)).status).toBe(404);
    expect((await ctx.request('GET', second)).status).toBe(200);
    const status = (await (
      await ctx.request('GET', '/api/me/calendar-feed', { as: julie })
    ).json()) as CalendarFeedStatus;
    expect(status.active).toBe(true);

    const revoked = await ctx.request('DELETE', '/api/me/calendar-feed', { as: julie });
    expect(((await revoked.json()) as CalendarFeedStatus).active).toBe(false);
    const gone = await ctx.request('GET', second);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await ctx.request('GET', `/api/calendar/${'A'.repeat(43)}`)).status).toBe(404);
    // The session cookie is not a way in: the secret is.
    expect((await ctx.request('GET', second, { as: julie })).status).toBe(404);
  });
});

describe('in-app notifications', () => {
  it('are marked read by id (one’s own only) or all at once', async () => {
    const mine = (await (
      await ctx.request('GET', '/api/me/notifications', { as: julie })
    ).json()) as NotificationList;
    const paulList = (await (
      await ctx.request('GET', '/api/me/notifications', { as: paul })
    ).json()) as NotificationList;
    expect(mine.notifications).toEqual([]);
    // A date change by Paul reaches Julie.
    const workflow = (await (
      await ctx.request('GET', `/api/deals/${await dealIdOf(julie)}/workflow`, { as: paul })
    ).json()) as {
      items: Array<{ id: string; title: string }>;
    };
    const posting = workflow.items.find((i) => i.title.startsWith('Affichage du permis'));
    await ctx.request('PATCH', `/api/workflow/items/${posting?.id}`, {
      as: paul,
      body: { due: { kind: 'absolute', date: '2026-10-20' } },
    });
    const after = (await (
      await ctx.request('GET', '/api/me/notifications', { as: julie })
    ).json()) as NotificationList;
    expect(after.unreadCount).toBe(2);
    const [first] = after.notifications;
    if (!first) throw new Error('no notification');
    const others = await ctx.request('POST', '/api/me/notifications/read', {
      as: paul,
      body: { ids: [first.id] },
    });
    expect(((await others.json()) as NotificationList).unreadCount).toBe(paulList.unreadCount);
    const one = await ctx.request('POST', '/api/me/notifications/read', {
      as: julie,
      body: { ids: [first.id] },
    });
    expect(((await one.json()) as NotificationList).unreadCount).toBe(1);
    const all = await ctx.request('POST', '/api/me/notifications/read', { as: julie, body: {} });
    expect(((await all.json()) as NotificationList).unreadCount).toBe(0);
    const bad = await ctx.request('POST', '/api/me/notifications/read', { as: julie, body: { ids: [] } });
    expect(bad.status).toBe(400);
  });
});

async function dealIdOf(as: Caller): Promise<string> {
  const { deals } = (await (await ctx.request('GET', '/api/deals', { as })).json()) as {
    deals: Array<{ id: string }>;
  };
  return deals[0]?.id ?? '';
}

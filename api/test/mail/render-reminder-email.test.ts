import { describe, expect, it } from 'vitest';
import { formatFrenchDate } from '../../src/mail/format-french-date';
import { type ReminderLine, renderReminderEmail } from '../../src/mail/render-reminder-email';

const APP_URL = 'https://deedroom.example';
const PURGE: ReminderLine = {
  kind: 'due_soon',
  dealName: 'Résidence Les Tilleuls',
  itemTitle: 'Purge du recours des tiers',
  dueDate: '2027-03-02',
  nonWorkingDay: null,
  url: 'https://deedroom.example/deals/d1/workflow#purge',
};

describe('formatFrenchDate', () => {
  it('writes a calendar day as dd/mm/yyyy and refuses impossible days', () => {
    expect(formatFrenchDate('2026-11-27')).toBe('27/11/2026');
    expect(formatFrenchDate('2027-03-02')).toBe('02/03/2027');
    expect(() => formatFrenchDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('renderReminderEmail', () => {
  it('names the item, deal and French date in the subject of a single reminder', () => {
    const email = renderReminderEmail({
      recipientName: 'Marie Lefèvre',
      reminders: [PURGE],
      appUrl: APP_URL,
    });

    expect(email.subject).toBe(
      'Échéance le 02/03/2027 : Purge du recours des tiers (Résidence Les Tilleuls)',
    );
    expect(email.text).toContain('Bonjour Marie Lefèvre,');
    expect(email.text).toContain('échéance le 02/03/2027');
    expect(email.text).toContain(PURGE.url);
    expect(email.html).toContain(`<a href="${PURGE.url}">Purge du recours des tiers</a>`);
  });

  it('says « en retard depuis le … » for an overdue deadline', () => {
    const email = renderReminderEmail({
      recipientName: 'Marie',
      reminders: [{ ...PURGE, kind: 'overdue' }],
      appUrl: APP_URL,
    });

    expect(email.subject).toBe(
      'En retard depuis le 02/03/2027 : Purge du recours des tiers (Résidence Les Tilleuls)',
    );
    expect(email.text).toContain('en retard depuis le 02/03/2027');
    expect(email.html).toContain('en retard depuis le 02/03/2027');
  });

  it('counts the deadlines in the subject when there are several, and lists each with its link', () => {
    const reminders: ReminderLine[] = [
      PURGE,
      {
        ...PURGE,
        kind: 'overdue',
        itemTitle: 'Garantie financière d’achèvement',
        dueDate: '2026-11-20',
        url: `${APP_URL}/g`,
      },
      {
        ...PURGE,
        dealName: 'Les Terrasses du Rhône',
        itemTitle: 'Signature',
        dueDate: '2027-11-01',
        nonWorkingDay: 'Toussaint',
        url: `${APP_URL}/s`,
      },
    ];
    const email = renderReminderEmail({ recipientName: 'Marie', reminders, appUrl: APP_URL });

    expect(email.subject).toBe('3 échéances Deedroom à traiter');
    expect(email.text).toContain('en retard depuis le 20/11/2026');
    expect(email.text).toContain('échéance le 01/11/2027 (Toussaint, jour non ouvré)');
    for (const line of reminders) expect(email.html).toContain(`href="${line.url}"`);
    expect(email.html.indexOf('Purge')).toBeLessThan(email.html.indexOf('Garantie'));
  });

  it('escapes user text in the HTML part', () => {
    const email = renderReminderEmail({
      recipientName: 'Marie <b>',
      reminders: [{ ...PURGE, dealName: '<script>alert("x")</script>', itemTitle: 'A & B "quoted"' }],
      appUrl: APP_URL,
    });

    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(email.html).toContain('A &amp; B &quot;quoted&quot;');
    expect(email.subject).toContain('<script>');
  });

  it('keeps line breaks in user text out of the subject', () => {
    const email = renderReminderEmail({
      recipientName: 'Marie',
      reminders: [{ ...PURGE, dealName: 'Tilleuls\r\nBcc: everyone@example.com' }],
      appUrl: APP_URL,
    });

    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses a link that is not http(s)', () => {
    expect(() =>
      renderReminderEmail({
        recipientName: 'Marie',
        reminders: [{ ...PURGE, url: 'javascript:alert(1)' }],
        appUrl: APP_URL,
      }),
    ).toThrow(RangeError);
  });

  it('tells where to change notification preferences', () => {
    const email = renderReminderEmail({ recipientName: 'Marie', reminders: [PURGE], appUrl: APP_URL });

    expect(email.text).toContain('« Préférences de notification »');
    expect(email.html).toContain('« Préférences de notification »');
  });
});

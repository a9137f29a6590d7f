import { WORKFLOW_URGENCY_LABELS } from '@deedroom/shared';
import { describe, expect, it } from 'vitest';
import { type DigestLine, renderDigestEmail } from '../../src/mail/render-digest-email';

const APP_URL = 'https://deedroom.example';

function line(urgency: DigestLine['urgency'], itemTitle: string, dueDate: string | null): DigestLine {
  return {
    urgency,
    dealName: 'Résidence Les Tilleuls',
    itemTitle,
    dueDate,
    url: `${APP_URL}/items/${encodeURIComponent(itemTitle)}`,
  };
}

const LINES: DigestLine[] = [
  line('undated', 'Date de signature', null),
  line('later', 'Purge du recours des tiers', '2027-03-02'),
  line('overdue', 'Garantie financière d’achèvement', '2026-11-20'),
  line('blocked', 'Déclaration d’ouverture de chantier', '2027-01-15'),
  line('this_week', 'Affichage du permis', '2026-11-30'),
  line('overdue', 'Attestation d’assurance', '2026-11-25'),
];

function render(lines: DigestLine[], counts = { overdue: 2, dueThisWeek: 5, total: lines.length }) {
  return renderDigestEmail({
    recipientName: 'Marie Lefèvre',
    today: '2026-11-27',
    lines,
    counts,
    appUrl: APP_URL,
  });
}

describe('renderDigestEmail', () => {
  it('summarises the day in the subject', () => {
    expect(render(LINES).subject).toBe('Vos actions Deedroom du 27/11/2026 : 2 en retard, 5 cette semaine');
    expect(render(LINES, { overdue: 0, dueThisWeek: 1, total: 3 }).subject).toBe(
      'Vos actions Deedroom du 27/11/2026 : 1 cette semaine',
    );
    expect(render(LINES, { overdue: 0, dueThisWeek: 0, total: 3 }).subject).toBe(
      'Vos actions Deedroom du 27/11/2026 : 3 actions à suivre',
    );
  });

  it('groups lines by urgency, most urgent first, keeping the given order inside a group', () => {
    const { text, html } = render(LINES);
    const order = [
      WORKFLOW_URGENCY_LABELS.overdue,
      'Garantie financière',
      'Attestation d’assurance',
      WORKFLOW_URGENCY_LABELS.this_week,
      'Affichage du permis',
      WORKFLOW_URGENCY_LABELS.later,
      'Purge du recours',
      WORKFLOW_URGENCY_LABELS.blocked,
      'Déclaration d’ouverture',
      WORKFLOW_URGENCY_LABELS.undated,
      'Date de signature',
    ];
    for (const body of [text, html]) {
      const positions = order.map((fragment) => body.indexOf(fragment));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(text).toContain(`${WORKFLOW_URGENCY_LABELS.overdue} (2)`);
    expect(text).toContain('en retard depuis le 20/11/2026');
    expect(text).toContain('échéance le 30/11/2026');
    expect(text).toContain('date à fixer');
  });

  it('leaves out empty groups', () => {
    const { text } = render([line('later', 'Purge du recours des tiers', '2027-03-02')], {
      overdue: 0,
      dueThisWeek: 0,
      total: 1,
    });

    expect(text).toContain(WORKFLOW_URGENCY_LABELS.later);
    expect(text).not.toContain(WORKFLOW_URGENCY_LABELS.overdue);
  });

  it('says how many actions were left out of the e-mail', () => {
    const { text, html } = render(LINES, { overdue: 2, dueThisWeek: 5, total: 10 });

    expect(text).toContain('… et 4 autres actions dans Deedroom.');
    expect(html).toContain('… et 4 autres actions dans Deedroom.');
  });

  it('escapes user text in the HTML part', () => {
    const { html } = render([
      {
        ...line('overdue', 'Titre <img src=x onerror=alert(1)>', '2026-11-20'),
        dealName: '<script>x</script>',
      },
    ]);

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('tells where to change notification preferences', () => {
    expect(render(LINES).text).toContain('« Préférences de notification »');
  });
});

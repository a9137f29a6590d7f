import net from 'node:net';
import type { NotificationList } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/mail/create-mailer';
import type { Mailer } from '../src/mail/mailer';
import { runReminders } from '../src/reminders/run-reminders';
import { ANNE, JULIE, KARIM, LUCAS, MARIE, PAUL, TILLEULS } from './support/emails';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { type Caller, createTestContext, findDealId, type TestContext } from './support/test-context';

const APP_URL = 'https://deedroom.banque.test';
const DAY_MS = 24 * 60 * 60 * 1000;

let ctx: TestContext;
let sink: SmtpSink;
let mailer: Mailer;
let julie: Caller;
let lucas: Caller;
let marie: Caller;

function run(using: Mailer = mailer) {
  return runReminders(ctx.deps, { mailer: using, appUrl: APP_URL, digestHour: 7 });
}

function recipientsOf(from: number): string[] {
  return sink.messages
    .slice(from)
    .flatMap((m) => m.envelopeTo)
    .sort();
}

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  ctx = await createTestContext();
  sink = await startSmtpSink();
  mailer = createMailer({
    smtpUrl: sink.url,
    from: 'Deedroom <echeances@deedroom.test>',
    logger: ctx.deps.logger,
  });
  julie = await ctx.signIn(JULIE);
  lucas = await ctx.signIn(LUCAS);
  marie = await ctx.signIn(MARIE);
});
afterAll(async () => {
  await mailer.close();
  await sink.close();
  await ctx.close();
});

describe('deadline reminders', () => {
  it('e-mails each person their own late items, and nobody outside the deal', async () => {
    const result = await run();
    // The insurance certificates are late on both demo deals: Tilleuls' developer (Julie, Lucas)
    // and Terrasses' (Karim). Nothing of the bank's or the notary's falls due within 3 days.
    expect(result).toMatchObject({ emailed: 3, failures: 0 });
    const mails = await sink.waitForMessages(3);
    expect(recipientsOf(0)).toEqual([JULIE, KARIM, LUCAS].sort());
    for (const outsider of [MARIE, PAUL, ANNE]) expect(recipientsOf(0)).not.toContain(outsider);

    const toJulie = mails.find((m) => m.envelopeTo.includes(JULIE));
    expect(toJulie?.subject).toBe(
      'En retard depuis le 24/11/2026 : Fournir les attestations d’assurance (DO, CNR) (Résidence Les Tilleuls)',
    );
    expect(toJulie?.to.map((a) => a.address)).toEqual([JULIE]);
    expect(toJulie?.text).toContain(`${APP_URL}/deals/`);
    expect(toJulie?.text).not.toContain('Terrasses');
    const toKarim = mails.find((m) => m.envelopeTo.includes(KARIM));
    expect(toKarim?.subject).toContain('Les Terrasses du Rhône');
    expect(toKarim?.text).not.toContain('Tilleuls');

    const inApp = (await (
      await ctx.request('GET', '/api/me/notifications', { as: julie })
    ).json()) as NotificationList;
    expect(inApp.notifications.filter((n) => n.kind === 'overdue').map((n) => n.message)).toEqual([
      '« Fournir les attestations d’assurance (DO, CNR) » est en retard : échéance du 24/11/2026.',
    ]);
    expect(inApp.unreadCount).toBeGreaterThan(0);
  });

  it('gives each reminder once, however often it runs', async () => {
    const before = sink.messages.length;
    expect(await run()).toMatchObject({ notified: 0, emailed: 0, digests: 0 });
    expect(sink.messages.length).toBe(before);
  });

  it('follows each person’s settings: days ahead, and a morning digest instead of single e-mails', async () => {
    const invalid = await ctx.request('PUT', '/api/me/notification-settings', {
      as: marie,
      body: { emailReminders: 'immediate', remindDaysBefore: 31 },
    });
    expect(invalid.status).toBe(400);
    const saved = await ctx.request('PUT', '/api/me/notification-settings', {
      as: marie,
      body: { emailReminders: 'immediate', remindDaysBefore: 7 },
    });
    expect(saved.status).toBe(200);
    expect(
      (
        await ctx.request('PUT', '/api/me/notification-settings', {
          as: lucas,
          body: { emailReminders: 'daily_digest', remindDaysBefore: 3 },
        })
      ).status,
    ).toBe(200);

    const before = sink.messages.length;
    // Marie now hears of the bank's internal credit committee (in 5 days) on both deals.
    expect(await run()).toMatchObject({ emailed: 1, digests: 1, failures: 0 });
    const mails = await sink.waitForMessages(before + 2);
    expect(recipientsOf(before)).toEqual([LUCAS, MARIE].sort());
    const toMarie = mails.slice(before).find((m) => m.envelopeTo.includes(MARIE));
    expect(toMarie?.subject).toBe('2 échéances Deedroom à traiter');
    expect(toMarie?.text).toContain('Présentation du dossier au comité de crédit');
    const digest = mails.slice(before).find((m) => m.envelopeTo.includes(LUCAS));
    expect(digest?.subject).toBe('Vos actions Deedroom du 27/11/2026 : 1 en retard');

    // The same morning, no second digest; the next morning, a new one.
    expect(await run()).toMatchObject({ digests: 0 });
    ctx.clock.advance(DAY_MS);
    expect(await run()).toMatchObject({ digests: 1 });
    const next = await sink.waitForMessages(before + 3);
    expect(next.at(-1)?.subject).toBe('Vos actions Deedroom du 28/11/2026 : 1 en retard');
  });

  it('keeps an e-mail the SMTP server refused and sends it on the next run', async () => {
    // The clock moved a day on: sessions from the morning before have expired.
    julie = await ctx.signIn(JULIE);
    const dealId = await findDealId(ctx, julie, TILLEULS);
    const created = await ctx.request('POST', `/api/deals/${dealId}/workflow/items`, {
      as: julie,
      body: {
        title: 'Transmettre le planning de chantier',
        responsibleParties: ['developer'],
        assigneeId: (await ctx.stores.users.findByEmail(JULIE))?.id,
        due: { kind: 'absolute', date: '2026-11-30' },
      },
    });
    expect(created.status).toBe(201);
    const broken = createMailer({
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      from: 'Deedroom <echeances@deedroom.test>',
      logger: ctx.deps.logger,
      timeoutMs: 2_000,
    });
    const before = sink.messages.length;
    expect(
      await broken
        .send({ to: { name: 'x', email: 'x@example.test' }, subject: 's', text: 't', html: 'h' })
        .catch(() => 'refused'),
    ).toBe('refused');
    expect(await run(broken)).toMatchObject({ notified: 1, emailed: 0, failures: 1 });
    await broken.close();
    expect(await run()).toMatchObject({ notified: 0, emailed: 1, failures: 0 });
    const [mail] = (await sink.waitForMessages(before + 1)).slice(before);
    expect(mail?.envelopeTo).toEqual([JULIE]);
    expect(mail?.subject).toBe(
      'Échéance le 30/11/2026 : Transmettre le planning de chantier (Résidence Les Tilleuls)',
    );
  });
});

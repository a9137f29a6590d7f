import net, { type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { createMailer } from '../../src/mail/create-mailer';
import type { Mailer, MailMessage } from '../../src/mail/mailer';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink';

const FROM = 'Deedroom <echeances@deedroom.example>';
const logger = createLogger('silent');

const MESSAGE: MailMessage = {
  to: { name: 'Marie Lefèvre', email: 'marie.lefevre@banque-horizon.example' },
  subject: 'Échéance le 02/03/2027 : Purge du recours des tiers (Résidence Les Tilleuls)',
  text: 'Bonjour Marie Lefèvre,\n\nL’échéance « Purge du recours des tiers » approche.',
  html: '<p>Bonjour Marie Lefèvre,</p><p>L’échéance « Purge du recours des tiers » approche.</p>',
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  // Mailers first: the sink waits for their pooled connections.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startSink(): Promise<SmtpSink> {
  const sink = await startSmtpSink();
  cleanups.push(() => sink.close());
  return sink;
}

function track(mailer: Mailer): Mailer {
  cleanups.push(() => mailer.close());
  return mailer;
}

/** A port nothing listens on: bound, then released. */
async function findClosedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('createMailer over SMTP', () => {
  it('delivers one message to its one recipient, From, subject, text and HTML intact (UTF-8)', async () => {
    const sink = await startSink();
    const mailer = track(createMailer({ smtpUrl: sink.url, from: FROM, logger }));
    expect(mailer.isConfigured).toBe(true);

    await mailer.send(MESSAGE);
    const [mail, ...others] = await sink.waitForMessages(1);

    expect(others).toEqual([]);
    expect(mail?.envelopeTo).toEqual(['marie.lefevre@banque-horizon.example']);
    expect(mail?.envelopeFrom).toBe('echeances@deedroom.example');
    expect(mail?.authUser).toBe('sink');
    expect(mail?.from).toEqual([{ name: 'Deedroom', address: 'echeances@deedroom.example' }]);
    expect(mail?.to).toEqual([{ name: 'Marie Lefèvre', address: 'marie.lefevre@banque-horizon.example' }]);
    expect(mail?.subject).toBe(MESSAGE.subject);
    expect(mail?.text.trim()).toBe(MESSAGE.text);
    expect(mail?.html.trim()).toBe(MESSAGE.html);
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('sends each message separately: no recipient sees another', async () => {
    const sink = await startSink();
    const mailer = track(createMailer({ smtpUrl: sink.url, from: FROM, logger }));
    const paul = { name: 'Paul Girard', email: 'paul.girard@banque-horizon.example' };

    await Promise.all([mailer.send(MESSAGE), mailer.send({ ...MESSAGE, to: paul })]);
    const mails = await sink.waitForMessages(2);

    expect(mails.map((m) => m.envelopeTo).sort()).toEqual([[MESSAGE.to.email], [paul.email]].sort());
    for (const mail of mails)
      expect(mail.raw).not.toContain(mail.envelopeTo[0] === paul.email ? MESSAGE.to.email : paul.email);
  });

  it('rejects quickly when nothing listens on the port', async () => {
    const port = await findClosedPort();
    const mailer = track(
      createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, logger, timeoutMs: 500 }),
    );
    const started = Date.now();

    await expect(mailer.send(MESSAGE)).rejects.toThrow(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('rejects within the timeout when the server accepts the connection but never greets', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });
    const { port } = silent.address() as AddressInfo;
    const mailer = track(
      createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, logger, timeoutMs: 300 }),
    );
    const started = Date.now();

    await expect(mailer.send(MESSAGE)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('createMailer without SMTP', () => {
  it('is not configured, resolves without sending and logs at debug level', async () => {
    const lines: { level: number; msg: string; subject?: string }[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const mailer = track(
      createMailer({ smtpUrl: undefined, from: FROM, logger: pino({ level: 'debug' }, stream) }),
    );

    expect(mailer.isConfigured).toBe(false);
    await expect(mailer.send(MESSAGE)).resolves.toBeUndefined();
    expect(lines).toEqual([expect.objectContaining({ level: 20, subject: MESSAGE.subject })]);
  });

  it('treats an empty SMTP URL (an unset environment variable) as not configured', () => {
    expect(createMailer({ smtpUrl: '', from: FROM, logger }).isConfigured).toBe(false);
  });
});

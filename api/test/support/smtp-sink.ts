import type { AddressInfo } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A name and address as parsed from a message header. */
export interface ReceivedAddress {
  name: string;
  address: string;
}

/** One message the sink accepted: the SMTP envelope plus the parsed message. */
export interface ReceivedMail {
  /** MAIL FROM, as the client sent it. */
  envelopeFrom: string | null;
  /** RCPT TO addresses: who actually receives the message, whatever the headers say. */
  envelopeTo: string[];
  /** The AUTH user name, null when the client did not authenticate. */
  authUser: string | null;
  from: ReceivedAddress[];
  to: ReceivedAddress[];
  subject: string;
  text: string;
  /** Empty when the message has no HTML part. */
  html: string;
  /** Lower-cased header name → parsed value, as mailparser gives them. */
  headers: Map<string, unknown>;
  /** The message as received, headers and MIME encoding included. */
  raw: string;
}

export interface SmtpSink {
  /** `smtp://sink:sink@127.0.0.1:<port>`: any user name and password are accepted. */
  url: string;
  /** Every message received so far, in arrival order (live array). */
  messages: ReceivedMail[];
  /**
   * Resolves with a snapshot of all messages once at least `count` have arrived; rejects after
   * `timeoutMs` (default 5 s) saying how many came.
   */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Stops the server; close the mailer first, or its pooled connections are cut after 1 s. */
  close(): Promise<void>;
}

/**
 * Starts a real SMTP server on 127.0.0.1 (random port) that accepts and parses every message:
 * plain text only (no STARTTLS), AUTH optional and any credentials accepted.
 *
 * @example
 * const sink = await startSmtpSink();
 * const mailer = createMailer({ smtpUrl: sink.url, from: 'Deedroom <no-reply@deedroom.example>', logger });
 * await mailer.send(message);
 * const [mail] = await sink.waitForMessages(1);
 * await mailer.close();
 * await sink.close();
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<{ count: number; resolve: (mails: ReceivedMail[]) => void }>();

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            messages.push({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              authUser: typeof session.user === 'string' ? session.user : null,
              from: listAddresses(parsed.from),
              to: listAddresses(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: parsed.html || '',
              headers: parsed.headers as Map<string, unknown>,
              raw: raw.toString('utf8'),
            });
            for (const waiter of waiters) {
              if (messages.length >= waiter.count) waiter.resolve([...messages]);
            }
            callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://sink:sink@127.0.0.1:${port}`,
    messages,
    waitForMessages(count, timeoutMs = 5_000) {
      if (messages.length >= count) return Promise.resolve([...messages]);
      return new Promise((resolve, reject) => {
        const waiter = {
          count,
          resolve: (mails: ReceivedMail[]) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(mails);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(
              `SMTP sink: expected ${count} message(s) within ${timeoutMs} ms, received ${messages.length}`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listAddresses(header: AddressObject | AddressObject[] | undefined): ReceivedAddress[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return objects.flatMap((object) =>
    object.value.map((entry) => ({ name: entry.name, address: entry.address ?? '' })),
  );
}

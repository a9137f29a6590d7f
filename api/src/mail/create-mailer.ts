import nodemailer from 'nodemailer';
import type { Logger } from '../logger';
import type { Mailer, MailMessage } from './mailer';

/** Inactivity limit for connecting, the greeting and every server reply. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** Hard limit on one whole delivery: also catches a server that trickles bytes to dodge timeouts. */
const DEFAULT_SEND_DEADLINE_MS = 60_000;

/**
 * Creates the mailer: SMTP when `smtpUrl` is set (`smtp://user:pass@host:587`, `smtps://…` for
 * implicit TLS), else a no-op that logs at debug level so the app runs without a mail server.
 * Messages go out from `from` (e.g. `Deedroom <echeances@deedroom.example>`) through a small
 * connection pool; a failed delivery rejects and is left to the caller to retry.
 *
 * @example
 * const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
 * await mailer.send({ to: { name: 'Marie Lefèvre', email }, ...renderReminderEmail(input) });
 */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
  /** Connection, greeting and socket inactivity timeout; 10 s unless a test wants it short. */
  timeoutMs?: number;
  /** Longest one delivery may take end to end; 60 s by default. */
  sendDeadlineMs?: number;
}): Mailer {
  const { smtpUrl, from, logger } = options;
  if (!smtpUrl) return createUnconfiguredMailer(logger);

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sendDeadlineMs = options.sendDeadlineMs ?? DEFAULT_SEND_DEADLINE_MS;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 2,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });
  const inFlight = new Set<Promise<unknown>>();

  return {
    isConfigured: true,
    async send(message: MailMessage): Promise<void> {
      const delivery = transport.sendMail({
        from,
        to: { name: message.to.name, address: message.to.email },
        subject: message.subject,
        text: message.text,
        html: message.html,
        // RFC 3834: tells auto-responders (out-of-office…) not to answer a robot.
        headers: { 'Auto-Submitted': 'auto-generated' },
        signal: AbortSignal.timeout(sendDeadlineMs),
      });
      inFlight.add(delivery);
      try {
        const info = await delivery;
        logger.debug({ messageId: info.messageId }, 'e-mail sent');
      } finally {
        inFlight.delete(delivery);
      }
    },
    async close(): Promise<void> {
      await Promise.allSettled(inFlight);
      transport.close();
    },
  };
}

function createUnconfiguredMailer(logger: Logger): Mailer {
  return {
    isConfigured: false,
    async send(message: MailMessage): Promise<void> {
      logger.debug({ subject: message.subject }, 'SMTP not configured: e-mail not sent');
    },
    async close(): Promise<void> {},
  };
}

/**
 * One e-mail to one person. There is deliberately a single recipient per message: a reminder
 * never reveals who else on the deal received it.
 */
export interface MailMessage {
  to: { name: string; email: string };
  subject: string;
  text: string;
  html: string;
}

/** Sends e-mails; `createMailer` picks SMTP or a no-op depending on configuration. */
export interface Mailer {
  /** Resolves once the server accepted the message; rejects on any failure (the caller retries). */
  send(message: MailMessage): Promise<void>;
  /** Waits for the messages being sent, then closes the connections. */
  close(): Promise<void>;
  /** False when no SMTP server is configured: `send` then drops messages (in-app notices still work). */
  readonly isConfigured: boolean;
}

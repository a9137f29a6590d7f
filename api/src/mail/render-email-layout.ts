import { html, requireWebUrl, type SafeHtml } from './html-template';

/** Where a recipient turns reminders on or off, named as in the app menu. */
const PREFERENCES_MENU_ENTRY = 'Préférences de notification';

/** A rendered e-mail, ready for `Mailer.send` once a recipient is added. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** What every Deedroom e-mail shares: greeting, body, link to the app, preferences footer. */
export interface EmailLayoutInput {
  recipientName: string;
  /** Shown as the page title and as the heading of the HTML part. */
  title: string;
  appUrl: string;
}

const STYLE = {
  body: 'margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;',
  card: 'max-width:600px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px;',
  heading: 'margin:0 0 16px;font-size:18px;',
  paragraph: 'margin:0 0 16px;font-size:14px;line-height:20px;',
  button:
    'display:inline-block;padding:10px 16px;background:#1c4e80;color:#ffffff;text-decoration:none;border-radius:4px;font-size:14px;',
  footer: 'max-width:600px;margin:16px auto 0;font-size:12px;line-height:18px;color:#6b7785;',
} as const;

/**
 * Wraps an e-mail body (already escaped, built with `html`) in the shared inline-styled HTML
 * page: greeting, body, « Ouvrir Deedroom » button and the notification preferences footer.
 */
export function renderEmailHtml(layout: EmailLayoutInput, body: SafeHtml): string {
  const appUrl = requireWebUrl(layout.appUrl);
  return html`<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${layout.title}</title>
</head>
<body style="${STYLE.body}">
<div style="${STYLE.card}">
<h1 style="${STYLE.heading}">${layout.title}</h1>
<p style="${STYLE.paragraph}">Bonjour ${layout.recipientName},</p>
${body}
<p style="${STYLE.paragraph}"><a href="${appUrl}" style="${STYLE.button}">Ouvrir Deedroom</a></p>
</div>
<p style="${STYLE.footer}">Vous recevez ce message parce que vous participez à des opérations sur Deedroom. Pour choisir les rappels que vous recevez, ouvrez « ${PREFERENCES_MENU_ENTRY} » dans le menu de l’application.</p>
</body>
</html>
`.toString();
}

/** The plain-text twin of `renderEmailHtml`: same greeting, body, link and footer. */
export function renderEmailText(layout: EmailLayoutInput, body: string): string {
  return [
    `Bonjour ${layout.recipientName},`,
    '',
    body.trimEnd(),
    '',
    `Ouvrir Deedroom : ${layout.appUrl}`,
    '',
    '-- ',
    'Vous recevez ce message parce que vous participez à des opérations sur Deedroom.',
    `Pour choisir les rappels que vous recevez, ouvrez « ${PREFERENCES_MENU_ENTRY} » dans le menu de l’application.`,
    '',
  ].join('\n');
}

/** Collapses line breaks and runs of spaces, so user text cannot reshape a subject or a text line. */
export function toSingleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

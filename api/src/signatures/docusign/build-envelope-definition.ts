import type { CreateEnvelopeInput } from '../signature-provider';
import { ProviderError } from '../signature-provider';
import type { EnvelopeDefinition, EventNotificationDefinition, SignerDefinition } from './docusign-sdk';

/** Envelope custom field carrying Deedroom's request id, so any envelope can be traced back. */
export const REQUEST_ID_FIELD = 'deedroomRequestId';

/** The one document of a Deedroom envelope. */
export const DOCUMENT_ID = '1';

/** Connect events Deedroom listens to (envelope- and recipient-level). */
export const CONNECT_EVENTS = [
  'envelope-sent',
  'envelope-delivered',
  'envelope-completed',
  'envelope-declined',
  'envelope-voided',
  'recipient-sent',
  'recipient-delivered',
  'recipient-completed',
  'recipient-declined',
  'recipient-autoresponded',
];

const DAY_MS = 24 * 60 * 60 * 1000;
/** DocuSign accepts 1 to 999 days. */
const MAX_EXPIRY_DAYS = 999;

/**
 * Turns a Deedroom signature request into a DocuSign envelope definition: the PDF as document 1,
 * one signer per person in routing order, a SignHere tab anchored on each signer's anchor text,
 * an expiry in whole days, and the request id as a hidden custom field.
 * `signingMode: 'embedded'` sets `clientUserId` (the signer signs inside Deedroom through a
 * recipient view, DocuSign sends no e-mail); `'email'` leaves it to DocuSign's e-mails.
 */
export function buildEnvelopeDefinition(
  input: CreateEnvelopeInput,
  options: { signingMode: 'embedded' | 'email'; now: Date; connectWebhookUrl?: string },
): EnvelopeDefinition {
  if (input.signers.length === 0) throw new ProviderError('Aucun signataire pour cette enveloppe', false);
  const expiresAt = Date.parse(input.expiresAt);
  if (Number.isNaN(expiresAt))
    throw new ProviderError(`Date d'expiration invalide : ${input.expiresAt}`, false);
  const expireAfterDays = Math.ceil((expiresAt - options.now.getTime()) / DAY_MS);
  if (expireAfterDays < 1) throw new ProviderError("La date d'expiration est déjà passée", false);

  const signers: SignerDefinition[] = input.signers.map((signer, index) => ({
    recipientId: String(index + 1),
    routingOrder: String(signer.order),
    name: signer.name,
    email: signer.email,
    ...(options.signingMode === 'embedded' ? { clientUserId: signer.userId } : {}),
    tabs: {
      signHereTabs: [
        {
          anchorString: signer.anchor,
          anchorUnits: 'pixels',
          anchorXOffset: '0',
          anchorYOffset: '0',
          // A missing anchor must fail the creation, not yield an envelope nobody can sign.
          anchorIgnoreIfNotPresent: 'false',
          anchorMatchWholeWord: 'true',
        },
      ],
    },
  }));

  const definition: EnvelopeDefinition = {
    // DocuSign caps the subject at 100 characters.
    emailSubject: input.subject.slice(0, 100),
    emailBlurb: input.message.slice(0, 10_000),
    status: 'sent',
    documents: [
      {
        documentBase64: input.pdf.toString('base64'),
        documentId: DOCUMENT_ID,
        name: input.documentName,
        fileExtension: 'pdf',
      },
    ],
    recipients: { signers },
    notification: {
      useAccountDefaults: 'false',
      expirations: {
        expireEnabled: 'true',
        expireAfter: String(Math.min(expireAfterDays, MAX_EXPIRY_DAYS)),
        expireWarn: String(Math.min(2, expireAfterDays - 1)),
      },
    },
    customFields: {
      textCustomFields: [
        { name: REQUEST_ID_FIELD, value: input.requestId, show: 'false', required: 'false' },
      ],
    },
  };
  if (options.connectWebhookUrl)
    definition.eventNotification = buildEventNotification(options.connectWebhookUrl);
  return definition;
}

function buildEventNotification(url: string): EventNotificationDefinition {
  return {
    url,
    requireAcknowledgment: 'true',
    includeHMAC: 'true',
    deliveryMode: 'SIM',
    eventData: { version: 'restv2.1', format: 'json', includeData: ['recipients', 'custom_fields'] },
    events: CONNECT_EVENTS,
  };
}

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { REQUEST_ID_FIELD } from './build-envelope-definition';

/*
 * DocuSign Connect 2.0, JSON format (`eventData.format: json`, SIM or aggregate delivery):
 * { event, apiVersion, uri, retryCount, configurationId, generatedDateTime,
 *   data: { accountId, userId, envelopeId, recipientId?, envelopeSummary?: { status, recipients: { signers }, customFields } } }
 * Unknown fields are ignored; only what Deedroom uses is validated.
 */

const optionalText = z.string().optional();

const SignerSchema = z.object({
  recipientId: z.string().min(1),
  clientUserId: optionalText,
  email: optionalText,
  name: optionalText,
  routingOrder: optionalText,
  status: z.string().min(1),
  sentDateTime: optionalText,
  deliveredDateTime: optionalText,
  signedDateTime: optionalText,
  declinedDateTime: optionalText,
  declinedReason: optionalText,
});

const ConnectPayloadSchema = z.object({
  event: z.string().min(1),
  generatedDateTime: z.string().min(1),
  retryCount: z.union([z.number(), z.string()]).optional(),
  /** Some payload variants (and DocuSign's event-id field in newer Connect versions) carry an id. */
  eventId: z.string().min(1).optional(),
  data: z.object({
    accountId: optionalText,
    envelopeId: z.string().min(1),
    recipientId: optionalText,
    envelopeSummary: z
      .object({
        status: z.string().min(1),
        recipients: z.object({ signers: z.array(SignerSchema).default([]) }).optional(),
        customFields: z
          .object({
            textCustomFields: z
              .array(z.object({ name: z.string(), value: z.string().optional() }))
              .default([]),
          })
          .optional(),
      })
      .optional(),
  }),
});

/** A signer's state as DocuSign reports it: `sent`, `delivered` (opened), `completed`, `declined`, `autoresponded`… */
export interface ConnectRecipient {
  recipientId: string;
  /** Deedroom's user id for embedded signers; absent for e-mail signers. */
  clientUserId: string | null;
  email: string | null;
  status: string;
  deliveredDateTime: string | null;
  signedDateTime: string | null;
  declinedReason: string | null;
}

export interface ConnectEvent {
  /** Stable across re-deliveries of the same event: store it to refuse replays. */
  eventId: string;
  /** e.g. `envelope-completed`, `recipient-declined`. */
  event: string;
  envelopeId: string;
  /** Envelope status: `sent`, `delivered`, `completed`, `declined`, `voided`… */
  status: string;
  /** The `deedroomRequestId` custom field set at creation, when DocuSign included it. */
  requestId: string | null;
  recipients: ConnectRecipient[];
  generatedDateTime: string;
}

export class ConnectPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectPayloadError';
  }
}

/**
 * Parses a Connect delivery already verified by `verifyConnectSignature`. Throws
 * ConnectPayloadError when the body is not a Connect JSON event.
 *
 * The event id is the payload's own id when it has one, else the SHA-256 of the payload without
 * `retryCount` (which DocuSign bumps on each re-delivery of the same event): a replay, or a retry
 * of an event already handled, gives the same id. Whether the envelope is known is the caller's
 * business (an unknown one is acknowledged and ignored, so DocuSign stops retrying).
 */
export function parseConnectEvent(rawBody: Buffer): ConnectEvent {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new ConnectPayloadError("Le webhook DocuSign n'est pas du JSON");
  }
  const parsed = ConnectPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConnectPayloadError(`Webhook DocuSign illisible : ${problems}`);
  }
  const payload = parsed.data;
  const summary = payload.data.envelopeSummary;
  const requestId =
    summary?.customFields?.textCustomFields.find((field) => field.name === REQUEST_ID_FIELD)?.value ?? null;
  return {
    eventId: payload.eventId ?? hashWithoutRetryCount(json),
    event: payload.event,
    envelopeId: payload.data.envelopeId,
    status: summary?.status ?? statusFromEventName(payload.event),
    requestId,
    recipients: (summary?.recipients?.signers ?? []).map((signer) => ({
      recipientId: signer.recipientId,
      clientUserId: signer.clientUserId ?? null,
      email: signer.email ?? null,
      status: signer.status,
      deliveredDateTime: signer.deliveredDateTime ?? null,
      signedDateTime: signer.signedDateTime ?? null,
      declinedReason: signer.declinedReason ?? null,
    })),
    generatedDateTime: payload.generatedDateTime,
  };
}

function hashWithoutRetryCount(json: unknown): string {
  const { retryCount: _ignored, ...rest } = json as Record<string, unknown>;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

/** `envelope-completed` → `completed`; recipient events say nothing about the envelope. */
function statusFromEventName(event: string): string {
  return event.startsWith('envelope-') ? event.slice('envelope-'.length) : 'unknown';
}

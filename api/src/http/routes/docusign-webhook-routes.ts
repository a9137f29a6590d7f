import { AppError, OkSchema } from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { recordAudit } from '../../services/audit/record-audit';
import {
  applyProviderUpdate,
  type ProviderEnvelopeUpdate,
} from '../../services/signatures/apply-provider-update';
import {
  type ConnectEvent,
  ConnectPayloadError,
  parseConnectEvent,
} from '../../signatures/docusign/parse-connect-event';
import { verifyConnectSignature } from '../../signatures/docusign/verify-connect-signature';
import { runAsSystem } from '../../store/tenant-scope';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonResponse } from '../openapi-responses';

const ENVELOPE_STATUSES: Record<string, ProviderEnvelopeUpdate['envelopeStatus']> = {
  completed: 'completed',
  declined: 'declined',
  voided: 'voided',
};

const SIGNER_STATUSES: Record<string, 'viewed' | 'signed' | 'declined'> = {
  delivered: 'viewed',
  completed: 'signed',
  signed: 'signed',
  declined: 'declined',
};

/** A Connect event in the terms of the signature module. */
function toEnvelopeUpdate(event: ConnectEvent): ProviderEnvelopeUpdate {
  return {
    envelopeId: event.envelopeId,
    envelopeStatus: ENVELOPE_STATUSES[event.status] ?? 'in_progress',
    signers: event.recipients.flatMap((recipient) => {
      const status = SIGNER_STATUSES[recipient.status];
      if (!status) return [];
      return [
        {
          userId: recipient.clientUserId,
          email: recipient.email,
          status,
          at: status === 'viewed' ? recipient.deliveredDateTime : recipient.signedDateTime,
          declineReason: recipient.declinedReason,
        },
      ];
    }),
  };
}

/**
 * DocuSign Connect posts envelope and recipient events here. The HMAC of the raw body is checked
 * (constant time, every configured key) before anything is parsed; a refused delivery changes
 * nothing. Applying an event is forward-only, so a replay or a DocuSign retry is harmless; an
 * envelope Deedroom does not know is acknowledged (so DocuSign stops retrying) and audited.
 */
export function registerDocuSignWebhookRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/webhooks/docusign',
      tags: ['signatures'],
      summary: 'DocuSign Connect events (JSON, HMAC-signed: X-DocuSign-Signature-1…)',
      responses: { 200: jsonResponse(OkSchema, 'Taken into account, or ignored'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const settings = c.get('config').signatures.docusign;
      if (c.get('config').signatures.provider !== 'docusign' || !settings) {
        throw new AppError('NOT_FOUND', 'Aucun prestataire DocuSign n’est configuré.');
      }
      const deps = c.get('deps');
      const rawBody = Buffer.from(await c.req.arrayBuffer());
      if (!verifyConnectSignature(rawBody, c.req.raw.headers, settings.connectHmacKeys)) {
        await recordAudit(deps, {
          action: 'signature.webhook',
          outcome: 'denied',
          ip: c.get('ip'),
          detail: { reason: 'hmac' },
        });
        throw new AppError('UNAUTHENTICATED', 'Signature HMAC du webhook absente ou invalide.');
      }
      let event: ConnectEvent;
      try {
        event = parseConnectEvent(rawBody);
      } catch (err) {
        if (err instanceof ConnectPayloadError) throw new AppError('VALIDATION_FAILED', err.message);
        throw err;
      }
      try {
        // Authenticated by its HMAC, the event speaks for the provider, not for a tenant.
        await runAsSystem(() => applyProviderUpdate(deps, toEnvelopeUpdate(event)));
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'NOT_FOUND')) throw err;
        await recordAudit(deps, {
          action: 'signature.webhook',
          outcome: 'denied',
          ip: c.get('ip'),
          detail: { reason: 'unknown_envelope', envelopeId: event.envelopeId, eventId: event.eventId },
        });
      }
      return c.json({ ok: true as const }, 200);
    },
  );
}

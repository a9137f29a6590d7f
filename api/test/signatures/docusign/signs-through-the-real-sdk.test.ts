import https from 'node:https';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import { parseConnectEvent } from '../../../src/signatures/docusign/parse-connect-event';
// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import { verifyConnectSignature } from '../../../src/signatures/docusign/verify-connect-signature';
import {
  type DocuSignFixture,
  GFA_SIGNERS,
  gfaEnvelopeInput,
  IMPERSONATED_USER_ID,
  INTEGRATION_KEY,
  startDocuSignFixture,
  WEBHOOK_SECRET,
} from '../../support/fake-docusign/start-docusign-fixture';
import { startWebhookReceiver } from '../../support/fake-docusign/start-webhook-receiver';

let fixture: DocuSignFixture;
beforeEach(async () => {
  fixture = await startDocuSignFixture();
});
afterEach(async () => {
  await fixture.close();
});

/** Opens a signing URL like the signer's browser; resolves with the redirect target. */
function openSigningUrl(url: string, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        response.resume();
        if (response.statusCode !== 302 || !response.headers.location) {
          reject(new Error(`Unexpected answer ${response.statusCode}`));
        } else resolve(response.headers.location);
      })
      .on('error', reject);
  });
}

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text;
}

describe('DocuSign provider through docusign-esign against the fake DocuSign', () => {
  it('obtains a token by JWT grant, sends the envelope, signs both signers in order, and fetches the signed PDF and certificate', async () => {
    const provider = fixture.createProvider();
    const input = gfaEnvelopeInput();

    const { envelopeId } = await provider.createEnvelope(input);

    // JWT bearer grant over TLS: the fake verified the RS256 assertion with our public key.
    expect(fixture.fake.tokenGrants).toHaveLength(1);
    const grant = fixture.fake.tokenGrants[0];
    expect(grant?.isSignatureValid).toBe(true);
    expect(grant?.claims).toMatchObject({
      iss: INTEGRATION_KEY,
      sub: IMPERSONATED_USER_ID,
      aud: fixture.fake.oAuthHost,
      scope: 'signature impersonation',
    });

    const envelope = fixture.fake.envelopes.get(envelopeId);
    expect(envelope?.status).toBe('sent');
    expect(envelope?.pdf.equals(input.pdf)).toBe(true);
    expect(envelope?.emailSubject).toBe(input.subject);
    expect(envelope?.emailBlurb).toBe(input.message);
    expect(envelope?.expireAfterDays).toBe(10);
    expect(envelope?.customFields).toContainEqual({ name: 'deedroomRequestId', value: 'sig_req_0001' });
    expect(envelope?.signers.map((s) => [s.routingOrder, s.clientUserId, s.anchors])).toEqual([
      [1, 'usr_banque_marie', ['/sig1/']],
      [2, 'usr_promoteur_paul', ['/sig2/']],
    ]);

    const [marie, paul] = GFA_SIGNERS;
    if (!marie || !paul) throw new Error('fixture signers missing');
    // Paul signs second: DocuSign refuses his view before Marie has signed.
    await expect(
      provider.createSigningUrl({ envelopeId, signer: paul, returnUrl: 'https://deedroom.test/retour' }),
    ).rejects.toMatchObject({
      retryable: false,
      status: 400,
      message: expect.stringContaining('RECIPIENT_NOT_IN_SEQUENCE'),
    });

    const marieUrl = await provider.createSigningUrl({
      envelopeId,
      signer: marie,
      returnUrl: 'https://deedroom.test/retour?s=1',
    });
    expect(marieUrl).toMatch(new RegExp(`^${fixture.fake.origin}/signing/`));
    const back = await openSigningUrl(marieUrl ?? '', fixture.fake.certificatePem);
    expect(new URL(back).searchParams.get('event')).toBe('signing_complete');
    expect(fixture.fake.envelopes.get(envelopeId)?.status).toBe('sent');

    // Not finished yet: no documents to fetch.
    await expect(provider.fetchCompletedDocuments(envelopeId)).rejects.toMatchObject({ retryable: false });

    const paulUrl = await provider.createSigningUrl({
      envelopeId,
      signer: paul,
      returnUrl: 'https://deedroom.test/retour?s=2',
    });
    await openSigningUrl(paulUrl ?? '', fixture.fake.certificatePem);
    expect(fixture.fake.envelopes.get(envelopeId)?.status).toBe('completed');

    const { signedPdf, certificate } = await provider.fetchCompletedDocuments(envelopeId);
    const signedText = await pdfText(signedPdf);
    expect(signedText).toContain('Montant garanti : 4 250 000,00 EUR');
    expect(signedText).toContain('Signed by Marie Lefèvre');
    expect(signedText).toContain('Signed by Paul Garnier');
    expect(certificate).not.toBeNull();
    const certificateText = await pdfText(certificate ?? Buffer.alloc(0));
    expect(certificateText).toContain('Certificate Of Completion');
    expect(certificateText).toContain(envelopeId.toUpperCase());

    // One token served every call: it is cached.
    expect(fixture.fake.tokenGrants).toHaveLength(1);
  });

  it('receives the Connect "completed" webhook, verifies its HMAC on the raw body, then parses it', async () => {
    const provider = fixture.createProvider();
    const receiver = await startWebhookReceiver();
    try {
      const { envelopeId } = await provider.createEnvelope(gfaEnvelopeInput());
      for (const signer of GFA_SIGNERS) {
        const url = await provider.createSigningUrl({
          envelopeId,
          signer,
          returnUrl: 'https://deedroom.test/retour',
        });
        await openSigningUrl(url ?? '', fixture.fake.certificatePem);
      }
      const sent = await fixture.fake.sendConnectEvent({
        url: receiver.url,
        hmacKey: WEBHOOK_SECRET,
        envelopeId,
      });
      expect(sent.status).toBe(200);

      const [delivery] = receiver.received;
      if (!delivery) throw new Error('no webhook received');
      expect(verifyConnectSignature(delivery.rawBody, delivery.headers, [WEBHOOK_SECRET])).toBe(true);
      const event = parseConnectEvent(delivery.rawBody);
      expect(event).toMatchObject({
        event: 'envelope-completed',
        envelopeId,
        status: 'completed',
        requestId: 'sig_req_0001',
      });
      expect(event.eventId).toMatch(/^[0-9a-f]{64}$/);
      expect(event.recipients.map((r) => [r.clientUserId, r.status])).toEqual([
        ['usr_banque_marie', 'completed'],
        ['usr_promoteur_paul', 'completed'],
      ]);
      expect(event.recipients.every((r) => r.signedDateTime !== null && r.deliveredDateTime !== null)).toBe(
        true,
      );
    } finally {
      await receiver.close();
    }
  });

  it('voids an envelope with the reason given', async () => {
    const provider = fixture.createProvider();
    const { envelopeId } = await provider.createEnvelope(gfaEnvelopeInput());
    await provider.cancel(envelopeId, 'Version du contrat remplacée');
    expect(fixture.fake.envelopes.get(envelopeId)).toMatchObject({
      status: 'voided',
      voidedReason: 'Version du contrat remplacée',
    });
  });
});

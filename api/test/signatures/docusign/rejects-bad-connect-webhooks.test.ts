import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import { ConnectPayloadError, parseConnectEvent } from '../../../src/signatures/docusign/parse-connect-event';
// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import { verifyConnectSignature } from '../../../src/signatures/docusign/verify-connect-signature';
import {
  type DocuSignFixture,
  gfaEnvelopeInput,
  startDocuSignFixture,
  WEBHOOK_SECRET,
} from '../../support/fake-docusign/start-docusign-fixture';
import {
  type ReceivedWebhook,
  startWebhookReceiver,
} from '../../support/fake-docusign/start-webhook-receiver';

let fixture: DocuSignFixture;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let envelopeId: string;

beforeAll(async () => {
  fixture = await startDocuSignFixture();
  receiver = await startWebhookReceiver();
  ({ envelopeId } = await fixture.createProvider().createEnvelope(gfaEnvelopeInput()));
});
afterAll(async () => {
  await receiver.close();
  await fixture.close();
});

async function deliver(
  options: { hmacKey?: string; event?: string; retryCount?: number } = {},
): Promise<ReceivedWebhook> {
  const before = receiver.received.length;
  await fixture.fake.sendConnectEvent({
    url: receiver.url,
    hmacKey: options.hmacKey ?? WEBHOOK_SECRET,
    envelopeId,
    ...(options.event ? { event: options.event } : {}),
    ...(options.retryCount !== undefined ? { retryCount: options.retryCount } : {}),
  });
  const delivery = receiver.received[before];
  if (!delivery) throw new Error('webhook not received');
  return delivery;
}

describe('Connect webhook verification', () => {
  it('accepts the delivery signed with our key', async () => {
    const { rawBody, headers } = await deliver();
    expect(verifyConnectSignature(rawBody, headers, [WEBHOOK_SECRET])).toBe(true);
  });

  it('refuses a delivery signed with another key', async () => {
    const { rawBody, headers } = await deliver({ hmacKey: 'someone-elses-key' });
    expect(verifyConnectSignature(rawBody, headers, [WEBHOOK_SECRET])).toBe(false);
  });

  it('accepts any of several keys (rotation), and refuses when no key is configured', async () => {
    const { rawBody, headers } = await deliver();
    expect(verifyConnectSignature(rawBody, headers, ['old-key', WEBHOOK_SECRET])).toBe(true);
    expect(verifyConnectSignature(rawBody, headers, [])).toBe(false);
    expect(verifyConnectSignature(rawBody, headers, [''])).toBe(false);
  });

  it('refuses a delivery without signature header', async () => {
    const { rawBody, headers } = await deliver();
    const { 'x-docusign-signature-1': _removed, ...unsigned } = headers;
    expect(verifyConnectSignature(rawBody, unsigned, [WEBHOOK_SECRET])).toBe(false);
  });

  it('refuses a body altered after signing, even by one byte', async () => {
    const { rawBody, headers } = await deliver();
    const altered = Buffer.from(rawBody.toString('utf8').replace('"status":"sent"', '"status":"voided"'));
    expect(altered.equals(rawBody)).toBe(false);
    expect(verifyConnectSignature(altered, headers, [WEBHOOK_SECRET])).toBe(false);
    const flipped = Buffer.from(rawBody);
    flipped[flipped.length - 2] = (flipped[flipped.length - 2] ?? 0) ^ 1;
    expect(verifyConnectSignature(flipped, headers, [WEBHOOK_SECRET])).toBe(false);
  });

  it('refuses truncated, garbage and empty signatures without throwing', async () => {
    const { rawBody, headers } = await deliver();
    const signature = String(headers['x-docusign-signature-1']);
    for (const bad of [signature.slice(0, -4), 'not base64 at all', '', `${signature}AAAA`]) {
      expect(
        verifyConnectSignature(rawBody, { ...headers, 'x-docusign-signature-1': bad }, [WEBHOOK_SECRET]),
      ).toBe(false);
    }
  });

  it('reads the signature from a fetch Headers object too (Hono routes)', async () => {
    const { rawBody, headers } = await deliver();
    const webHeaders = new Headers({ 'X-DocuSign-Signature-1': String(headers['x-docusign-signature-1']) });
    expect(verifyConnectSignature(rawBody, webHeaders, [WEBHOOK_SECRET])).toBe(true);
  });
});

describe('Connect event parsing', () => {
  it('gives a replayed delivery, or a DocuSign retry of it, the same event id so the caller can refuse it', async () => {
    const first = await deliver();
    const replay = { rawBody: Buffer.from(first.rawBody), headers: first.headers };
    const retried = await deliver({ retryCount: 3 });
    expect(verifyConnectSignature(replay.rawBody, replay.headers, [WEBHOOK_SECRET])).toBe(true);
    const id = parseConnectEvent(first.rawBody).eventId;
    expect(parseConnectEvent(replay.rawBody).eventId).toBe(id);
    expect(parseConnectEvent(retried.rawBody).eventId).toBe(id);
    // A different event on the same envelope is a different id.
    const other = await deliver({ event: 'envelope-delivered' });
    expect(parseConnectEvent(other.rawBody).eventId).not.toBe(id);
  });

  it('parses an event for an envelope Deedroom does not know: deciding to ignore it is the caller’s job', async () => {
    const { rawBody } = await deliver();
    const unknown = Buffer.from(
      rawBody.toString('utf8').replaceAll(envelopeId, '00000000-0000-0000-0000-000000000000'),
    );
    const event = parseConnectEvent(unknown);
    expect(event.envelopeId).toBe('00000000-0000-0000-0000-000000000000');
    expect(event.status).toBe('sent');
  });

  it('takes the payload’s own id when it carries one', () => {
    const body = Buffer.from(
      JSON.stringify({
        event: 'envelope-completed',
        eventId: 'evt-42',
        generatedDateTime: '2026-11-27T10:00:00Z',
        data: { envelopeId: 'env-1' },
      }),
    );
    expect(parseConnectEvent(body)).toMatchObject({ eventId: 'evt-42', status: 'completed', recipients: [] });
  });

  it('throws ConnectPayloadError on a body that is not a Connect JSON event', () => {
    expect(() => parseConnectEvent(Buffer.from('<DocuSignEnvelopeInformation/>'))).toThrow(
      ConnectPayloadError,
    );
    expect(() => parseConnectEvent(Buffer.from('{"event":"envelope-completed"}'))).toThrow(
      ConnectPayloadError,
    );
    expect(() => parseConnectEvent(Buffer.from('[]'))).toThrow(ConnectPayloadError);
  });
});

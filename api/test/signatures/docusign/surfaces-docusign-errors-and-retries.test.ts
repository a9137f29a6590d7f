import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import { ProviderError } from '../../../src/signatures/signature-provider';
import {
  type DocuSignFixture,
  gfaEnvelopeInput,
  startDocuSignFixture,
} from '../../support/fake-docusign/start-docusign-fixture';

let fixture: DocuSignFixture;
beforeEach(async () => {
  fixture = await startDocuSignFixture();
});
afterEach(async () => {
  await fixture.close();
});

const ENVELOPES = /\/envelopes$/;

describe('DocuSign failures', () => {
  it('retries a 500 twice with exponential back-off, then succeeds', async () => {
    const waits: number[] = [];
    const provider = fixture.createProvider({
      retry: { attempts: 3, baseDelayMs: 100 },
      delay: async (ms) => {
        waits.push(ms);
      },
    });
    fixture.fake.injectFailures(2, { kind: 'status', status: 500 }, ENVELOPES);
    const { envelopeId } = await provider.createEnvelope(gfaEnvelopeInput());
    expect(fixture.fake.envelopes.has(envelopeId)).toBe(true);
    expect(fixture.fake.log.filter((line) => line.startsWith('POST /restapi'))).toEqual([
      expect.stringMatching(/-> 500$/),
      expect.stringMatching(/-> 500$/),
      expect.stringMatching(/-> 201$/),
    ]);
    expect(waits).toEqual([100, 200]);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    const waits: number[] = [];
    const provider = fixture.createProvider({ delay: async (ms) => void waits.push(ms) });
    fixture.fake.injectFailures(1, { kind: 'status', status: 429, retryAfterSeconds: 2 }, ENVELOPES);
    await provider.createEnvelope(gfaEnvelopeInput());
    expect(waits).toEqual([2_000]);
  });

  it('gives up after the configured attempts with a retryable ProviderError', async () => {
    const provider = fixture.createProvider({ retry: { attempts: 2, baseDelayMs: 1 } });
    fixture.fake.injectFailures(5, { kind: 'status', status: 503 }, ENVELOPES);
    const error = await provider.createEnvelope(gfaEnvelopeInput()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retryable: true, status: 503 });
    expect(fixture.fake.envelopes.size).toBe(0);
  });

  it('does not retry a 400 and reports DocuSign’s own message', async () => {
    const provider = fixture.createProvider();
    fixture.fake.injectFailures(
      1,
      {
        kind: 'status',
        status: 400,
        body: {
          errorCode: 'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT',
          message: 'The email address for the recipient is invalid.',
        },
      },
      ENVELOPES,
    );
    const error = await provider.createEnvelope(gfaEnvelopeInput()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retryable: false, status: 400 });
    expect((error as Error).message).toContain(
      'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT: The email address for the recipient is invalid.',
    );
    expect(fixture.fake.log.filter((line) => line.startsWith('POST /restapi'))).toHaveLength(1);
  });

  it('refuses a PDF without the signer’s anchor, as DocuSign does', async () => {
    const provider = fixture.createProvider();
    const input = gfaEnvelopeInput();
    const signers = input.signers.map((s) => (s.order === 2 ? { ...s, anchor: '/sig9/' } : s));
    await expect(provider.createEnvelope({ ...input, signers })).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining('ANCHOR_TAB_STRING_NOT_FOUND'),
    });
  });

  it('reads DocuSign’s error out of a failed PDF download (a streamed body)', async () => {
    const provider = fixture.createProvider();
    const { envelopeId } = await provider.createEnvelope(gfaEnvelopeInput());
    const envelope = fixture.fake.envelopes.get(envelopeId);
    if (!envelope) throw new Error('no envelope');
    envelope.status = 'completed';
    fixture.fake.injectFailures(
      1,
      {
        kind: 'status',
        status: 404,
        body: { errorCode: 'DOCUMENT_DOES_NOT_EXIST', message: 'The document specified was not found.' },
      },
      /\/documents\/combined$/,
    );
    await expect(provider.fetchCompletedDocuments(envelopeId)).rejects.toMatchObject({
      retryable: false,
      status: 404,
      message: expect.stringContaining('DOCUMENT_DOES_NOT_EXIST'),
    });
  });

  it('times out a hung DocuSign within the configured timeout, as a retryable error', async () => {
    const provider = fixture.createProvider({ timeoutMs: 500, retry: { attempts: 1, baseDelayMs: 1 } });
    await provider.createEnvelope(gfaEnvelopeInput()); // token cached, envelope endpoint warm
    fixture.fake.injectFailures(1, { kind: 'hang' }, /\/envelopes\/[^/]+$/);
    const started = Date.now();
    const error = await provider
      .cancel([...fixture.fake.envelopes.keys()][0] ?? '', 'test')
      .catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retryable: true });
    expect((error as Error).message).toMatch(/délai|timeout/i);
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('times out a hung OAuth token endpoint too (the SDK sets no timeout there)', async () => {
    const provider = fixture.createProvider({ timeoutMs: 500, retry: { attempts: 1, baseDelayMs: 1 } });
    fixture.fake.injectFailures(1, { kind: 'hang' }, /^\/oauth\/token$/);
    const started = Date.now();
    await expect(provider.createEnvelope(gfaEnvelopeInput())).rejects.toMatchObject({ retryable: true });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not repeat an envelope creation that timed out: DocuSign may have created it', async () => {
    const provider = fixture.createProvider({ timeoutMs: 500, retry: { attempts: 3, baseDelayMs: 1 } });
    fixture.fake.injectFailures(1, { kind: 'hang' }, ENVELOPES);
    await expect(provider.createEnvelope(gfaEnvelopeInput())).rejects.toMatchObject({ retryable: true });
    expect(fixture.fake.log.filter((line) => line.startsWith('POST /restapi'))).toEqual([
      expect.stringMatching(/hang$/),
    ]);
  });

  it('reports a missing consent as a non-retryable error', async () => {
    const provider = fixture.createProvider({ userId: 'someone-who-never-consented' });
    await expect(provider.createEnvelope(gfaEnvelopeInput())).rejects.toMatchObject({
      retryable: false,
      status: 400,
      message: expect.stringContaining('consent_required'),
    });
  });
});

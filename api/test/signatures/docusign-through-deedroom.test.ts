import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SignatureRequestDetail } from '@deedroom/shared';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/services/audit/verify-audit-chain';
import { signConnectPayload } from '../../src/signatures/docusign/verify-connect-signature';
import {
  type DocuSignFixture,
  startDocuSignFixture,
  WEBHOOK_SECRET,
} from '../support/fake-docusign/start-docusign-fixture';
import {
  type Caller,
  createTestContext,
  findDealId,
  findDeedId,
  readError,
  type TestContext,
} from '../support/test-context';

/**
 * The DocuSign path end to end inside Deedroom: a request made through our API goes out through
 * the real docusign-esign SDK to the fake DocuSign (JWT grant over TLS), each signer signs through
 * the recipient view Deedroom hands out, DocuSign Connect posts « completed » to our webhook route
 * (HMAC checked), and the combined signed PDF and the certificate land in the vault, read-only.
 */

let fixture: DocuSignFixture;
let ctx: TestContext;
let server: ServerType;
let appUrl: string;
let paul: Caller;
let marie: Caller;
let julie: Caller;
let anne: Caller;
let dealId: string;
let request: SignatureRequestDetail;

/** Opens a recipient view like a browser would (the fake marks the signer signed). */
function openSigningPage(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca: fixture.fake.certificatePem }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

async function detail(as: Caller = paul): Promise<SignatureRequestDetail> {
  const res = await ctx.request('GET', `/api/signature-requests/${request.id}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as SignatureRequestDetail;
}

function postWebhook(body: Buffer, signature: string | null): Promise<Response> {
  return fetch(`${appUrl}/api/webhooks/docusign`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature !== null && { 'x-docusign-signature-1': signature }),
    },
    body: new Uint8Array(body),
  });
}

beforeAll(async () => {
  fixture = await startDocuSignFixture();
  ctx = await createTestContext({
    signatures: {
      config: {
        provider: 'docusign',
        signingP12Path: undefined,
        signingP12Password: undefined,
        docusign: {
          integrationKey: 'unused-here',
          userId: 'unused-here',
          accountId: 'unused-here',
          privateKeyFile: '/nonexistent',
          basePath: fixture.fake.basePath,
          oAuthBasePath: fixture.fake.oAuthHost,
          connectHmacKeys: [WEBHOOK_SECRET],
          signingMode: 'embedded',
          timeoutMs: 2_000,
        },
      },
      provider: fixture.createProvider(),
    },
  });
  server = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  paul = await ctx.signIn('paul.girard@banque-horizon.example');
  marie = await ctx.signIn('marie.lefevre@banque-horizon.example');
  julie = await ctx.signIn('julie.morel@atlantique-promotion.example');
  anne = await ctx.signIn('anne.dupuis@notaires-dupuis.example');
  dealId = await findDealId(ctx, paul, 'Résidence Les Tilleuls');

  const gfaId = await findDeedId(ctx, paul, 'Résidence Les Tilleuls', 'gfa');
  for (const caller of [paul, julie, anne]) {
    expect(
      (await ctx.request('POST', `/api/deeds/${gfaId}/approvals`, { as: caller, body: {} })).status,
    ).toBe(200);
  }
  expect((await ctx.request('POST', `/api/deeds/${gfaId}/lock`, { as: paul })).status).toBe(200);
  const lockedVersionId = (await ctx.stores.deeds.findById(gfaId))?.lock?.versionId ?? '';
  const [julieUser, marieUser] = await Promise.all([
    ctx.stores.users.findByEmail('julie.morel@atlantique-promotion.example'),
    ctx.stores.users.findByEmail('marie.lefevre@banque-horizon.example'),
  ]);
  const created = await ctx.request('POST', `/api/deals/${dealId}/signature-requests`, {
    as: paul,
    body: {
      title: 'GFA – Résidence Les Tilleuls',
      source: { kind: 'deed_version', deedId: gfaId, versionId: lockedVersionId },
      signers: [{ userId: julieUser?.id }, { userId: marieUser?.id }],
      message: 'Merci de signer la garantie financière d’achèvement.',
      expiresAt: new Date(ctx.clock.now().getTime() + 14 * 86_400_000).toISOString(),
    },
  });
  expect(created.status, await created.clone().text()).toBe(201);
  request = (await created.json()) as SignatureRequestDetail;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await ctx.close();
  await fixture.close();
});

describe('signing through DocuSign', () => {
  it('sends the locked GFA as an envelope with anchored tabs, in signing order', async () => {
    expect(request.provider).toBe('docusign');
    expect(request.envelopeId).toMatch(/^[0-9a-f-]{36}$/);
    const envelope = fixture.fake.envelopes.get(request.envelopeId ?? '');
    expect(envelope?.signers.map((s) => [s.name, s.routingOrder, s.anchors])).toEqual([
      ['Julie Morel', 1, ['/sig1/']],
      ['Marie Lefèvre', 2, ['/sig2/']],
    ]);
  });

  it('hands each signer a recipient view in turn, then files DocuSign’s signed PDF on « completed »', async () => {
    const returnUrl = `http://deedroom.test/deals/${dealId}/signatures`;
    const notYet = await ctx.request('POST', `/api/signature-requests/${request.id}/signing-url`, {
      as: marie,
      body: { returnUrl },
    });
    expect(notYet.status).toBe(409);
    const elsewhere = await ctx.request('POST', `/api/signature-requests/${request.id}/signing-url`, {
      as: julie,
      body: { returnUrl: 'https://attacker.example/phish' },
    });
    expect(elsewhere.status).toBe(400);
    for (const caller of [julie, marie]) {
      const res = await ctx.request('POST', `/api/signature-requests/${request.id}/signing-url`, {
        as: caller,
        body: { returnUrl },
      });
      expect(res.status).toBe(200);
      const { url } = (await res.json()) as { url: string | null };
      expect(url?.startsWith(fixture.fake.origin)).toBe(true);
      expect(await openSigningPage(url ?? '')).toBe(302);
      // DocuSign tells Deedroom through Connect that this signer is done: the next one's turn.
      const told = await fixture.fake.sendConnectEvent({
        url: `${appUrl}/api/webhooks/docusign`,
        hmacKey: WEBHOOK_SECRET,
        envelopeId: request.envelopeId ?? '',
        event: 'recipient-completed',
      });
      expect(told.status).toBe(200);
    }
    expect((await detail()).signers.map((s) => s.status)).toEqual(['signed', 'signed']);
    // Built-in signing is refused for a DocuSign request.
    const builtin = await ctx.request('POST', `/api/signature-requests/${request.id}/sign`, {
      as: julie,
      body: { password: 'correct-horse-battery-staple' },
    });
    expect(builtin.status).toBe(409);

    const delivery = await fixture.fake.sendConnectEvent({
      url: `${appUrl}/api/webhooks/docusign`,
      hmacKey: WEBHOOK_SECRET,
      envelopeId: request.envelopeId ?? '',
    });
    expect(delivery.status).toBe(200);
    const done = await detail();
    expect(done.status).toBe('completed');
    expect(done.signers.map((s) => s.status)).toEqual(['signed', 'signed']);
    expect(done.signed).not.toBeNull();
    const vault = await ctx.request('GET', `/api/vault/documents/${done.signed?.documentId}`, { as: julie });
    expect(vault.status).toBe(200);
    // Signed evidence cannot be re-filed.
    const refile = await ctx.request('PATCH', `/api/vault/documents/${done.signed?.documentId}`, {
      as: paul,
      body: { category: 'autre' },
    });
    expect(refile.status).toBe(409);
    const chain = await verifyAuditChain(ctx.stores.audit);
    expect(chain.ok).toBe(true);
  });

  it('refuses a webhook whose HMAC is wrong or missing, and ignores replays and unknown envelopes', async () => {
    const before = await detail();
    const body = Buffer.from(
      JSON.stringify({
        event: 'envelope-completed',
        generatedDateTime: new Date().toISOString(),
        data: { envelopeId: request.envelopeId, envelopeSummary: { status: 'declined', recipients: {} } },
      }),
    );
    expect((await postWebhook(body, null)).status).toBe(401);
    expect((await postWebhook(body, signConnectPayload(body, 'another-key'))).status).toBe(401);
    const tampered = Buffer.from(body.toString().replace('declined', 'voided'));
    const wrong = await postWebhook(tampered, signConnectPayload(body, WEBHOOK_SECRET));
    expect(wrong.status).toBe(401);
    expect((await readError(wrong)).code).toBe('UNAUTHENTICATED');

    const replay = await fixture.fake.sendConnectEvent({
      url: `${appUrl}/api/webhooks/docusign`,
      hmacKey: WEBHOOK_SECRET,
      envelopeId: request.envelopeId ?? '',
      retryCount: 1,
    });
    expect(replay.status).toBe(200);
    const unknown = Buffer.from(
      JSON.stringify({
        event: 'envelope-completed',
        generatedDateTime: new Date().toISOString(),
        data: {
          envelopeId: '00000000-0000-4000-8000-000000000000',
          envelopeSummary: { status: 'completed', recipients: { signers: [] } },
        },
      }),
    );
    expect((await postWebhook(unknown, signConnectPayload(unknown, WEBHOOK_SECRET))).status).toBe(200);
    const after = await detail();
    expect(after.status).toBe(before.status);
    expect(after.events.length).toBe(before.events.length);
    expect(after.signed).toEqual(before.signed);
  });
});

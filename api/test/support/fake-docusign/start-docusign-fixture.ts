// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import { createLogger } from '../../../src/logger';
// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import { createDocuSignProvider } from '../../../src/signatures/docusign/create-docusign-provider';
// biome-ignore lint/style/noRestrictedImports: three levels up from api/test/x/y is still api/src, not another package
import type { CreateEnvelopeInput } from '../../../src/signatures/signature-provider';
import { buildTestPdf } from './build-test-pdf';
import { createRsaKeyPair } from './create-test-credentials';
import { type FakeDocuSign, startFakeDocuSign } from './start-fake-docusign';

type DocuSignProvider = ReturnType<typeof createDocuSignProvider>;
type DocuSignProviderOptions = Parameters<typeof createDocuSignProvider>[0];

export const INTEGRATION_KEY = '2f1c6a3e-5b7d-4c1e-9a2b-7e4d3c2b1a00';
export const IMPERSONATED_USER_ID = '8a9b0c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d';
export const ACCOUNT_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
export const WEBHOOK_SECRET = 'connect-hmac-key-for-tests-0123456789abcdef';

/** A fake DocuSign plus a factory of providers wired to it through the real SDK. */
export interface DocuSignFixture {
  fake: FakeDocuSign;
  createProvider(overrides?: Partial<DocuSignProviderOptions>): DocuSignProvider;
  close(): Promise<void>;
}

export async function startDocuSignFixture(): Promise<DocuSignFixture> {
  const keys = createRsaKeyPair();
  const fake = await startFakeDocuSign({
    integrationKey: INTEGRATION_KEY,
    userId: IMPERSONATED_USER_ID,
    accountId: ACCOUNT_ID,
    publicKeyPem: keys.publicKeyPem,
  });
  const providers: DocuSignProvider[] = [];
  return {
    fake,
    createProvider(overrides = {}) {
      const provider = createDocuSignProvider({
        integrationKey: INTEGRATION_KEY,
        userId: IMPERSONATED_USER_ID,
        accountId: ACCOUNT_ID,
        rsaPrivateKeyPem: keys.privateKeyPem,
        basePath: fake.basePath,
        oAuthBasePath: fake.oAuthHost,
        webhookSecret: WEBHOOK_SECRET,
        logger: createLogger('silent'),
        trustedCertificates: [fake.certificatePem],
        retry: { attempts: 3, baseDelayMs: 10 },
        timeoutMs: 2_000,
        ...overrides,
      });
      providers.push(provider);
      return provider;
    },
    async close() {
      for (const provider of providers) provider.close();
      await fake.close();
    },
  };
}

export const GFA_SIGNERS = [
  {
    userId: 'usr_banque_marie',
    name: 'Marie Lefèvre',
    email: 'marie.lefevre@banque-horizon.example',
    order: 1,
    anchor: '/sig1/',
  },
  {
    userId: 'usr_promoteur_paul',
    name: 'Paul Garnier',
    email: 'paul.garnier@promo-azur.example',
    order: 2,
    anchor: '/sig2/',
  },
];

/** A GFA commitment as Deedroom would send it: a PDF carrying both anchors. */
export function gfaEnvelopeInput(overrides: Partial<CreateEnvelopeInput> = {}): CreateEnvelopeInput {
  return {
    requestId: 'sig_req_0001',
    documentName: 'GFA - Residence Les Tilleuls.pdf',
    pdf: buildTestPdf([
      'Garantie financiere d achevement - Residence Les Tilleuls',
      'Montant garanti : 4 250 000,00 EUR',
      'Pour la banque : /sig1/',
      'Pour le promoteur : /sig2/',
    ]),
    signers: GFA_SIGNERS,
    subject: 'Signature de la GFA — Résidence Les Tilleuls',
    message: 'Merci de signer la garantie financière d’achèvement.',
    expiresAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(),
    ...overrides,
  };
}

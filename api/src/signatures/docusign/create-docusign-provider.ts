import type { Logger } from '../../logger';
import { ProviderError, type SignatureProvider } from '../signature-provider';
import { buildEnvelopeDefinition } from './build-envelope-definition';
import { callWithRetries, type Delay, type RetryPolicy, realDelay, withDeadline } from './call-with-retries';
import { type DocuSignApiClient, type DocuSignEnvelopesApi, docusignSdk } from './docusign-sdk';
import { installSdkTransport } from './sdk-transport';

/** Scopes for JWT impersonation; `impersonation` is what the one-time consent grants. */
const JWT_SCOPES = ['signature', 'impersonation'];
/** Lifetime asked for each access token (DocuSign's maximum for JWT grants is one hour). */
const TOKEN_LIFETIME_S = 3600;
/** A token is renewed this long before DocuSign says it expires. */
const TOKEN_RENEW_MARGIN_MS = 5 * 60 * 1000;
const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

export interface DocuSignProviderOptions {
  /** The app's integration key (client id), from Apps and Keys. */
  integrationKey: string;
  /** GUID of the DocuSign user the app acts as (JWT `sub`). */
  userId: string;
  /** API account id (GUID) the envelopes belong to. */
  accountId: string;
  /** The RSA private key (PEM) whose public half is registered on the integration key. */
  rsaPrivateKeyPem: string;
  /** REST base, e.g. `https://demo.docusign.net/restapi` (the account's `base_uri` + `/restapi`). */
  basePath: string;
  /** OAuth host without scheme: `account-d.docusign.com` (developer) or `account.docusign.com`. */
  oAuthBasePath: string;
  /**
   * Connect HMAC key(s); verification itself is `verifyConnectSignature` in the webhook route.
   * Kept here so one options object describes the whole DocuSign set-up.
   */
  webhookSecret: string;
  logger: Logger;
  retry?: RetryPolicy;
  /** Per-request limit, OAuth included (default 20 s). */
  timeoutMs?: number;
  /** `embedded` (default): signers sign from Deedroom via a recipient view; `email`: DocuSign mails them. */
  signingMode?: 'embedded' | 'email';
  /** When set, each envelope asks DocuSign Connect to post its events there (HMAC-signed). */
  connectWebhookUrl?: string;
  /** Extra PEM certificates to trust (a fake DocuSign in tests, a TLS-inspecting proxy). */
  trustedCertificates?: string[];
  /** Injected in tests. */
  delay?: Delay;
  now?: () => Date;
}

/** The DocuSign provider, plus `close()` to unhook it from the SDK's shared HTTP client. */
export interface DocuSignProvider extends SignatureProvider {
  readonly kind: 'docusign';
  close(): void;
}

/**
 * Creates the DocuSign provider on the official docusign-esign SDK: JWT grant (token cached until
 * five minutes before it expires), envelopes from the PDF with anchor-placed SignHere tabs,
 * embedded signing through recipient views, the combined signed PDF and the certificate of
 * completion, voiding. Every call has a timeout; retryable failures (network, timeout, 429, 5xx)
 * are retried with exponential back-off and the last one is thrown as a ProviderError.
 *
 * @example
 * const provider = createDocuSignProvider({ ...config.docusign, logger });
 * const { envelopeId } = await provider.createEnvelope(input);
 * const url = await provider.createSigningUrl({ envelopeId, signer, returnUrl });
 */
export function createDocuSignProvider(options: DocuSignProviderOptions): DocuSignProvider {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = options.retry ?? DEFAULT_RETRY;
  const delay = options.delay ?? realDelay;
  const now = options.now ?? (() => new Date());
  const signingMode = options.signingMode ?? 'embedded';
  const logger = options.logger.child({ provider: 'docusign' });

  const apiClient: DocuSignApiClient = new docusignSdk.ApiClient();
  apiClient.setBasePath(options.basePath);
  // setBasePath resets the OAuth host from the REST host: set it afterwards.
  apiClient.setOAuthBasePath(options.oAuthBasePath);
  apiClient.timeout = timeoutMs;
  const envelopesApi: DocuSignEnvelopesApi = new docusignSdk.EnvelopesApi(apiClient);
  const uninstallTransport = installSdkTransport({
    restBasePath: options.basePath,
    oAuthHost: options.oAuthBasePath,
    timeoutMs,
    ...(options.trustedCertificates ? { trustedCertificates: options.trustedCertificates } : {}),
  });

  let token: { value: string; renewAt: number } | undefined;
  let pendingToken: Promise<string> | undefined;

  async function requestToken(): Promise<string> {
    const response = await callWithRetries(
      'jeton OAuth',
      () =>
        withDeadline(
          () =>
            apiClient.requestJWTUserToken(
              options.integrationKey,
              options.userId,
              JWT_SCOPES,
              Buffer.from(options.rsaPrivateKeyPem),
              TOKEN_LIFETIME_S,
            ),
          timeoutMs,
        ),
      { policy, delay, logger, isIdempotent: true },
    );
    const accessToken = response.body.access_token;
    const expiresInMs = Number(response.body.expires_in) * 1000;
    if (!accessToken || !Number.isFinite(expiresInMs)) {
      throw new ProviderError('DocuSign a renvoyé un jeton OAuth illisible', false);
    }
    token = { value: accessToken, renewAt: now().getTime() + expiresInMs - TOKEN_RENEW_MARGIN_MS };
    logger.debug({ expiresInS: expiresInMs / 1000 }, 'DocuSign access token obtained');
    return accessToken;
  }

  /** One token request at a time, shared by concurrent callers. */
  async function ensureToken(): Promise<void> {
    if (token && now().getTime() < token.renewAt) return;
    pendingToken ??= requestToken().finally(() => {
      pendingToken = undefined;
    });
    apiClient.addDefaultHeader('Authorization', `Bearer ${await pendingToken}`);
  }

  /** Authenticated call with timeout and retries; a 401 drops the cached token and tries once more. */
  async function call<T>(operation: string, run: () => Promise<T>, isIdempotent = true): Promise<T> {
    await ensureToken();
    const attempt = () =>
      callWithRetries(operation, () => withDeadline(run, timeoutMs), { policy, delay, logger, isIdempotent });
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ProviderError) || error.status !== 401) throw error;
      token = undefined;
      await ensureToken();
      return attempt();
    }
  }

  return {
    kind: 'docusign',

    async createEnvelope(input) {
      const envelopeDefinition = buildEnvelopeDefinition(input, {
        signingMode,
        now: now(),
        ...(options.connectWebhookUrl ? { connectWebhookUrl: options.connectWebhookUrl } : {}),
      });
      const summary = await call(
        "création de l'enveloppe",
        () => envelopesApi.createEnvelope(options.accountId, { envelopeDefinition }),
        false,
      );
      if (!summary?.envelopeId)
        throw new ProviderError("DocuSign n'a pas renvoyé d'identifiant d'enveloppe", false);
      logger.info({ requestId: input.requestId, envelopeId: summary.envelopeId }, 'DocuSign envelope sent');
      return { envelopeId: summary.envelopeId };
    },

    async createSigningUrl({ envelopeId, signer, returnUrl }) {
      // E-mail signing: DocuSign's own e-mail carries the link.
      if (signingMode === 'email') return null;
      const view = await call('lien de signature', () =>
        envelopesApi.createRecipientView(options.accountId, envelopeId, {
          recipientViewRequest: {
            returnUrl,
            authenticationMethod: 'none',
            clientUserId: signer.userId,
            userName: signer.name,
            email: signer.email,
          },
        }),
      );
      if (!view?.url) throw new ProviderError("DocuSign n'a pas renvoyé de lien de signature", false);
      return view.url;
    },

    async fetchCompletedDocuments(envelopeId) {
      const envelope = await call("état de l'enveloppe", () =>
        envelopesApi.getEnvelope(options.accountId, envelopeId),
      );
      if (envelope?.status !== 'completed') {
        throw new ProviderError(
          `L'enveloppe ${envelopeId} n'est pas terminée (${envelope?.status ?? 'inconnu'})`,
          false,
        );
      }
      const signedPdf = await call('document signé', () =>
        envelopesApi.getDocument(options.accountId, envelopeId, 'combined', { certificate: 'false' }),
      );
      const certificate = await call('certificat de signature', () =>
        envelopesApi.getDocument(options.accountId, envelopeId, 'certificate'),
      );
      return {
        signedPdf: toPdfBuffer(signedPdf, 'combined'),
        certificate: toPdfBuffer(certificate, 'certificate'),
      };
    },

    async cancel(envelopeId, reason) {
      await call("annulation de l'enveloppe", () =>
        envelopesApi.update(options.accountId, envelopeId, {
          // DocuSign requires a reason and caps it at 200 characters.
          envelope: {
            status: 'voided',
            voidedReason: (reason.trim() || 'Annulée dans Deedroom').slice(0, 200),
          },
        }),
      );
      logger.info({ envelopeId }, 'DocuSign envelope voided');
    },

    close() {
      uninstallTransport();
    },
  };
}

function toPdfBuffer(data: Buffer | string, which: string): Buffer {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data, 'binary');
  if (buffer.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new ProviderError(`DocuSign a renvoyé un document « ${which} » qui n'est pas un PDF`, false);
  }
  return buffer;
}

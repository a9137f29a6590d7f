import { createRequire } from 'node:module';

/*
 * A minimal typed facade over docusign-esign 10 (CommonJS, no usable typings for v10): only the
 * calls Deedroom makes, typed as the SDK actually behaves. Request bodies are plain JSON objects,
 * which the SDK serialises as is.
 */

/** What `requestJWTUserToken` resolves with: the axios response with `data` renamed `body`. */
export interface JwtTokenResponse {
  body: { access_token: string; token_type?: string; expires_in: number | string };
}

export interface DocuSignApiClient {
  /** Axios timeout (ms) for every REST call; the OAuth calls ignore it (see sdk-transport.ts). */
  timeout: number;
  setBasePath(basePath: string): void;
  setOAuthBasePath(oAuthBasePath: string): void;
  getOAuthBasePath(): string;
  addDefaultHeader(name: string, value: string): void;
  requestJWTUserToken(
    clientId: string,
    userId: string,
    scopes: string[],
    rsaPrivateKey: Buffer | string,
    expiresInSeconds: number,
  ): Promise<JwtTokenResponse>;
}

export interface SignHereTab {
  anchorString: string;
  anchorUnits: 'pixels' | 'inches' | 'mms' | 'cms';
  anchorXOffset: string;
  anchorYOffset: string;
  anchorIgnoreIfNotPresent: 'true' | 'false';
  anchorMatchWholeWord: 'true' | 'false';
}

export interface SignerDefinition {
  recipientId: string;
  routingOrder: string;
  name: string;
  email: string;
  /** Set for embedded signing: DocuSign then sends no e-mail and expects a recipient view. */
  clientUserId?: string;
  tabs: { signHereTabs: SignHereTab[] };
}

export interface EventNotificationDefinition {
  url: string;
  requireAcknowledgment: 'true' | 'false';
  includeHMAC: 'true' | 'false';
  deliveryMode: 'SIM' | 'aggregate';
  eventData: { version: 'restv2.1'; format: 'json'; includeData: string[] };
  events: string[];
}

export interface EnvelopeDefinition {
  emailSubject: string;
  emailBlurb: string;
  status: 'sent' | 'created';
  documents: { documentBase64: string; documentId: string; name: string; fileExtension: 'pdf' }[];
  recipients: { signers: SignerDefinition[] };
  notification: {
    useAccountDefaults: 'false';
    expirations: { expireEnabled: 'true'; expireAfter: string; expireWarn: string };
  };
  customFields: { textCustomFields: { name: string; value: string; show: 'false'; required: 'false' }[] };
  eventNotification?: EventNotificationDefinition;
}

export interface RecipientViewRequest {
  returnUrl: string;
  authenticationMethod: 'none' | 'password' | 'email';
  clientUserId: string;
  userName: string;
  email: string;
  recipientId?: string;
}

export interface DocuSignEnvelopesApi {
  createEnvelope(
    accountId: string,
    opts: { envelopeDefinition: EnvelopeDefinition },
  ): Promise<{ envelopeId?: string; status?: string }>;
  createRecipientView(
    accountId: string,
    envelopeId: string,
    opts: { recipientViewRequest: RecipientViewRequest },
  ): Promise<{ url?: string }>;
  /** Streams `application/pdf` and resolves with the whole file. */
  getDocument(
    accountId: string,
    envelopeId: string,
    documentId: 'combined' | 'certificate' | 'archive' | string,
    opts?: { certificate?: 'true' | 'false' },
  ): Promise<Buffer | string>;
  getEnvelope(accountId: string, envelopeId: string): Promise<{ status?: string }>;
  update(
    accountId: string,
    envelopeId: string,
    opts: { envelope: { status: 'voided'; voidedReason: string } },
  ): Promise<unknown>;
}

export interface DocuSignSdk {
  ApiClient: new (opts?: { basePath?: string; oAuthBasePath?: string }) => DocuSignApiClient;
  EnvelopesApi: new (apiClient: DocuSignApiClient) => DocuSignEnvelopesApi;
}

/** The slice of axios the SDK exposes to us through its own copy of the module. */
export interface SdkAxiosRequestConfig {
  baseURL?: string;
  url?: string;
  timeout?: number;
  httpsAgent?: unknown;
}
export interface SdkAxios {
  interceptors: {
    request: {
      use(onFulfilled: (config: SdkAxiosRequestConfig) => SdkAxiosRequestConfig): number;
      eject(id: number): void;
    };
  };
}

const requireFromHere = createRequire(import.meta.url);
const sdkEntry = requireFromHere.resolve('docusign-esign');

/** The docusign-esign module, loaded once. */
export const docusignSdk = requireFromHere('docusign-esign') as DocuSignSdk;

/**
 * The very axios instance the SDK imports (resolved from the SDK's own folder, so the same module
 * object): the SDK offers no hook for a per-request https agent or an OAuth timeout, only this.
 */
export const sdkAxios = createRequire(sdkEntry)('axios') as SdkAxios;

import { createHmac, createPublicKey, randomBytes, randomUUID, verify } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { extractText } from 'unpdf';
import { buildTestPdf } from './build-test-pdf';
import { createLoopbackTlsCertificate } from './create-test-credentials';

/*
 * A fake DocuSign on 127.0.0.1 (HTTPS, self-signed) answering the paths docusign-esign 10 calls,
 * with DocuSign's request and response shapes, so the real SDK code path runs unchanged:
 *   POST /oauth/token                     JWT bearer grant (assertion verified with the public key)
 *   GET  /oauth/userinfo
 *   POST /restapi/v2.1/accounts/{a}/envelopes
 *   GET  /restapi/v2.1/accounts/{a}/envelopes/{id}
 *   PUT  /restapi/v2.1/accounts/{a}/envelopes/{id}                (void)
 *   POST /restapi/v2.1/accounts/{a}/envelopes/{id}/views/recipient
 *   GET  /restapi/v2.1/accounts/{a}/envelopes/{id}/documents/{combined|certificate|1}
 *   GET  /signing/{token}                 the "signing ceremony": marks the signer as signed
 * plus failure injection and a Connect webhook sender signed like DocuSign's.
 */

export interface FakeSigner {
  recipientId: string;
  routingOrder: number;
  name: string;
  email: string;
  clientUserId: string | undefined;
  anchors: string[];
  status: 'sent' | 'delivered' | 'completed' | 'declined';
  deliveredDateTime: string | undefined;
  signedDateTime: string | undefined;
}

export interface FakeEnvelope {
  envelopeId: string;
  status: 'sent' | 'completed' | 'voided';
  emailSubject: string;
  emailBlurb: string;
  pdf: Buffer;
  documentName: string;
  signers: FakeSigner[];
  expireAfterDays: number | undefined;
  customFields: { name: string; value: string }[];
  eventNotificationUrl: string | undefined;
  voidedReason: string | undefined;
  createdDateTime: string;
  completedDateTime: string | undefined;
}

/** What the fake learnt from one `POST /oauth/token`. */
export interface TokenGrant {
  isSignatureValid: boolean;
  claims: Record<string, unknown>;
  accessToken: string | undefined;
}

export type InjectedFailure =
  | { kind: 'status'; status: number; body?: unknown; retryAfterSeconds?: number }
  /** Accepts the request and never answers. */
  | { kind: 'hang' };

export interface FakeDocuSign {
  /** `https://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>`: the SDK's OAuth base path (host, no scheme). */
  oAuthHost: string;
  /** `https://127.0.0.1:<port>/restapi` */
  basePath: string;
  /** The self-signed certificate to trust. */
  certificatePem: string;
  envelopes: Map<string, FakeEnvelope>;
  tokenGrants: TokenGrant[];
  /** Every request, in order: `METHOD /path -> status` ('hang' when never answered). */
  log: string[];
  /** The next `count` requests whose path matches `pathPattern` (default: all) fail as told. */
  injectFailures(count: number, failure: InjectedFailure, pathPattern?: RegExp): void;
  /**
   * Posts a Connect 2.0 JSON event for the envelope to `url`, HMAC-signed with `hmacKey` in
   * `X-DocuSign-Signature-1` like DocuSign; resolves with the receiver's status and the exact body.
   */
  sendConnectEvent(input: {
    url: string;
    hmacKey: string;
    envelopeId: string;
    event?: string;
    retryCount?: number;
  }): Promise<{ status: number; body: Buffer }>;
  close(): Promise<void>;
}

interface Options {
  integrationKey: string;
  userId: string;
  accountId: string;
  /** Public half of the integration key's RSA key pair (PEM). */
  publicKeyPem: string;
  tokenLifetimeSeconds?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const docusignError = (status: number, errorCode: string, message: string) =>
  new HttpError(status, { errorCode, message });

function base64UrlDecode(part: string): Buffer {
  return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw docusignError(
      400,
      'INVALID_REQUEST_BODY',
      `The request body is missing or improperly formatted. ${what}`,
    );
  }
  return value as Record<string, unknown>;
}

function asString(value: unknown, errorCode: string, message: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw docusignError(400, errorCode, message);
  return value;
}

const nowIso = () => new Date().toISOString();

export async function startFakeDocuSign(options: Options): Promise<FakeDocuSign> {
  const { certPem, keyPem } = createLoopbackTlsCertificate();
  const publicKey = createPublicKey(options.publicKeyPem);
  const envelopes = new Map<string, FakeEnvelope>();
  const tokenGrants: TokenGrant[] = [];
  const validTokens = new Set<string>();
  const signingTokens = new Map<string, { envelopeId: string; recipientId: string; returnUrl: string }>();
  const failures: { remaining: number; failure: InjectedFailure; pathPattern: RegExp | undefined }[] = [];
  const log: string[] = [];
  const sockets = new Set<Socket>();
  let origin = '';
  let oAuthHost = '';

  function takeFailure(path: string): InjectedFailure | undefined {
    const entry = failures.find((f) => f.remaining > 0 && (!f.pathPattern || f.pathPattern.test(path)));
    if (!entry) return undefined;
    entry.remaining--;
    return entry.failure;
  }

  function requireBearer(request: IncomingMessage): void {
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    if (!match?.[1] || !validTokens.has(match[1])) {
      throw new HttpError(401, {
        errorCode: 'USER_AUTHENTICATION_FAILED',
        message: 'One or both of Username and Password are invalid. Invalid access token',
      });
    }
  }

  function handleToken(body: Buffer): unknown {
    const form = new URLSearchParams(body.toString('utf8'));
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      throw new HttpError(400, { error: 'unsupported_grant_type' });
    }
    const assertion = form.get('assertion') ?? '';
    const [header, payload, signature] = assertion.split('.');
    if (!header || !payload || !signature) throw new HttpError(400, { error: 'invalid_request' });
    const headerJson = JSON.parse(base64UrlDecode(header).toString('utf8')) as Record<string, unknown>;
    const claims = JSON.parse(base64UrlDecode(payload).toString('utf8')) as Record<string, unknown>;
    const isSignatureValid =
      headerJson.alg === 'RS256' &&
      verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), publicKey, base64UrlDecode(signature));
    const grant: TokenGrant = { isSignatureValid, claims, accessToken: undefined };
    tokenGrants.push(grant);
    const nowS = Math.floor(Date.now() / 1000);
    if (!isSignatureValid)
      throw new HttpError(400, { error: 'invalid_grant', error_description: 'no_valid_keys_or_signatures' });
    if (claims.iss !== options.integrationKey)
      throw new HttpError(400, { error: 'invalid_grant', error_description: 'client_id_not_registered' });
    if (claims.aud !== oAuthHost)
      throw new HttpError(400, { error: 'invalid_grant', error_description: 'invalid audience' });
    if (claims.sub !== options.userId) throw new HttpError(400, { error: 'consent_required' });
    const scopes = String(claims.scope ?? '').split(' ');
    if (!scopes.includes('signature') || !scopes.includes('impersonation'))
      throw new HttpError(400, { error: 'consent_required' });
    if (
      typeof claims.exp !== 'number' ||
      claims.exp <= nowS ||
      typeof claims.iat !== 'number' ||
      claims.iat > nowS + 60
    ) {
      throw new HttpError(400, { error: 'invalid_grant', error_description: 'expired or future assertion' });
    }
    const accessToken = randomBytes(24).toString('base64url');
    validTokens.add(accessToken);
    grant.accessToken = accessToken;
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: options.tokenLifetimeSeconds ?? 28_800,
    };
  }

  async function handleCreateEnvelope(body: Buffer): Promise<unknown> {
    const definition = asRecord(JSON.parse(body.toString('utf8')), 'Envelope definition');
    const documents = definition.documents;
    if (!Array.isArray(documents) || documents.length !== 1) {
      throw docusignError(
        400,
        'ENVELOPE_IS_INCOMPLETE',
        'The Envelope is not Complete. A Complete Envelope Requires Documents, Recipients, Tabs, and a Subject Line.',
      );
    }
    const document = asRecord(documents[0], 'Document');
    const pdf = Buffer.from(
      asString(document.documentBase64, 'INVALID_REQUEST_BODY', 'documentBase64 missing'),
      'base64',
    );
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw docusignError(400, 'PDF_VALIDATION_FAILED', 'The document is not a valid PDF.');
    }
    const emailSubject = asString(
      definition.emailSubject,
      'ENVELOPE_IS_INCOMPLETE',
      'The Envelope is not Complete. A Complete Envelope Requires Documents, Recipients, Tabs, and a Subject Line.',
    );
    const recipients = asRecord(definition.recipients, 'Recipients');
    if (!Array.isArray(recipients.signers) || recipients.signers.length === 0) {
      throw docusignError(
        400,
        'ENVELOPE_IS_INCOMPLETE',
        'The Envelope is not Complete. A Complete Envelope Requires Documents, Recipients, Tabs, and a Subject Line.',
      );
    }
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const signers: FakeSigner[] = recipients.signers.map((raw: unknown) => {
      const signer = asRecord(raw, 'Signer');
      const routingOrder = Number(
        asString(signer.routingOrder, 'INVALID_ROUTING_ORDER', 'Routing order missing'),
      );
      if (!Number.isInteger(routingOrder) || routingOrder < 1)
        throw docusignError(400, 'INVALID_ROUTING_ORDER', 'Invalid routing order');
      const tabs = asRecord(signer.tabs, 'Tabs');
      const signHere = Array.isArray(tabs.signHereTabs) ? tabs.signHereTabs : [];
      const anchors = signHere.map((tab: unknown) =>
        asString(asRecord(tab, 'Tab').anchorString, 'INVALID_TAB', 'Tab without position'),
      );
      if (anchors.length === 0)
        throw docusignError(400, 'SIGNER_HAS_NO_SIGNATURE_TAB', 'A signer has no signature tab.');
      for (const anchor of anchors) {
        if (!text.includes(anchor)) {
          throw docusignError(
            400,
            'ANCHOR_TAB_STRING_NOT_FOUND',
            `The specified Anchor Tab string was not found in the document. Anchor Tab String: ${anchor}`,
          );
        }
      }
      return {
        recipientId: asString(signer.recipientId, 'INVALID_RECIPIENT_ID', 'Recipient id missing'),
        routingOrder,
        name: asString(
          signer.name,
          'INVALID_USERNAME_FOR_RECIPIENT',
          'The user name for the recipient is invalid.',
        ),
        email: asString(
          signer.email,
          'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT',
          'The email address for the recipient is invalid.',
        ),
        clientUserId: typeof signer.clientUserId === 'string' ? signer.clientUserId : undefined,
        anchors,
        status: 'sent',
        deliveredDateTime: undefined,
        signedDateTime: undefined,
      };
    });
    const notification = definition.notification as { expirations?: { expireAfter?: string } } | undefined;
    const customFields = (
      definition.customFields as { textCustomFields?: { name: string; value: string }[] } | undefined
    )?.textCustomFields;
    const envelope: FakeEnvelope = {
      envelopeId: randomUUID(),
      status: 'sent',
      emailSubject,
      emailBlurb: typeof definition.emailBlurb === 'string' ? definition.emailBlurb : '',
      pdf,
      documentName: typeof document.name === 'string' ? document.name : 'document.pdf',
      signers,
      expireAfterDays: notification?.expirations?.expireAfter
        ? Number(notification.expirations.expireAfter)
        : undefined,
      customFields: customFields?.map(({ name, value }) => ({ name, value })) ?? [],
      eventNotificationUrl: (definition.eventNotification as { url?: string } | undefined)?.url,
      voidedReason: undefined,
      createdDateTime: nowIso(),
      completedDateTime: undefined,
    };
    envelopes.set(envelope.envelopeId, envelope);
    return {
      envelopeId: envelope.envelopeId,
      status: 'sent',
      statusDateTime: envelope.createdDateTime,
      uri: `/envelopes/${envelope.envelopeId}`,
    };
  }

  function getEnvelope(envelopeId: string): FakeEnvelope {
    const envelope = envelopes.get(envelopeId);
    if (!envelope)
      throw docusignError(
        400,
        'ENVELOPE_DOES_NOT_EXIST',
        'The envelope specified either does not exist or you have no rights to it.',
      );
    return envelope;
  }

  function handleRecipientView(envelopeId: string, body: Buffer): unknown {
    const envelope = getEnvelope(envelopeId);
    const request = asRecord(JSON.parse(body.toString('utf8')), 'Recipient view');
    const returnUrl = asString(request.returnUrl, 'INVALID_REQUEST_PARAMETER', 'returnUrl is required');
    const signer = envelope.signers.find(
      (s) =>
        s.clientUserId !== undefined &&
        s.clientUserId === request.clientUserId &&
        s.email === request.email &&
        s.name === request.userName,
    );
    if (!signer)
      throw docusignError(
        400,
        'UNKNOWN_ENVELOPE_RECIPIENT',
        'The recipient you have identified is not a valid recipient of the specified envelope.',
      );
    if (envelope.status !== 'sent')
      throw docusignError(400, 'ENVELOPE_INVALID_STATUS', `Invalid envelope status: ${envelope.status}`);
    const earlier = envelope.signers.filter(
      (s) => s.routingOrder < signer.routingOrder && s.status !== 'completed',
    );
    if (earlier.length > 0)
      throw docusignError(
        400,
        'RECIPIENT_NOT_IN_SEQUENCE',
        'The token for an out of sequence recipient can not be generated.',
      );
    const token = randomBytes(16).toString('hex');
    signingTokens.set(token, { envelopeId, recipientId: signer.recipientId, returnUrl });
    return { url: `${origin}/signing/${token}` };
  }

  function handleSigning(token: string, response: ServerResponse): void {
    const entry = signingTokens.get(token);
    if (!entry) throw new HttpError(404, { errorCode: 'INVALID_TOKEN', message: 'Unknown signing token' });
    signingTokens.delete(token);
    const envelope = getEnvelope(entry.envelopeId);
    const signer = envelope.signers.find((s) => s.recipientId === entry.recipientId);
    if (!signer)
      throw new HttpError(404, { errorCode: 'UNKNOWN_ENVELOPE_RECIPIENT', message: 'Unknown recipient' });
    const at = nowIso();
    signer.deliveredDateTime ??= at;
    signer.signedDateTime = at;
    signer.status = 'completed';
    if (envelope.signers.every((s) => s.status === 'completed')) {
      envelope.status = 'completed';
      envelope.completedDateTime = at;
    }
    const location = new URL(entry.returnUrl);
    location.searchParams.set('event', 'signing_complete');
    response.writeHead(302, { location: location.toString() });
    response.end();
  }

  function presentEnvelope(envelope: FakeEnvelope) {
    return {
      envelopeId: envelope.envelopeId,
      status: envelope.status,
      emailSubject: envelope.emailSubject,
      createdDateTime: envelope.createdDateTime,
      completedDateTime: envelope.completedDateTime,
      voidedReason: envelope.voidedReason,
      recipients: {
        signers: envelope.signers.map((s) => ({
          recipientId: s.recipientId,
          routingOrder: String(s.routingOrder),
          name: s.name,
          email: s.email,
          clientUserId: s.clientUserId,
          status: s.status,
          deliveredDateTime: s.deliveredDateTime,
          signedDateTime: s.signedDateTime,
        })),
      },
      customFields: { textCustomFields: envelope.customFields },
    };
  }

  async function combinedPdf(envelope: FakeEnvelope): Promise<Buffer> {
    // The original text plus DocuSign's stamp lines, as a new PDF the tests can read back.
    const { text } = await extractText(new Uint8Array(envelope.pdf), { mergePages: true });
    return buildTestPdf([
      `Docusign Envelope ID: ${envelope.envelopeId.toUpperCase()}`,
      ...text.split('\n'),
      ...envelope.signers.map((s) => `Signed by ${s.name} <${s.email}> at ${s.signedDateTime ?? '-'}`),
    ]);
  }

  function certificatePdf(envelope: FakeEnvelope): Buffer {
    return buildTestPdf([
      'Certificate Of Completion',
      `Envelope Id: ${envelope.envelopeId.toUpperCase()}`,
      `Subject: ${envelope.emailSubject}`,
      `Status: ${envelope.status === 'completed' ? 'Completed' : envelope.status}`,
      ...envelope.signers.map((s) => `Signer: ${s.name} ${s.email} Signed: ${s.signedDateTime ?? '-'}`),
    ]);
  }

  function handleVoid(envelopeId: string, body: Buffer): unknown {
    const envelope = getEnvelope(envelopeId);
    const update = asRecord(JSON.parse(body.toString('utf8')), 'Envelope');
    if (update.status !== 'voided')
      throw docusignError(400, 'INVALID_REQUEST_PARAMETER', 'Only voiding is supported by the fake');
    const reason = asString(
      update.voidedReason,
      'VOIDED_REASON_REQUIRED',
      'A reason is required to void an envelope.',
    );
    if (envelope.status !== 'sent')
      throw docusignError(
        400,
        'ENVELOPE_CANNOT_VOID_INVALID_STATE',
        'Only envelopes in the Sent or Delivered states may be voided.',
      );
    envelope.status = 'voided';
    envelope.voidedReason = reason;
    return { envelopeId };
  }

  async function route(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    body: Buffer,
  ): Promise<void> {
    const method = request.method ?? 'GET';
    if (method === 'POST' && path === '/oauth/token') return sendJson(response, 200, handleToken(body));
    if (method === 'GET' && path === '/oauth/userinfo') {
      requireBearer(request);
      return sendJson(response, 200, {
        sub: options.userId,
        name: 'Service Deedroom',
        email: 'signatures@banque.example',
        accounts: [
          {
            account_id: options.accountId,
            is_default: true,
            account_name: 'Banque (démo)',
            base_uri: origin,
          },
        ],
      });
    }
    const signing = /^\/signing\/([0-9a-f]+)$/.exec(path);
    if (method === 'GET' && signing?.[1]) return handleSigning(signing[1], response);

    const rest = /^\/restapi\/v2\.1\/accounts\/([^/]+)\/envelopes(?:\/([^/]+)(\/.*)?)?$/.exec(path);
    if (!rest) throw new HttpError(404, { errorCode: 'NOT_FOUND', message: `No route ${method} ${path}` });
    requireBearer(request);
    const [, accountId, envelopeId, tail] = rest;
    if (accountId !== options.accountId)
      throw docusignError(400, 'ACCOUNT_NOT_FOUND', 'The account is not valid');
    if (!envelopeId && method === 'POST') return sendJson(response, 201, await handleCreateEnvelope(body));
    if (envelopeId && !tail && method === 'GET')
      return sendJson(response, 200, presentEnvelope(getEnvelope(envelopeId)));
    if (envelopeId && !tail && method === 'PUT') return sendJson(response, 200, handleVoid(envelopeId, body));
    if (envelopeId && tail === '/views/recipient' && method === 'POST')
      return sendJson(response, 201, handleRecipientView(envelopeId, body));
    const documentMatch = /^\/documents\/([^/]+)$/.exec(tail ?? '');
    if (envelopeId && documentMatch?.[1] && method === 'GET') {
      const envelope = getEnvelope(envelopeId);
      const documentId = documentMatch[1];
      let pdf: Buffer;
      if (documentId === 'certificate') pdf = certificatePdf(envelope);
      else if (documentId === 'combined') pdf = await combinedPdf(envelope);
      else if (documentId === '1') pdf = envelope.pdf;
      else throw docusignError(400, 'DOCUMENT_DOES_NOT_EXIST', 'The document specified was not found.');
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(pdf.length) });
      response.end(pdf);
      return;
    }
    throw new HttpError(404, { errorCode: 'NOT_FOUND', message: `No route ${method} ${path}` });
  }

  const server = https.createServer({ cert: certPem, key: keyPem }, (request, response) => {
    const path = new URL(request.url ?? '/', 'https://fake').pathname;
    const line = `${request.method} ${path}`;
    void (async () => {
      const body = await readBody(request);
      const failure = takeFailure(path);
      if (failure?.kind === 'hang') {
        log.push(`${line} -> hang`);
        return;
      }
      if (failure) {
        log.push(`${line} -> ${failure.status}`);
        const headers: Record<string, string> =
          failure.retryAfterSeconds !== undefined ? { 'retry-after': String(failure.retryAfterSeconds) } : {};
        return sendJson(
          response,
          failure.status,
          failure.body ?? { errorCode: 'UNSPECIFIED_ERROR', message: 'Injected failure' },
          headers,
        );
      }
      try {
        await route(request, response, path, body);
        log.push(`${line} -> ${response.statusCode}`);
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500;
        const payload =
          error instanceof HttpError
            ? error.body
            : { errorCode: 'UNSPECIFIED_ERROR', message: String(error) };
        log.push(`${line} -> ${status}`);
        if (!response.headersSent) sendJson(response, status, payload);
      }
    })();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `https://127.0.0.1:${port}`;
  oAuthHost = `127.0.0.1:${port}`;

  /** When each (envelope, event) happened: re-deliveries of one event keep its time, like DocuSign's. */
  const eventTimes = new Map<string, string>();

  function connectPayload(envelope: FakeEnvelope, event: string, retryCount: number) {
    const key = `${envelope.envelopeId}:${event}`;
    const generatedDateTime = eventTimes.get(key) ?? envelope.completedDateTime ?? nowIso();
    eventTimes.set(key, generatedDateTime);
    return {
      event,
      apiVersion: 'v2.1',
      uri: `/restapi/v2.1/accounts/${options.accountId}/envelopes/${envelope.envelopeId}`,
      retryCount,
      configurationId: 10_001,
      generatedDateTime,
      data: {
        accountId: options.accountId,
        userId: options.userId,
        envelopeId: envelope.envelopeId,
        envelopeSummary: presentEnvelope(envelope),
      },
    };
  }

  return {
    origin,
    oAuthHost,
    basePath: `${origin}/restapi`,
    certificatePem: certPem,
    envelopes,
    tokenGrants,
    log,
    injectFailures(count, failure, pathPattern) {
      failures.push({ remaining: count, failure, pathPattern });
    },
    async sendConnectEvent({ url, hmacKey, envelopeId, event, retryCount = 0 }) {
      const envelope = getEnvelope(envelopeId);
      const body = Buffer.from(
        JSON.stringify(connectPayload(envelope, event ?? `envelope-${envelope.status}`, retryCount)),
      );
      const signature = createHmac('sha256', hmacKey).update(body).digest('base64');
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request(
          url,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': String(body.length),
              'x-docusign-signature-1': signature,
            },
          },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
      return { status, body };
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

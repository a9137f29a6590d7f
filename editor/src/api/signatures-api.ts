import {
  type CreateSignatureRequest,
  type SignatureRequestDetail,
  SignatureRequestDetailSchema,
  type SignatureRequestList,
  SignatureRequestListSchema,
  type SignatureSources,
  SignatureSourcesSchema,
  type SigningUrl,
  SigningUrlSchema,
} from '@deedroom/shared';
import { requestJson } from './client';

function requestPath(requestId: string): string {
  return `/api/signature-requests/${encodeURIComponent(requestId)}`;
}

/** The deal's signature requests, newest first, and the installation's provider. */
export function fetchSignatureRequests(dealId: string, signal: AbortSignal): Promise<SignatureRequestList> {
  return requestJson(
    `/api/deals/${encodeURIComponent(dealId)}/signature-requests`,
    SignatureRequestListSchema,
    {
      signal,
    },
  );
}

/** Locked deed versions and vault PDFs the bank may put to signature, and who may sign. */
export function fetchSignatureSources(dealId: string, signal: AbortSignal): Promise<SignatureSources> {
  return requestJson(`/api/deals/${encodeURIComponent(dealId)}/signature-sources`, SignatureSourcesSchema, {
    signal,
  });
}

export function fetchSignatureRequest(
  requestId: string,
  signal: AbortSignal,
): Promise<SignatureRequestDetail> {
  return requestJson(requestPath(requestId), SignatureRequestDetailSchema, { signal });
}

export function createSignatureRequest(
  dealId: string,
  body: CreateSignatureRequest,
  csrfToken: string,
): Promise<SignatureRequestDetail> {
  return requestJson(
    `/api/deals/${encodeURIComponent(dealId)}/signature-requests`,
    SignatureRequestDetailSchema,
    {
      method: 'POST',
      body,
      csrfToken,
    },
  );
}

/** The PDF submitted to signature (opening it marks a signer « Consulté »). */
export function signatureDocumentUrl(requestId: string): string {
  return `${requestPath(requestId)}/document`;
}

export function signDocument(
  requestId: string,
  password: string,
  csrfToken: string,
): Promise<SignatureRequestDetail> {
  return requestJson(`${requestPath(requestId)}/sign`, SignatureRequestDetailSchema, {
    method: 'POST',
    body: { password },
    csrfToken,
  });
}

export function declineSignatureRequest(
  requestId: string,
  reason: string,
  csrfToken: string,
): Promise<SignatureRequestDetail> {
  return requestJson(`${requestPath(requestId)}/decline`, SignatureRequestDetailSchema, {
    method: 'POST',
    body: { reason },
    csrfToken,
  });
}

export function cancelSignatureRequest(
  requestId: string,
  reason: string,
  csrfToken: string,
): Promise<SignatureRequestDetail> {
  return requestJson(`${requestPath(requestId)}/cancel`, SignatureRequestDetailSchema, {
    method: 'POST',
    body: { reason },
    csrfToken,
  });
}

const RemindedSchema = {
  safeParse(data: unknown) {
    const reminded = (data as { reminded?: unknown })?.reminded;
    return Array.isArray(reminded)
      ? { success: true as const, data: { reminded: reminded as string[] } }
      : { success: false as const, error: { issues: [] } };
  },
};

export function remindSigners(requestId: string, csrfToken: string): Promise<{ reminded: string[] }> {
  return requestJson(`${requestPath(requestId)}/remind`, RemindedSchema, { method: 'POST', csrfToken });
}

/** The vault URL of the signed PDF, as an attachment. */
export function signedDocumentUrl(documentId: string, versionId: string): string {
  return `/api/vault/documents/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}/content?disposition=attachment`;
}

/** DocuSign's signing page for the caller, coming back to `returnUrl` (a Deedroom page) afterwards. */
export function createSigningUrl(
  requestId: string,
  returnUrl: string,
  csrfToken: string,
): Promise<SigningUrl> {
  return requestJson(`${requestPath(requestId)}/signing-url`, SigningUrlSchema, {
    method: 'POST',
    body: { returnUrl },
    csrfToken,
  });
}

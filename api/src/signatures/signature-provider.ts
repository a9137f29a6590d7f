/**
 * The contract between Deedroom and an e-signature provider (built-in or DocuSign).
 * Deedroom owns the request, its signers and its evidence; the provider only carries the
 * document to signature and hands back the signed PDF.
 */
export interface ProviderSigner {
  userId: string;
  name: string;
  email: string;
  order: number;
  /** text in the PDF where the signature tab goes, e.g. "/sig1/" */
  anchor: string;
}

export interface CreateEnvelopeInput {
  requestId: string;
  documentName: string;
  pdf: Buffer;
  signers: ProviderSigner[];
  subject: string;
  message: string;
  expiresAt: string;
}

export interface SignatureProvider {
  readonly kind: 'builtin' | 'docusign';
  /** Hands the document to the provider; returns its envelope id. Throws a ProviderError (retryable or not). */
  createEnvelope(input: CreateEnvelopeInput): Promise<{ envelopeId: string }>;
  /** Embedded signing URL for one signer (DocuSign recipient view); the built-in provider signs inside Deedroom and returns null. */
  createSigningUrl(input: {
    envelopeId: string;
    signer: ProviderSigner;
    returnUrl: string;
  }): Promise<string | null>;
  /** Final documents once completed: the signed PDF and, when the provider issues one, its certificate of completion. */
  fetchCompletedDocuments(envelopeId: string): Promise<{ signedPdf: Buffer; certificate: Buffer | null }>;
  cancel(envelopeId: string, reason: string): Promise<void>;
}

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

import { buffer } from 'node:stream/consumers';
import type { Clock } from '../../clock';
import type { Stores } from '../../store/stores';
import type { BlobStore } from '../../vault/blob-store';
import { appendPdfPages } from '../append-pdf-pages';
import { ProviderError, type SignatureProvider } from '../signature-provider';
import type { SigningCredentials } from './load-signing-credentials';
import { renderCertificatePage } from './render-certificate-page';
import { sealPdf } from './seal-pdf';

export interface BuiltinProviderDeps {
  stores: Stores;
  blobs: BlobStore;
  clock: Clock;
  /** Loaded (or generated) on first use, not at start. */
  loadCredentials(): SigningCredentials;
}

const ENVELOPE_PREFIX = 'builtin-';

/**
 * The provider that works offline: signers sign inside Deedroom (password re-entered, see
 * `sign-document.ts`), and once the last one has, the document gets its certificate page and one
 * PAdES seal made with the installation's certificate. The envelope is the request itself.
 */
export function createBuiltinSignatureProvider(deps: BuiltinProviderDeps): SignatureProvider {
  let credentials: SigningCredentials | undefined;
  return {
    kind: 'builtin',
    async createEnvelope(input) {
      return { envelopeId: `${ENVELOPE_PREFIX}${input.requestId}` };
    },
    async createSigningUrl() {
      return null;
    },
    async fetchCompletedDocuments(envelopeId) {
      const request = await deps.stores.signatures.findByEnvelope(envelopeId);
      if (!request) throw new ProviderError(`Enveloppe inconnue : ${envelopeId}`, false, 404);
      const signers = await deps.stores.signatures.listSigners([request.id]);
      const unsigned = signers.filter((s) => s.status !== 'signed' || !s.signedAt);
      if (unsigned.length > 0)
        throw new ProviderError('Toutes les signatures ne sont pas recueillies.', false);
      const original = await buffer(deps.blobs.openRead(request.documentBlobKey));
      const now = deps.clock.now();
      const lastSignedAt =
        signers
          .map((s) => s.signedAt ?? '')
          .sort()
          .at(-1) ?? now.toISOString();
      const certificatePage = await renderCertificatePage(
        {
          requestId: request.id,
          envelopeId,
          title: request.title,
          documentName: request.documentName,
          documentSha256: request.documentSha256,
          completedAt: lastSignedAt,
          sealedBy: 'certificat de scellement de l’installation Deedroom',
          signers: signers.map((s) => ({
            order: s.position,
            name: s.name,
            email: s.email,
            signedAt: s.signedAt ?? lastSignedAt,
            ip: s.signedIp,
          })),
        },
        now,
      );
      const withCertificate = await appendPdfPages([original, certificatePage]);
      credentials ??= deps.loadCredentials();
      const signedPdf = await sealPdf(withCertificate, credentials, {
        reason: `Scellement de « ${request.title} » après ${signers.length} signature(s)`,
        location: 'Deedroom',
        signingTime: now,
        fieldName: `Deedroom-${request.id}`,
      });
      return { signedPdf, certificate: null };
    },
    async cancel() {
      // Nothing is held outside Deedroom.
    },
  };
}

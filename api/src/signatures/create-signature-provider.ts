import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Stores } from '../store/stores';
import type { BlobStore } from '../vault/blob-store';
import { createBuiltinSignatureProvider } from './builtin/builtin-signature-provider';
import { loadSigningCredentials } from './builtin/load-signing-credentials';
import type { SignatureProvider } from './signature-provider';

export interface SignatureProviderDeps {
  stores: Stores;
  blobs: BlobStore;
  clock: Clock;
}

/** The installation's signature provider, chosen by `DEEDROOM_SIGNATURE_PROVIDER` (default: built-in). */
export function createSignatureProvider(
  config: Pick<Config, 'dataDir' | 'signatures'>,
  deps: SignatureProviderDeps,
): SignatureProvider {
  switch (config.signatures.provider) {
    case 'builtin':
      return createBuiltinSignatureProvider({
        ...deps,
        loadCredentials: () =>
          loadSigningCredentials({
            p12Path: config.signatures.signingP12Path,
            p12Password: config.signatures.signingP12Password,
            dataDir: config.dataDir,
          }),
      });
    case 'docusign':
      // Wired by the DocuSign provider (api/src/signatures/docusign/).
      throw new Error('Le fournisseur DocuSign n’est pas encore disponible dans cette installation.');
  }
}

import fs from 'node:fs';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Stores } from '../store/stores';
import type { BlobStore } from '../vault/blob-store';
import { createBuiltinSignatureProvider } from './builtin/builtin-signature-provider';
import { loadSigningCredentials } from './builtin/load-signing-credentials';
import { createDocuSignProvider } from './docusign/create-docusign-provider';
import type { SignatureProvider } from './signature-provider';

export interface SignatureProviderDeps {
  stores: Stores;
  blobs: BlobStore;
  clock: Clock;
  logger: Logger;
  /** Where DocuSign Connect reaches this installation (`<public URL>/api/webhooks/docusign`). */
  publicUrl: string | undefined;
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
    case 'docusign': {
      const settings = config.signatures.docusign;
      // loadConfig refuses `docusign` without its settings; this keeps the types honest.
      if (!settings) throw new Error('DocuSign is selected but not configured');
      return createDocuSignProvider({
        integrationKey: settings.integrationKey,
        userId: settings.userId,
        accountId: settings.accountId,
        rsaPrivateKeyPem: fs.readFileSync(settings.privateKeyFile, 'utf8'),
        basePath: settings.basePath,
        oAuthBasePath: settings.oAuthBasePath,
        webhookSecret: settings.connectHmacKeys[0] ?? '',
        signingMode: settings.signingMode,
        timeoutMs: settings.timeoutMs,
        ...(deps.publicUrl && { connectWebhookUrl: `${deps.publicUrl}/api/webhooks/docusign` }),
        logger: deps.logger,
      });
    }
  }
}

import { P12Signer, PDF } from '@libpdf/core';
import type { SigningCredentials } from './load-signing-credentials';

export interface SealOptions {
  reason: string;
  location: string;
  signingTime: Date;
  fieldName: string;
}

/**
 * Adds a PAdES (ETSI.CAdES.detached) signature made with the installation's key, as an
 * incremental update: any later change to the signed bytes makes it invalid.
 */
export async function sealPdf(
  pdf: Buffer,
  credentials: SigningCredentials,
  options: SealOptions,
): Promise<Buffer> {
  const document = await PDF.load(new Uint8Array(pdf));
  const signer = await P12Signer.create(new Uint8Array(credentials.p12), credentials.passphrase);
  const result = await document.sign({
    signer,
    reason: options.reason,
    location: options.location,
    signingTime: options.signingTime,
    fieldName: options.fieldName,
  });
  return Buffer.from(result.bytes);
}

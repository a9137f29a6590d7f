import type { Readable } from 'node:stream';
import { AppError } from '@deedroom/shared';
import type { VaultVersionRecord } from '../../store/vault-records';
import type { ByteRange } from '../../vault/blob-store';
import { parseByteRange } from '../../vault/parse-byte-range';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { findVaultVersion } from './find-vault-version';

export type VaultContent =
  | { version: VaultVersionRecord; range: ByteRange | undefined; stream: Readable }
  /** A `HEAD`, or a range outside the file: headers only, nothing opened, nothing audited. */
  | { version: VaultVersionRecord; range: ByteRange | 'unsatisfiable' | undefined; stream?: undefined };

/**
 * Opens a version's bytes for download, after the wall and the visibility checks; `rangeHeader`
 * is the request's `Range`. Every download (whole or partial) is written to the audit log.
 */
export async function openVaultVersionContent(
  deps: ServiceDeps,
  actor: Actor,
  documentId: string,
  versionId: string,
  rangeHeader: string | undefined,
  options: { isHeadOnly?: boolean } = {},
): Promise<VaultContent> {
  const { document, version } = await findVaultVersion(deps, actor, documentId, versionId);
  const range = parseByteRange(rangeHeader, version.size);
  if (range === 'unsatisfiable' || options.isHeadOnly) return { version, range };
  const stat = await deps.blobs.stat(version.blobKey);
  if (!stat) throw new AppError('NOT_FOUND', 'Contenu du document introuvable.');
  await recordAudit(deps, {
    action: 'vault.download',
    actor,
    dealId: document.dealId,
    target: `vault-version:${version.id}`,
    detail: {
      documentId: document.id,
      number: version.number,
      ...(range && { range: `${range.start}-${range.end}` }),
    },
  });
  return { version, range, stream: deps.blobs.openRead(version.blobKey, range) };
}
